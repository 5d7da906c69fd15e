/**
 * /staff/approvals/stats — the statistics of cases for a period: one table per grouping (center,
 * window, department, item, month), each count linking to the case list filtered so that it
 * counts the same cases, with the definitions of RULES.md §4.5 under them.
 */
import { addDays } from '../../../platform/calendar/index.ts';
import {
  ErrorSummary,
  StaffLayout,
  TextField,
  useView,
  type FormState,
  TableScroll,
} from '../../../platform/views/index.ts';
import type { StatsGrouping } from '../stats.queries.ts';
import type { CaseStatistics, StatsFigures, StatsGroup } from '../stats.service.ts';

export const statsColumns = [
  'received',
  'accepted',
  'completed',
  'instant',
  'instantShare',
  'onTime',
  'onTimeRate',
  'early',
  'earlyRate',
  'refused',
  'returned',
  'withdrawn',
  'openOverdue',
] as const satisfies readonly (keyof StatsFigures)[];
type Column = (typeof statsColumns)[number];
const rateColumns: Column[] = ['instantShare', 'onTimeRate', 'earlyRate'];

type CountColumn = Exclude<Column, 'instantShare' | 'onTimeRate' | 'earlyRate'>;

/**
 * The case list's filters that count the cases of one figure (stats.queries.ts): the date the
 * figure is counted by, and its state, timeliness (case-figures.sql.ts) or instant flag.
 */
const figureFilters: Record<CountColumn, Record<string, string>> = {
  received: { dateField: 'received' },
  accepted: { dateField: 'accepted' },
  completed: { state: 'completed', dateField: 'completed' },
  instant: { instant: 'yes', dateField: 'received' },
  onTime: { state: 'completed', timeliness: 'onTime', dateField: 'completed' },
  early: { state: 'completed', timeliness: 'early', dateField: 'completed' },
  refused: { state: 'refused', dateField: 'closed' },
  returned: { state: 'returned', dateField: 'closed' },
  withdrawn: { state: 'withdrawn', dateField: 'closed' },
  openOverdue: { timeliness: 'overdue', dateField: 'received' },
};

/** The last day of a month `YYYY-MM`. */
const lastDayOf = (month: string): string => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
};

/** The case list showing exactly the cases of one figure ('' for a rate, which links nowhere). */
export function caseListHref(
  grouping: StatsGrouping,
  group: Pick<StatsGroup, 'key' | 'code'> | null,
  column: Column,
  period: { from: string; to: string },
): string {
  if (!(column in figureFilters)) return '';
  const params = new URLSearchParams();
  let { from, to } = period;
  if (group && grouping === 'month') {
    const first = `${group.key}-01`;
    const last = lastDayOf(group.key);
    from = first > from ? first : from;
    to = last < to ? last : to;
  } else if (group && grouping === 'window') {
    params.set('window', group.key || 'none');
  } else if (group && grouping === 'org') {
    // Grouped by the deciding department (实施部门), not the departments reviewing.
    params.set('org', group.code);
    params.set('orgRole', 'decides');
  } else if (group) params.set(grouping, group.code);
  for (const [name, value] of Object.entries(figureFilters[column as CountColumn])) {
    params.set(name, value);
  }
  params.set('from', from);
  params.set('to', to);
  return `/staff/approvals/cases?${params.toString()}`;
}

function Cell(props: { value: number | null; href: string; rate: boolean; linked: boolean }) {
  const { t } = useView();
  if (props.value === null) return <td>{t('approvalsStats.noRate')}</td>;
  if (props.rate) return <td>{`${(props.value * 100).toFixed(2)}%`}</td>;
  if (props.value === 0 || !props.linked) return <td>{props.value}</td>;
  return (
    <td>
      <a href={props.href}>{props.value}</a>
    </td>
  );
}

function groupName(grouping: StatsGrouping, group: StatsGroup, locale: string, online: string) {
  const local = (zh: string, en: string | undefined) => (locale === 'en' && en ? en : zh);
  if (grouping === 'window') {
    if (!group.key) return online;
    return `${local(group.centerName ?? '', group.centerNameEn)} ${group.code} ${local(group.name, group.nameEn)}`;
  }
  if (grouping === 'item') return `${group.code} ${local(group.name, group.nameEn)}`;
  return local(group.name, group.nameEn);
}

function StatsTable(props: { stats: CaseStatistics; linked: boolean }) {
  const { t, locale } = useView();
  const { stats } = props;
  const g = stats.groupBy;
  const period = { from: stats.from, to: stats.to };
  const row = (name: string, figures: StatsFigures, group: StatsGroup | null) => (
    <tr key={group?.key ?? 'total'} class={group ? undefined : 'total-row'}>
      <th scope="row">{name}</th>
      {statsColumns.map((c) => (
        <Cell
          key={c}
          value={figures[c]}
          rate={rateColumns.includes(c)}
          linked={props.linked}
          href={caseListHref(g, group, c, period)}
        />
      ))}
    </tr>
  );
  return (
    <TableScroll>
      <table class="data-table">
        <caption>{t(`approvalsStats.caption.${g}`, period)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`approvalsStats.group.${g}`)}</th>
            {statsColumns.map((c) => (
              <th scope="col" key={c}>
                {t(`approvalsStats.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stats.groups.map((group) =>
            row(groupName(g, group, locale, t('approvalsStats.online')), group, group),
          )}
          {row(t('approvalsStats.total'), stats.total, null)}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function StatsPage(props: {
  state: FormState;
  tables: CaseStatistics[];
  period: { from: string; to: string; asOf: string };
  exportHref: string;
  /**
   * What the actor's case list shows: every case (the figures link to lists of the same count),
   * only the cases of their org (links, and a note that lists may show fewer), or none (no links).
   */
  caseList: 'all' | 'scoped' | 'none';
}) {
  const { t } = useView();
  const { period } = props;
  const empty = props.tables.every((s) => s.total.received + s.total.completed === 0);
  return (
    <StaffLayout title={t('approvalsStats.title')} system="powers">
      <h1>{t('approvalsStats.title')}</h1>
      <p>{t('approvalsStats.intro', period)}</p>
      <ErrorSummary errors={props.state.errors} />
      <form method="get" action="/staff/approvals/stats" class="filter-form" noValidate>
        <fieldset>
          <legend>{t('approvalsStats.period')}</legend>
          <TextField
            name="from"
            type="date"
            label={t('approvalsStats.from')}
            hint={t('approvalsStats.dateHint')}
            state={props.state}
          />
          <TextField
            name="to"
            type="date"
            label={t('approvalsStats.to')}
            hint={t('approvalsStats.dateHint')}
            state={props.state}
          />
        </fieldset>
        <button type="submit">{t('approvalsStats.show')}</button>
      </form>
      <p>
        <a href={props.exportHref} download>
          {t('approvalsStats.export')}
        </a>
      </p>
      {empty && props.tables.length > 0 && <p>{t('approvalsStats.none')}</p>}
      {props.tables.map((stats) => (
        <section key={stats.groupBy}>
          <StatsTable stats={stats} linked={props.caseList !== 'none'} />
        </section>
      ))}
      {props.caseList === 'scoped' && <p class="hint">{t('approvalsStats.scopedNote')}</p>}
      <h2>{t('approvalsStats.definitions')}</h2>
      <ul>
        {['source', 'onTime', 'early', 'instant', 'overdue'].map((d) => (
          <li key={d}>{t(`approvalsStats.def.${d}`)}</li>
        ))}
      </ul>
    </StaffLayout>
  );
}
