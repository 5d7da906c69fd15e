/**
 * Starting clocks and recording their events. Other modules call these inside their own
 * transactions (an FOI request's registration starts its clock); every event is checked, written,
 * re-derived into the projection, added to the due-date history when the date changed, and audited.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { loadCalendar, type Calendar, type LocalDate } from '../../platform/calendar/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { inTransaction } from '../../platform/db/index.ts';
import { calendarOfTransaction } from './clock-import.ts';
import { deriveClock, type ClockView } from './clock.derive.ts';
import { checkNextEvent, checkRule } from './clock.events.ts';
import { explainClock } from './clock.explain.ts';
import type { ClockEvent, ClockRule } from './clock.model.ts';
import {
  eventOf,
  eventRowOf,
  findClock,
  findClockOfMatter,
  insertClock,
  insertDueDates,
  insertEvent,
  listDueDates,
  listEvents,
  ruleOf,
  updateProjection,
  type ClockEventRow,
  type ClockRow,
  type DueDateRow,
  type Projection,
} from './deadlines.queries.ts';
import type { DeadlinesTables } from './deadlines.tables.ts';

export interface StartClockInput {
  matterType: string;
  matterId: string;
  /** Which of the matter's limits, e.g. `reply`; unique per matter. */
  purpose: string;
  title?: string;
  orgId: number;
  ownerUserId?: number | null;
  rule: ClockRule;
  startOn: string;
}

/** The projection columns of a derived clock. */
export function projectionOf(view: ClockView): Projection {
  return {
    state: view.state,
    startOn: view.startOn,
    dueOn: view.dueOn,
    yellowOn: view.yellowOn,
    stoppedOn: view.stoppedOn,
    fixedLight: view.state === 'running' ? null : view.light,
    basis: view.basis,
    calendarVersion: view.calendarVersion,
  };
}

/** Starts a clock for a matter; throws validation (clock_bad_rule, clock_bad_date…) or conflict clock_exists. */
export async function startClock<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  input: StartClockInput,
): Promise<{ clockId: number; view: ClockView }> {
  checkRule(input.rule);
  return inTransaction(db as unknown as Kysely<DeadlinesTables>, async (trx) => {
    if (await findClockOfMatter(trx, input)) {
      throw new AppError(
        'conflict',
        'clock_exists',
        `该事项已有“${input.purpose}”计时 / the matter already has a "${input.purpose}" clock`,
      );
    }
    const calendar = await calendarOfTransaction(trx);
    const at = clock.now();
    const today = localDateOf(at);
    const start: ClockEvent = { kind: 'start', on: input.startOn };
    checkNextEvent(calendar, input.rule, [], start, today);
    const view = deriveClock(calendar, input.rule, [start], today);
    const clockId = await insertClock(trx, {
      matterType: input.matterType,
      matterId: input.matterId,
      purpose: input.purpose,
      title: input.title ?? '',
      orgId: input.orgId,
      ownerUserId: input.ownerUserId ?? null,
      ...input.rule,
      ...projectionOf(view),
      projectedAt: at,
    });
    await insertEvent(trx, {
      clockId,
      seq: 1,
      ...eventRowOf(start),
      recordedAt: at,
      actorName: ctx.actor.name,
    });
    await insertDueDates(trx, [dueDateRow(clockId, view, 'event', 1, at)]);
    await recordChange(trx, ctx, at, {
      action: 'deadlines.clock.start',
      targetType: 'clock',
      targetId: String(clockId),
      summary: {
        matter: `${input.matterType}/${input.matterId}`,
        purpose: input.purpose,
        rule: input.rule,
        startOn: input.startOn,
        dueOn: view.dueOn,
      },
    });
    return { clockId, view };
  });
}

export function dueDateRow(
  clockId: number,
  view: ClockView,
  cause: 'event' | 'calendar',
  eventSeq: number | null,
  at: Date,
) {
  return {
    clockId,
    dueOn: view.dueOn,
    basis: view.basis,
    calendarVersion: view.calendarVersion,
    cause,
    eventSeq,
    recordedAt: at,
  };
}

function notFound(id: number): never {
  throw new AppError('not_found', 'clock_not_found', `没有编号为 ${id} 的计时 / no clock ${id}`);
}

