/**
 * Bulk import of clocks whose events already happened (demo history, migrations from an older
 * system): each clock's events are checked one after another as recordClockEvent would
 * (checkNextEvent, each on its own day), derived on the calendar, and written with a few
 * statements — clocks, events and due-date history from unnested arrays — plus one audit record
 * for the whole import. The rows are those startClock and recordClockEvent would have written.
 */
import { sql, type Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { loadCalendar, type Calendar, type LocalDate } from '../../platform/calendar/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { deriveClock, type ClockView } from './clock.derive.ts';
import { checkNextEvent, checkRule } from './clock.events.ts';
import type { ClockEvent, ClockRule } from './clock.model.ts';
import { eventRowOf } from './deadlines.queries.ts';

export interface ImportedClock {
  matterType: string;
  matterId: string;
  purpose: string;
  title?: string;
  orgId: number;
  rule: ClockRule;
  /** In order, the first a start; none dated after `today`. */
  events: ClockEvent[];
}

export interface ImportOptions {
  /** The day the projection (state, light) is taken on. */
  today: LocalDate;
  /** When each event was recorded, from its date (e.g. that day at 10:00 Asia/Shanghai). */
  recordedAt: (on: LocalDate) => Date;
  /** The calendar to derive on (loaded from the database when absent). */
  calendar?: Calendar;
  /**
   * Called for a clock whose events may not follow one another (the error recordClockEvent would
   * throw); that clock is left out. Absent: the whole import throws.
   */
  onInvalid?: (clock: ImportedClock, error: AppError) => void;
}

export interface ImportedClockResult {
  id: number;
  view: ClockView;
}

interface Derived {
  clock: ImportedClock;
  view: ClockView;
  /** The due date after each event that changed it (the due-date history). */
  history: { seq: number; dueOn: string | null; basis: string; calendarVersion: string }[];
}

function derive(calendar: Calendar, clock: ImportedClock, today: LocalDate): Derived {
  checkRule(clock.rule);
  const history: Derived['history'] = [];
  let previousDue: string | null | undefined;
  for (let n = 0; n < clock.events.length; n++) {
    const event = clock.events[n]!;
    checkNextEvent(calendar, clock.rule, clock.events.slice(0, n), event, event.on);
    const view = deriveClock(calendar, clock.rule, clock.events.slice(0, n + 1), event.on);
    if (n === 0 || view.dueOn !== previousDue) {
      history.push({
        seq: n + 1,
        dueOn: view.dueOn,
        basis: view.basis,
        calendarVersion: view.calendarVersion,
      });
    }
    previousDue = view.dueOn;
  }
  return { clock, view: deriveClock(calendar, clock.rule, clock.events, today), history };
}

const transactionCalendars = new WeakMap<object, Promise<Calendar>>();

/**
 * The calendar as a transaction sees it, loaded once per transaction: a batch of clock changes in
 * one transaction (e.g. 1,000 ingested checkpoints) loads and builds the calendar once, not per
 * clock. Outside a transaction it is loaded afresh.
 */
export function calendarOfTransaction<DB>(db: Kysely<DB>): Promise<Calendar> {
  if (!db.isTransaction) return loadCalendar(db);
  let loaded = transactionCalendars.get(db);
  if (!loaded) {
    loaded = loadCalendar(db).then(cachedCalendar);
    transactionCalendars.set(db, loaded);
  }
  return loaded;
}

/**
 * The same calendar with its answers remembered (an imported history asks about the same days
 * thousands of times); answers with pause skips are not remembered.
 */
export function cachedCalendar(calendar: Calendar): Calendar {
  const workdays = new Map<string, ReturnType<Calendar['isWorkday']>>();
  const added = new Map<string, ReturnType<Calendar['addWorkingDays']>>();
  const between = new Map<string, ReturnType<Calendar['workingDaysBetween']>>();
  const remember = <T>(cache: Map<string, T>, key: string, answer: () => T): T => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = answer()));
    return value;
  };
  return {
    calendarVersion: calendar.calendarVersion,
    publishedSource: calendar.publishedSource,
    officialYears: calendar.officialYears,
    basisOfYear: (year) => calendar.basisOfYear(year),
    day: (date) => calendar.day(date),
    isWorkday: (date) => remember(workdays, date, () => calendar.isWorkday(date)),
    addWorkingDays: (date, n, options) =>
      options?.skip && options.skip.length > 0
        ? calendar.addWorkingDays(date, n, options)
        : remember(added, `${date} ${n}`, () => calendar.addWorkingDays(date, n)),
    workingDaysBetween: (a, b) =>
      remember(between, `${a} ${b}`, () => calendar.workingDaysBetween(a, b)),
    addCalendarDays: (date, n, options) => calendar.addCalendarDays(date, n, options),
    explain: (first, last) => calendar.explain(first, last),
  };
}

