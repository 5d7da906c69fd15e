/**
 * Supervision's figures for a period (issue 7's contract): counts over the matters accepted in
 * [from, to] (refusals: refused in it), open matters and lights as of `to` or today if earlier;
 * per org, matter type or month; and the list of exactly the matters behind any figure.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { catchUp } from './processor.ts';
import { checkPeriod, periodOf, scopeSql, type SummaryFilter } from './summary.scope.ts';
import { figureConditions, figures, type Figure, type Period } from './summary.sql.ts';

export interface Summary {
  accepted: number;
  completed: number;
  completionRate: number | null;
  onTime: number;
  onTimeRate: number | null;
  early: number;
  earlyRate: number | null;
  overdueCompleted: number;
  overdueOpen: number;
  returned: number;
  returnedWithoutReason: number;
  refused: number;
  lights: { green: number; yellow: number; red: number };
}

/** The summary's fields in display order (pages, the report), a rate after the count it is a rate of. */
export const summaryFields = [
  'accepted',
  'completed',
  'completionRate',
  'onTime',
  'onTimeRate',
  'early',
  'earlyRate',
  'overdueCompleted',
  'overdueOpen',
  'returned',
  'returnedWithoutReason',
  'refused',
  'green',
  'yellow',
  'red',
] as const;
export type SummaryField = (typeof summaryFields)[number];

/** A field's value in a summary (the lights are nested); null for a rate with no denominator. */
export function summaryValue(summary: Summary, field: SummaryField): number | null {
  if (field === 'green' || field === 'yellow' || field === 'red') return summary.lights[field];
  return summary[field];
}

/** A fraction rounded to 4 decimals; null when the denominator is 0. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 10000) / 10000;
}

export function summaryOf(counts: Record<Figure, number>): Summary {
  const { accepted, completed, onTime, early } = counts;
  return {
    accepted,
    completed,
    completionRate: rate(completed, accepted),
    onTime,
    onTimeRate: rate(onTime, completed),
    early,
    earlyRate: rate(early, completed),
    overdueCompleted: counts.overdueCompleted,
    overdueOpen: counts.overdueOpen,
    returned: counts.returned,
    returnedWithoutReason: counts.returnedWithoutReason,
    refused: counts.refused,
    lights: { green: counts.green, yellow: counts.yellow, red: counts.red },
  };
}

const countsSql = (period: Period) => {
  const conditions = figureConditions(period);
  return sql.join(
    figures.map((f) => sql`count(*) filter (where ${conditions[f]})::int as ${sql.ref(f)}`),
  );
};

/** The contract's summary; catches up with pending checkpoints first. */
export async function supervisionSummary(
  db: Kysely<unknown>,
  clock: Clock,
  filter: SummaryFilter,
): Promise<Summary> {
  checkPeriod(filter);
  await catchUp(db, clock);
  const period = periodOf(clock, filter);
  const { rows } = await sql<Record<Figure, number>>`select ${countsSql(period)}
    ${await scopeSql(db, filter, period)}`.execute(db);
  return summaryOf(rows[0]!);
}

export type Grouping = 'org' | 'matterType' | 'month';

export interface GroupSummary {
  key: string;
  label: string;
  summary: Summary;
}

const groupKeys: Record<Grouping, { key: RawBuilder<string>; label: RawBuilder<string> }> = {
  org: { key: sql`o.code`, label: sql`o.name` },
  matterType: { key: sql`m.matter_type`, label: sql`m.matter_type` },
  month: {
    key: sql`to_char(coalesce(m.accepted_on, m.outcome_on), 'YYYY-MM')`,
    label: sql`to_char(coalesce(m.accepted_on, m.outcome_on), 'YYYY-MM')`,
  },
};

/** The summary per org (responsible org), matter type or month of acceptance. */
export async function summaryBy(
  db: Kysely<unknown>,
  clock: Clock,
  filter: SummaryFilter,
  grouping: Grouping,
): Promise<GroupSummary[]> {
  checkPeriod(filter);
  await catchUp(db, clock);
  const period = periodOf(clock, filter);
  const { key, label } = groupKeys[grouping];
  const { rows } = await sql<Record<Figure, number> & { key: string; label: string }>`
    select ${key} as key, min(${label}) as label, ${countsSql(period)}
    ${await scopeSql(db, filter, period)} group by 1 order by 1`.execute(db);
  return rows.map(({ key: k, label: l, ...counts }) => ({
    key: k,
    label: l,
    summary: summaryOf(counts as Record<Figure, number>),
  }));
}

/** The summary and the tables per org and matter type in one pass (GROUPING SETS), as the dashboard shows them. */
export async function summaryWithGroups(
  db: Kysely<unknown>,
  clock: Clock,
  filter: SummaryFilter,
): Promise<{ summary: Summary; byOrg: GroupSummary[]; byMatterType: GroupSummary[] }> {
  checkPeriod(filter);
  await catchUp(db, clock);
  const period = periodOf(clock, filter);
  type Row = Record<Figure, number> & {
    set: 'all' | 'org' | 'matterType';
    key: string | null;
    label: string | null;
  };
  const { rows } = await sql<Row>`select
      case when grouping(o.code) = 0 then 'org'
        when grouping(m.matter_type) = 0 then 'matterType' else 'all' end as set,
      coalesce(o.code, m.matter_type) as key,
      case when grouping(o.code) = 0 then min(o.name) else m.matter_type end as label,
      ${countsSql(period)}
    ${await scopeSql(db, filter, period)}
    group by grouping sets ((), (o.code), (m.matter_type)) order by 1, 2`.execute(db);
  const groups = (set: Row['set']) =>
    rows
      .filter((r) => r.set === set)
      .map(({ key, label, set: _set, ...counts }) => ({
        key: key!,
        label: label!,
        summary: summaryOf(counts),
      }));
  const all = rows.find((r) => r.set === 'all')!;
  const { key: _k, label: _l, set: _s, ...counts } = all;
  return { summary: summaryOf(counts), byOrg: groups('org'), byMatterType: groups('matterType') };
}

export type { SummaryFilter };
