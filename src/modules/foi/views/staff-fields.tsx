/** Pieces the FOI staff pages share: selects (orgs, outcomes), the due-date cell, org names. */
import type { Locale } from '../../../platform/i18n/index.ts';
import { fieldId, useView, type FormState } from '../../../platform/views/index.ts';
import type { ClockLight } from '../../deadlines/index.ts';
import type { OrgChoice } from '../foi-ledger.queries.ts';
import { outcomeGroups } from '../foi.model.ts';

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

/** A select with its label, hint and error, like TextField; options may be grouped. */
export function SelectField(props: {
  name: string;
  label: string;
  state: FormState;
  options: (Option | OptionGroup)[];
  /** The first, empty choice ("choose" or "any"). */
  blank?: string;
  hint?: string;
  fallback?: string;
}) {
  const { t } = useView();
  const id = fieldId(props.name);
  const error = props.state.errors.find((e) => e.field === props.name);
  const current = props.state.values[props.name] ?? props.fallback ?? '';
  const described = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const option = (o: Option) => (
    <option key={o.value} value={o.value} selected={current === o.value} lang={o.lang}>
      {o.label}
    </option>
  );
  return (
    <div class={error ? 'text-field field-error' : 'text-field'}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {t(error.message, error.vars)}
        </p>
      )}
      <select
        id={id}
        name={props.name}
        aria-describedby={described || undefined}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.blank !== undefined && <option value="">{props.blank}</option>}
        {props.options.map((o) =>
          'options' in o ? (
            <optgroup key={o.label} label={o.label}>
              {o.options.map(option)}
            </optgroup>
          ) : (
            option(o)
          ),
        )}
      </select>
    </div>
  );
}

export function orgName(org: { name: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' && org.nameEn ? org.nameEn : org.name;
}

/** Orgs as options, indented by depth so the list reads as the tree. */
export function orgOptions(orgs: OrgChoice[], locale: Locale): Option[] {
  return orgs.map((org) => ({
    value: org.code,
    label: `${'\u3000'.repeat(org.depth)}${orgName(org, locale)}`,
  }));
}

/**
 * The outcomes grouped as the annual report groups them (条例第36条); a group without items is
 * one choice. `withGroups` adds each group itself as a choice (the ledger filter).
 */
export function outcomeOptions(withGroups = false): (Option | OptionGroup)[] {
  return outcomeGroups.map((g) => {
    const items = g.items.map((item) => ({
      value: `${g.group}.${item}`,
      label: item,
      lang: 'zh-CN',
    }));
    if (items.length === 0) return { value: g.group, label: g.label, lang: 'zh-CN' };
    const all = withGroups ? [{ value: g.group, label: g.label, lang: 'zh-CN' }] : [];
    return { label: g.label, options: [...all, ...items] };
  });
}

/** The due date, marked 暂定 when it rests on a provisional calendar, and the light. */
export function DueDate(props: {
  dueOn: string | null;
  basis: 'official' | 'provisional';
  clockState: 'running' | 'paused' | 'stopped';
  light: ClockLight | null;
}) {
  const { t } = useView();
  return (
    <>
      {props.dueOn ??
        (props.clockState === 'paused' ? t('foiStaff.due.paused') : t('foiStaff.none'))}
      {props.dueOn && props.basis === 'provisional' && (
        <>
          {' '}
          <span class="status-tag" title={t('foiStaff.due.provisionalHint')}>
            {t('foiStaff.due.provisional')}
          </span>
        </>
      )}
      {props.light && (
        <>
          {' '}
          <span class={`light light-${props.light}`}>{t(`foiStaff.light.${props.light}`)}</span>
        </>
      )}
    </>
  );
}
