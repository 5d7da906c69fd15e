/**
 * The counts behind the statistics of cases (stats.service.ts), one aggregate query per date the
 * counts are taken by, each grouped by center, window, department, item or month and served by an
 * index of migrations 0012/0014:
 *   received_on  → received, instant (即办件), open overdue (still open today, case clock red);
 *   accepted_on  → accepted;
 *   completed_on → completed, on time, early;
 *   closed_on    → refused, returned, withdrawn.
 * RULES.md §4.5 [U] (definitions vary by locality): the raw dates stay in the tables; the
 * conditions (on time, early, open overdue) are those of case-figures.sql.ts, which the case
 * list's filters use too.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { LocalDate } from '../../platform/calendar/index.ts';
import { completedEarlySql, completedOnTimeSql, openOverdueSql } from './case-figures.sql.ts';

export const statsGroupings = ['center', 'window', 'org', 'item', 'month'] as const;
export type StatsGrouping = (typeof statsGroupings)[number];

export interface StatsPeriod {
  from: LocalDate;
  to: LocalDate;
}

/** One group's raw counts; `key` is the id (center, window, org, item) or `YYYY-MM`, '' for none. */
export interface StatsCounts {
  key: string;
  received: number;
  accepted: number;
  completed: number;
  instant: number;
  onTime: number;
  early: number;
  refused: number;
  returned: number;
  withdrawn: number;
  openOverdue: number;
}

export const emptyCounts = (key: string): StatsCounts => ({
  key,
  received: 0,
  accepted: 0,
  completed: 0,
  instant: 0,
  onTime: 0,
  early: 0,
  refused: 0,
  returned: 0,
  withdrawn: 0,
  openOverdue: 0,
});

type DateColumn = 'received_on' | 'accepted_on' | 'completed_on' | 'closed_on';

const groupColumns: Record<Exclude<StatsGrouping, 'month'>, string> = {
  center: 'center_org_id',
  window: 'window_id',
  org: 'org_id',
  item: 'item_id',
};

/** The group key of a case for counts taken by `date`: an id as text, or the date's month. */
function keySql(grouping: StatsGrouping, date: DateColumn): RawBuilder<string> {
  if (grouping === 'month') return sql<string>`to_char(${sql.ref(`c.${date}`)}, 'YYYY-MM')`;
  return sql<string>`coalesce(${sql.ref(`c.${groupColumns[grouping]}`)}::text, '')`;
}

const inPeriod = (date: DateColumn, period: StatsPeriod) =>
  sql<boolean>`${sql.ref(`c.${date}`)} between ${period.from}::date and ${period.to}::date`;

type Counted<K extends keyof StatsCounts> = Pick<StatsCounts, 'key' | K>;

async function run<K extends keyof StatsCounts>(
  db: Kysely<unknown>,
  query: RawBuilder<Record<string, unknown>>,
): Promise<Counted<K>[]> {
  const { rows } = await query.execute(db);
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(row)) {
      out[name] = name === 'key' ? String(value) : Number(value);
    }
    return out as Counted<K>;
  });
}

/**
 * By the day of application: received; 即办件 (promised 0 days, RULES.md §4.2); and the ones still
 * open today whose case clock is red (超期, RULES.md §4.4: overdue against the promised limit).
 */
export function countReceived(
  db: Kysely<unknown>,
  grouping: StatsGrouping,
  period: StatsPeriod,
  today: LocalDate,
) {
  const key = keySql(grouping, 'received_on');
  return run<'received' | 'instant' | 'openOverdue'>(
    db,
    sql`select ${key} as key, count(*) as received,
        count(*) filter (where c.is_instant) as instant,
        count(*) filter (where ${openOverdueSql(today)}) as "openOverdue"
      from approvals_cases c left join deadlines_clocks k on k.id = c.clock_id
      where ${inPeriod('received_on', period)}
      group by 1`,
  );
}

/** By the day of acceptance (受理, 行政许可法第32条). */
export function countAccepted(db: Kysely<unknown>, grouping: StatsGrouping, period: StatsPeriod) {
  const key = keySql(grouping, 'accepted_on');
  return run<'accepted'>(
    db,
    sql`select ${key} as key, count(*) as accepted from approvals_cases c
      where ${inPeriod('accepted_on', period)} group by 1`,
  );
}

/**
 * By the day of completion (办结). RULES.md §4.5 [U]: 按时办结 and 提前办结 as case-figures.sql.ts
 * defines them (on or before the case clock's due date; strictly before it, not extended, not a
 * 即办件).
 */
export function countCompleted(db: Kysely<unknown>, grouping: StatsGrouping, period: StatsPeriod) {
  const key = keySql(grouping, 'completed_on');
  return run<'completed' | 'onTime' | 'early'>(
    db,
    sql`select ${key} as key, count(*) as completed,
        count(*) filter (where ${completedOnTimeSql}) as "onTime",
        count(*) filter (where ${completedEarlySql}) as early
      from approvals_cases c join deadlines_clocks k on k.id = c.clock_id
      where ${inPeriod('completed_on', period)} and c.state = 'completed'
      group by 1`,
  );
}

/** By the day the case closed without completion: 不予受理, 退回, 撤回 (RULES.md §4.2). */
export function countClosed(db: Kysely<unknown>, grouping: StatsGrouping, period: StatsPeriod) {
  const key = keySql(grouping, 'closed_on');
  return run<'refused' | 'returned' | 'withdrawn'>(
    db,
    sql`select ${key} as key,
        count(*) filter (where c.state = 'refused') as refused,
        count(*) filter (where c.state = 'returned') as returned,
        count(*) filter (where c.state = 'withdrawn') as withdrawn
      from approvals_cases c
      where ${inPeriod('closed_on', period)} and c.state in ('refused', 'returned', 'withdrawn')
      group by 1`,
  );
}

export interface GroupLabel {
  key: string;
  code: string;
  name: string;
  nameEn: string;
  /** The center of a window. */
  centerName?: string;
  centerNameEn?: string;
}

/** Names of the groups' ids: orgs (center, org), windows with their center, items. */
export async function labelGroups(
  db: Kysely<unknown>,
  grouping: Exclude<StatsGrouping, 'month'>,
  keys: readonly string[],
): Promise<GroupLabel[]> {
  const ids = keys.filter((k) => k !== '').map(Number);
  if (ids.length === 0) return [];
  const idList = sql`any(${ids}::bigint[])`;
  const query =
    grouping === 'window'
      ? sql<GroupLabel>`select w.id::text as key, w.number as code, w.name, w.name_en as "nameEn",
          o.name as "centerName", o.name_en as "centerNameEn"
        from approvals_windows w join accounts_orgs o on o.id = w.center_org_id
        where w.id = ${idList} order by o.path, length(w.number), w.number`
      : grouping === 'item'
        ? sql<GroupLabel>`select id::text as key, code, name, name_en as "nameEn"
          from approvals_items where id = ${idList} order by code`
        : sql<GroupLabel>`select id::text as key, code, name, name_en as "nameEn"
          from accounts_orgs where id = ${idList} order by path, sort_order, id`;
  return (await query.execute(db)).rows;
}
