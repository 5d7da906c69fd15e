/**
 * What supervision reads: clocks counted per org, matter type and light, and listed by light and
 * due window. The light of a running clock depends on the day, so it is computed here from the
 * projection's due and yellow dates (the same rule as deriveClock); a paused or stopped clock's
 * light is fixed. The partial indexes of migration 0006 serve these queries.
 */
import { sql, type Kysely } from 'kysely';
import type { LocalDate } from '../../platform/calendar/index.ts';
import type { ClockLight, ClockState } from './clock.model.ts';
import type { DeadlinesTables } from './deadlines.tables.ts';

export interface ClockCount {
  orgId: number;
  matterType: string;
  light: ClockLight;
  count: number;
}

export interface CountFilter {
  /** The day the lights are taken on (a local date). */
  today: LocalDate;
  /** Only these orgs (e.g. one org's subtree); all when absent. */
  orgIds?: readonly number[];
  matterType?: string;
}

/**
 * A clock's light on `today` over the projection columns, the rule of deriveClock; `table` names
 * the clocks table's alias when the query joins it (e.g. `c` in a module's own query).
 */
export function clockLightSql(today: LocalDate, table?: string) {
  const column = (name: string) => (table ? sql.ref(`${table}.${name}`) : sql.ref(name));
  return sql<ClockLight>`case when ${column('state')} = 'running' then
      case when ${column('due_on')} < ${today}::date then 'red'
           when ${column('yellow_on')} <= ${today}::date then 'yellow' else 'green' end
    else ${column('fixed_light')} end`;
}

const lightSql = (today: LocalDate) => clockLightSql(today);

/** Open (running or paused) clocks per org, matter type and light. */
export async function countOpenClocks<DB>(
  db: Kysely<DB>,
  filter: CountFilter,
): Promise<ClockCount[]> {
  const reader = db as unknown as Kysely<DeadlinesTables>;
  let query = reader
    .selectFrom('deadlinesClocks')
    .select((eb) => [
      'orgId',
      'matterType',
      lightSql(filter.today).as('light'),
      eb.fn.countAll<number>().as('count'),
    ])
    .where('state', '<>', 'stopped');
  if (filter.orgIds)
    query = query.where('orgId', '=', sql<number>`any(${sql.val([...filter.orgIds])}::bigint[])`);
  if (filter.matterType) query = query.where('matterType', '=', filter.matterType);
  const rows = await query
    .groupBy(['orgId', 'matterType', sql`3`])
    .orderBy('orgId')
    .orderBy('matterType')
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Clocks stopped from `from` to `to` (local dates, both included) per org, matter type and light. */
export async function countStoppedClocks<DB>(
  db: Kysely<DB>,
  filter: Omit<CountFilter, 'today'> & { from: LocalDate; to: LocalDate },
): Promise<ClockCount[]> {
  const reader = db as unknown as Kysely<DeadlinesTables>;
  let query = reader
    .selectFrom('deadlinesClocks')
    .select((eb) => [
      'orgId',
      'matterType',
      sql<ClockLight>`fixed_light`.as('light'),
      eb.fn.countAll<number>().as('count'),
    ])
    .where('state', '=', 'stopped')
    .where('stoppedOn', '>=', filter.from)
    .where('stoppedOn', '<=', filter.to);
  if (filter.orgIds)
    query = query.where('orgId', '=', sql<number>`any(${sql.val([...filter.orgIds])}::bigint[])`);
  if (filter.matterType) query = query.where('matterType', '=', filter.matterType);
  const rows = await query
    .groupBy(['orgId', 'matterType', 'fixedLight'])
    .orderBy('orgId')
    .orderBy('matterType')
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export interface ClockListItem {
  id: number;
  matterType: string;
  matterId: string;
  purpose: string;
  title: string;
  orgId: number;
  state: ClockState;
  startOn: string;
  dueOn: string | null;
  basis: 'official' | 'provisional';
  light: ClockLight;
}

export interface ListFilter extends CountFilter {
  light?: ClockLight;
  /** Running clocks due in this window (local dates, both included). */
  dueFrom?: LocalDate;
  dueTo?: LocalDate;
  /** Keyset paging: clocks after this one (its due date, null for a paused clock, and id). */
  after?: { dueOn: string | null; id: number };
  limit?: number;
}

/** Open clocks by light and due window, soonest due first; paused clocks (no due date) last. */
export async function listOpenClocks<DB>(
  db: Kysely<DB>,
  filter: ListFilter,
): Promise<ClockListItem[]> {
  const reader = db as unknown as Kysely<DeadlinesTables>;
  const light = lightSql(filter.today);
  let query = reader
    .selectFrom('deadlinesClocks')
    .select([
      'id',
      'matterType',
      'matterId',
      'purpose',
      'title',
      'orgId',
      'state',
      'startOn',
      'dueOn',
      'basis',
      light.as('light'),
    ])
    .where('state', '<>', 'stopped');
  if (filter.orgIds)
    query = query.where('orgId', '=', sql<number>`any(${sql.val([...filter.orgIds])}::bigint[])`);
  if (filter.matterType) query = query.where('matterType', '=', filter.matterType);
  // One sort key for every open clock, served by the partial index deadlines_clocks_due.
  const due = sql<string>`coalesce(due_on, 'infinity'::date)`;
  if (filter.light) {
    // The light as plain conditions (not the CASE), so the planner walks deadlines_clocks_due.
    const today = sql<string>`${filter.today}::date`;
    const running = {
      red: sql<boolean>`${due} < ${today}`,
      yellow: sql<boolean>`${due} >= ${today} and yellow_on <= ${today}`,
      green: sql<boolean>`${due} >= ${today} and yellow_on > ${today}`,
    }[filter.light];
    query = query.where(
      sql<boolean>`((state = 'running' and ${running}) or (state = 'paused' and fixed_light = ${filter.light}))`,
    );
  }
  if (filter.dueFrom) query = query.where(due, '>=', sql<string>`${filter.dueFrom}::date`);
  if (filter.dueTo) query = query.where(due, '<=', sql<string>`${filter.dueTo}::date`);
  if (filter.after) {
    const { dueOn, id } = filter.after;
    query = query.where(
      sql<boolean>`(coalesce(due_on, 'infinity'::date), id) > (coalesce(${dueOn}::date, 'infinity'::date), ${id})`,
    );
  }
  return query
    .orderBy(due)
    .orderBy('id')
    .limit(Math.min(filter.limit ?? 50, 500))
    .execute();
}
