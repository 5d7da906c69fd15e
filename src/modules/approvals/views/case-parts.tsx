/** Pieces the case pages share: a select field, the light tag, a due date, facts. */
import type { ComponentChildren } from 'preact';
import { fieldId, useView, type FormState } from '../../../platform/views/index.ts';
import type { ClockView } from '../../deadlines/index.ts';

export interface Option {
  value: string;
  label: string;
}

export function SelectField(props: {
  name: string;
  label: string;
  state: FormState;
  options: Option[];
  blank?: string;
}) {
  const { t } = useView();
  const id = fieldId(props.name);
  const error = props.state.errors.find((e) => e.field === props.name);
  const current = props.state.values[props.name] ?? '';
  return (
    <div class={error ? 'text-field field-error' : 'text-field'}>
      <label for={id}>{props.label}</label>
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {t(error.message, error.vars)}
        </p>
      )}
      <select
        id={id}
        name={props.name}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.blank !== undefined && <option value="">{props.blank}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={current === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Light(props: { light: string | null }) {
  const { t } = useView();
  if (!props.light) return null;
  return (
    <span class={`light light-${props.light}`}>{t(`approvals.cases.light.${props.light}`)}</span>
  );
}

/** A clock's due date, light and state, linking to its page. */
export function ClockCell(props: { clockId: number; view: ClockView }) {
  const { t } = useView();
  const { view } = props;
  return (
    <>
      <a href={`/staff/clocks/${props.clockId}`}>{view.dueOn ?? t('approvals.cases.none')}</a>{' '}
      <Light light={view.light} />{' '}
      <span class="status-tag">{t(`approvals.cases.clockState.${view.state}`)}</span>
    </>
  );
}

export function Fact(props: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

export const caseHref = (trackingNumber: string) => `/staff/approvals/cases/${trackingNumber}`;
