/** Pieces the case pages share: a select field, the light tag, a due date, facts. */
import type { ComponentChildren } from 'preact';
import { useView, SelectField } from '../../../platform/views/index.ts';
import type { ClockView } from '../../deadlines/index.ts';

export interface Option {
  value: string;
  label: string;
}

export { SelectField };

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