/** Records one event on a clock; throws validation / invalid_state (clock.events.ts) or not_found. */
export async function recordClockEvent<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  clockId: number,
  event: ClockEvent,
): Promise<ClockView> {
  return inTransaction(db as unknown as Kysely<DeadlinesTables>, async (trx) => {
    const row = (await findClock(trx, clockId, { forUpdate: true })) ?? notFound(clockId);
    const rule = ruleOf(row);
    const events = (await listEvents(trx, [clockId])).map(eventOf);
    const calendar = await calendarOfTransaction(trx);
    const at = clock.now();
    const today = localDateOf(at);
    checkNextEvent(calendar, rule, events, event, today);
    const seq = events.length + 1;
    await insertEvent(trx, {
      clockId,
      seq,
      ...eventRowOf(event),
      recordedAt: at,
      actorName: ctx.actor.name,
    });
    const view = deriveClock(calendar, rule, [...events, event], today);
    await updateProjection(trx, clockId, projectionOf(view), at);
    if (view.dueOn !== row.dueOn || view.calendarVersion !== row.calendarVersion) {
      await insertDueDates(trx, [dueDateRow(clockId, view, 'event', seq, at)]);
    }
    await recordChange(trx, ctx, at, {
      action: `deadlines.clock.${event.kind}`,
      targetType: 'clock',
      targetId: String(clockId),
      summary: { ...event, dueBefore: row.dueOn, dueAfter: view.dueOn },
    });
    return view;
  });
}

export interface ClockRecord {
  row: ClockRow;
  events: ClockEventRow[];
  dueDates: DueDateRow[];
  view: ClockView;
  calendar: Calendar;
  explanation: { 'zh-CN': string[]; en: string[] };
}

/** A clock with its events, due-date history, derived view and explanation, as of `today` (default: the clock's today). */
export async function readClock<DB>(
  db: Kysely<DB>,
  clock: Clock,
  clockId: number,
  today: LocalDate = localDateOf(clock.now()),
): Promise<ClockRecord> {
  const reader = db as unknown as Kysely<DeadlinesTables>;
  const row = (await findClock(reader, clockId)) ?? notFound(clockId);
  const events = await listEvents(reader, [clockId]);
  const dueDates = await listDueDates(reader, clockId);
  const calendar = await loadCalendar(reader);
  const view = deriveClock(calendar, ruleOf(row), events.map(eventOf), today);
  return {
    row,
    events,
    dueDates,
    view,
    calendar,
    explanation: {
      'zh-CN': explainClock(view, calendar, 'zh-CN'),
      en: explainClock(view, calendar, 'en'),
    },
  };
}

/** Many clocks derived at once (statistics): one read of the clocks, one of their events. */
export async function deriveClocks<DB>(
  db: Kysely<DB>,
  clockIds: readonly number[],
  today: LocalDate,
): Promise<Map<number, ClockView>> {
  const reader = db as unknown as Kysely<DeadlinesTables>;
  const views = new Map<number, ClockView>();
  if (clockIds.length === 0) return views;
  const calendar = await loadCalendar(reader);
  const rows = await reader
    .selectFrom('deadlinesClocks')
    .selectAll()
    .where('id', 'in', [...clockIds])
    .execute();
  const events = await listEvents(reader, clockIds);
  const byClock = new Map<number, ClockEventRow[]>();
  for (const event of events)
    byClock.set(event.clockId, [...(byClock.get(event.clockId) ?? []), event]);
  for (const row of rows) {
    views.set(
      row.id,
      deriveClock(calendar, ruleOf(row), (byClock.get(row.id) ?? []).map(eventOf), today),
    );
  }
  return views;
}

/** Moves a clock to another org (its matter was assigned there), in the caller's transaction. */
export async function reassignClock<DB>(
  db: Kysely<DB>,
  clockId: number,
  orgId: number,
): Promise<void> {
  await (db as unknown as Kysely<DeadlinesTables>)
    .updateTable('deadlinesClocks')
    .set({ orgId })
    .where('id', '=', clockId)
    .execute();
}

/** The id of a matter's clock for a purpose, if it has one. */
export async function findClockIdOfMatter<DB>(
  db: Kysely<DB>,
  matter: { matterType: string; matterId: string; purpose: string },
): Promise<number | undefined> {
  const row = await findClockOfMatter(db as never, matter);
  return row ? Number(row.id) : undefined;
}