const chunkSize = 5000;

/**
 * Writes the clocks with their events and due-date history; returns each one's id and derived
 * view, in the order given (without those left out by `onInvalid`). Throws as recordClockEvent
 * would on an event that may not follow, unless `onInvalid` is given.
 */
export async function importClocks<DB>(
  db: Kysely<DB>,
  ctx: ActionContext,
  clocks: readonly ImportedClock[],
  options: ImportOptions,
): Promise<ImportedClockResult[]> {
  if (clocks.length === 0) return [];
  const handle = db as unknown as Kysely<unknown>;
  const calendar = cachedCalendar(options.calendar ?? (await loadCalendar(handle)));
  const derived = clocks.flatMap((c) => {
    if (!options.onInvalid) return [derive(calendar, c, options.today)];
    try {
      return [derive(calendar, c, options.today)];
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      options.onInvalid(c, error);
      return [];
    }
  });
  if (derived.length === 0) return [];
  const results: ImportedClockResult[] = [];
  for (let i = 0; i < derived.length; i += chunkSize) {
    const part = derived.slice(i, i + chunkSize);
    const ids = await insertClocks(handle, part, options);
    await insertEvents(handle, part, ids, options, ctx.actor.name);
    await insertHistory(handle, part, ids, options);
    part.forEach((d, n) => results.push({ id: ids[n]!, view: d.view }));
  }
  const at = options.recordedAt(options.today);
  await recordChange(handle, ctx, at, {
    action: 'deadlines.clock.import',
    targetType: 'clock',
    targetId: `${results[0]!.id}-${results.at(-1)!.id}`,
    summary: { count: results.length, matterTypes: [...new Set(clocks.map((c) => c.matterType))] },
  });
  return results;
}

