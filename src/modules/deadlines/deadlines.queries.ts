/** Reads and writes of the clock tables; each takes the handle (or transaction) first. */
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { ClockEvent, ClockRule } from './clock.model.ts';
import type {
  DeadlinesClockEventsTable,
  DeadlinesClocksTable,
  DeadlinesDueDatesTable,
  DeadlinesTables,
} from './deadlines.tables.ts';

export type ClockRow = Selectable<DeadlinesClocksTable>;
export type ClockEventRow = Selectable<DeadlinesClockEventsTable>;
export type DueDateRow = Selectable<DeadlinesDueDatesTable>;
type Db = Kysely<DeadlinesTables>;

/** The projection columns, as written after each derivation. */
export type Projection = Pick<
  ClockRow,
  | 'state'
  | 'startOn'
  | 'dueOn'
  | 'yellowOn'
  | 'stoppedOn'
  | 'fixedLight'
  | 'basis'
  | 'calendarVersion'
>;

export function ruleOf(row: ClockRow): ClockRule {
  return {
    unit: row.unit,
    limitDays: row.limitDays,
    yellowDays: row.yellowDays,
    extensionCapDays: row.extensionCapDays,
    maxExtensions: row.maxExtensions,
    rollForward: row.rollForward,
  };
}

export function eventOf(row: ClockEventRow): ClockEvent {
  const on = row.onDate;
  switch (row.kind) {
    case 'pause':
      return { kind: 'pause', on, reasonCode: row.reasonCode, legalBasis: row.legalBasis };
    case 'extend':
      return {
        kind: 'extend',
        on,
        days: row.days ?? 0,
        approver: row.approver,
        reason: row.reason,
      };
    case 'restart':
      return { kind: 'restart', on, reason: row.reason };
    case 'stop':
      return { kind: 'stop', on, outcome: row.outcome };
    default:
      return { kind: row.kind, on };
  }
}

export function eventRowOf(
  event: ClockEvent,
): Omit<Insertable<DeadlinesClockEventsTable>, 'clockId' | 'seq' | 'recordedAt' | 'actorName'> {
  const { kind, on } = event;
  return {
    kind,
    onDate: on,
    reasonCode: event.kind === 'pause' ? event.reasonCode : '',
    legalBasis: event.kind === 'pause' ? event.legalBasis : '',
    days: event.kind === 'extend' ? event.days : null,
    approver: event.kind === 'extend' ? event.approver : '',
    reason: event.kind === 'extend' || event.kind === 'restart' ? event.reason : '',
    outcome: event.kind === 'stop' ? event.outcome : '',
  };
}

export async function insertClock(db: Db, row: Insertable<DeadlinesClocksTable>): Promise<number> {
  const { id } = await db
    .insertInto('deadlinesClocks')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findClock(
  db: Db,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<ClockRow | undefined> {
  let query = db.selectFrom('deadlinesClocks').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findClockOfMatter(
  db: Db,
  matter: { matterType: string; matterId: string; purpose: string },
): Promise<ClockRow | undefined> {
  return db
    .selectFrom('deadlinesClocks')
    .selectAll()
    .where('matterType', '=', matter.matterType)
    .where('matterId', '=', matter.matterId)
    .where('purpose', '=', matter.purpose)
    .executeTakeFirst();
}

export async function listEvents(db: Db, clockIds: readonly number[]): Promise<ClockEventRow[]> {
  if (clockIds.length === 0) return [];
  return db
    .selectFrom('deadlinesClockEvents')
    .selectAll()
    .where('clockId', 'in', [...clockIds])
    .orderBy('clockId')
    .orderBy('seq')
    .execute();
}

export async function insertEvent(
  db: Db,
  row: Insertable<DeadlinesClockEventsTable>,
): Promise<void> {
  await db.insertInto('deadlinesClockEvents').values(row).execute();
}

export async function updateProjection(
  db: Db,
  id: number,
  projection: Projection,
  at: Date,
): Promise<void> {
  await db
    .updateTable('deadlinesClocks')
    .set({ ...projection, projectedAt: at })
    .where('id', '=', id)
    .execute();
}

export async function insertDueDates(
  db: Db,
  rows: readonly Insertable<DeadlinesDueDatesTable>[],
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('deadlinesDueDates')
      .values([...rows])
      .execute();
}

export async function listDueDates(db: Db, clockId: number): Promise<DueDateRow[]> {
  return db
    .selectFrom('deadlinesDueDates')
    .selectAll()
    .where('clockId', '=', clockId)
    .orderBy('id')
    .execute();
}

/** Open (running or paused) clocks after `afterId`, oldest first, for re-dating in batches. */
export async function openClocksAfter(db: Db, afterId: number, limit: number): Promise<ClockRow[]> {
  return db
    .selectFrom('deadlinesClocks')
    .selectAll()
    .where('state', '<>', 'stopped')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .execute();
}

/** The org a clock belongs to (accounts_orgs, read for access checks and display). */
export async function orgOfClock(
  db: Kysely<unknown>,
  orgId: number,
): Promise<{ code: string; name: string; path: string } | undefined> {
  const { rows } = await sql<{ code: string; name: string; path: string }>`
    select code, name, path from accounts_orgs where id = ${orgId}`.execute(db);
  return rows[0];
}

/** The ids of an org's subtree (itself included), by its code; [] for an unknown code. */
export async function subtreeOrgIds(db: Kysely<unknown>, code: string): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select o.id from accounts_orgs o join accounts_orgs root on o.path like root.path || '%'
    where root.code = ${code}`.execute(db);
  return rows.map((r) => Number(r.id));
}
