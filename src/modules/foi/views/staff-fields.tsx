/** Pieces the FOI staff pages share: selects (orgs, outcomes), the due-date cell, org names. */
import type { Locale } from '../../../platform/i18n/index.ts';
import {
  SelectField,
  useView,
  type Option,
  type OptionGroup,
} from '../../../platform/views/index.ts';

export { SelectField, type Option, type OptionGroup };
import type { ClockLight } from '../../deadlines/index.ts';
import type { OrgChoice } from '../foi-ledger.queries.ts';
import { outcomeGroups } from '../foi.model.ts';

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