async function insertClocks(
  db: Kysely<unknown>,
  part: Derived[],
  options: ImportOptions,
): Promise<number[]> {
  const col = <T>(pick: (d: Derived) => T) => part.map(pick);
  const { rows } = await sql<{ id: string; n: number }>`
    insert into deadlines_clocks (matter_type, matter_id, purpose, title, org_id, unit, limit_days,
      yellow_days, extension_cap_days, max_extensions, roll_forward, state, start_on, due_on,
      yellow_on, stopped_on, fixed_light, basis, calendar_version, created_at, projected_at)
    select matter_type, matter_id, purpose, title, org_id, unit, limit_days, yellow_days,
      extension_cap_days, max_extensions, roll_forward, state, start_on, due_on, yellow_on,
      stopped_on, fixed_light, basis, calendar_version, created_at, projected_at
    from unnest(${col((d) => d.clock.matterType)}::text[], ${col((d) => d.clock.matterId)}::text[],
      ${col((d) => d.clock.purpose)}::text[], ${col((d) => d.clock.title ?? '')}::text[],
      ${col((d) => d.clock.orgId)}::bigint[], ${col((d) => d.clock.rule.unit)}::text[],
      ${col((d) => d.clock.rule.limitDays)}::int[], ${col((d) => d.clock.rule.yellowDays)}::int[],
      ${col((d) => d.clock.rule.extensionCapDays)}::int[],
      ${col((d) => d.clock.rule.maxExtensions)}::int[],
      ${col((d) => d.clock.rule.rollForward)}::boolean[], ${col((d) => d.view.state)}::text[],
      ${col((d) => d.view.startOn)}::date[], ${col((d) => d.view.dueOn)}::date[],
      ${col((d) => d.view.yellowOn)}::date[], ${col((d) => d.view.stoppedOn)}::date[],
      ${col((d) => (d.view.state === 'running' ? null : d.view.light))}::text[],
      ${col((d) => d.view.basis)}::text[], ${col((d) => d.view.calendarVersion)}::text[],
      ${col((d) => options.recordedAt(d.clock.events[0]!.on).toISOString())}::timestamptz[],
      ${col((d) => options.recordedAt(d.clock.events.at(-1)!.on).toISOString())}::timestamptz[])
      with ordinality as t(matter_type, matter_id, purpose, title, org_id, unit, limit_days,
        yellow_days, extension_cap_days, max_extensions, roll_forward, state, start_on, due_on,
        yellow_on, stopped_on, fixed_light, basis, calendar_version, created_at, projected_at, n)
    order by n
    returning id, matter_id || ' ' || purpose as n`.execute(db);
  const idOf = new Map(rows.map((r) => [String(r.n), Number(r.id)]));
  return part.map((d) => idOf.get(`${d.clock.matterId} ${d.clock.purpose}`)!);
}

async function insertEvents(
  db: Kysely<unknown>,
  part: Derived[],
  ids: number[],
  options: ImportOptions,
  actorName: string,
): Promise<void> {
  const rows = part.flatMap((d, n) =>
    d.clock.events.map((event, i) => ({
      clockId: ids[n]!,
      seq: i + 1,
      at: options.recordedAt(event.on).toISOString(),
      ...eventRowOf(event),
    })),
  );
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
  await sql`
    insert into deadlines_clock_events (clock_id, seq, kind, on_date, reason_code, legal_basis,
      days, approver, reason, outcome, recorded_at, actor_name)
    select clock_id, seq, kind, on_date, reason_code, legal_basis, days, approver, reason, outcome,
      recorded_at, ${actorName}
    from unnest(${col((r) => r.clockId)}::bigint[], ${col((r) => r.seq)}::int[],
      ${col((r) => r.kind)}::text[], ${col((r) => r.onDate)}::date[],
      ${col((r) => r.reasonCode ?? '')}::text[], ${col((r) => r.legalBasis ?? '')}::text[],
      ${col((r) => r.days ?? null)}::int[], ${col((r) => r.approver ?? '')}::text[],
      ${col((r) => r.reason ?? '')}::text[], ${col((r) => r.outcome ?? '')}::text[],
      ${col((r) => r.at)}::timestamptz[])
      as t(clock_id, seq, kind, on_date, reason_code, legal_basis, days, approver, reason, outcome,
        recorded_at)
    order by clock_id, seq`.execute(db);
}

async function insertHistory(
  db: Kysely<unknown>,
  part: Derived[],
  ids: number[],
  options: ImportOptions,
): Promise<void> {
  const rows = part.flatMap((d, n) =>
    d.history.map((h) => ({
      ...h,
      clockId: ids[n]!,
      at: options.recordedAt(d.clock.events[h.seq - 1]!.on).toISOString(),
    })),
  );
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
  await sql`
    insert into deadlines_due_dates (clock_id, due_on, basis, calendar_version, cause, event_seq,
      recorded_at)
    select clock_id, due_on, basis, calendar_version, 'event', event_seq, recorded_at
    from unnest(${col((r) => r.clockId)}::bigint[], ${col((r) => r.dueOn)}::date[],
      ${col((r) => r.basis)}::text[], ${col((r) => r.calendarVersion)}::text[],
      ${col((r) => r.seq)}::int[], ${col((r) => r.at)}::timestamptz[])
      as t(clock_id, due_on, basis, calendar_version, event_seq, recorded_at)`.execute(db);
}
