/**
 * Everything about a deadline, derived from a clock's rule and events on a given day: due date,
 * days used and left, state, light, days overdue. Nothing here is stored as truth; the database
 * keeps a projection of it for queries (clock.projection.ts), rebuilt from the events.
 *
 * Conventions (domain vectors working-days.json): the start day does not count; a pause dated P
 * with a resume dated R excludes P..R-1 and R counts again; a restart on C starts a fresh count
 * from C (C not counted), dropping the pauses and extensions of the count it replaces.
 */
import {
  addDays,
  pauseRange,
  type Basis,
  type Calendar,
  type DateRange,
  type LocalDate,
} from '../../platform/calendar/index.ts';
import type { ClockEvent, ClockLight, ClockRule, ClockState } from './clock.model.ts';

export interface DerivedPause {
  pausedOn: LocalDate;
  /** null while the clock is still paused. */
  resumedOn: LocalDate | null;
  reasonCode: string;
  legalBasis: string;
  /** The days P..R-1 (for a pause ended by a stop: up to the day before the stop). */
  excluded: DateRange | null;
  /** Counted days (working days, or calendar days for a calendar-day rule) the pause excluded. */
  excludedDays: number;
}

export interface DerivedExtension {
  on: LocalDate;
  requestedDays: number;
  /** What counts: less than requested only if the events exceed the rule's cap (never stored so). */
  grantedDays: number;
  approver: string;
  reason: string;
}

export interface ClockView {
  rule: ClockRule;
  state: ClockState;
  /** The start of the current count (the last restart, else the start). */
  startOn: LocalDate;
  /** Earlier starts replaced by restarts, oldest first. */
  restarts: { from: LocalDate; on: LocalDate; reason: string }[];
  pauses: DerivedPause[];
  extensions: DerivedExtension[];
  /** The limit plus granted extensions. */
  totalDays: number;
  /** null while paused: the date moves until the clock resumes. */
  dueOn: LocalDate | null;
  /** A calendar-day limit's last day when it fell on a non-working day and was moved on. */
  rolledFrom: LocalDate | null;
  /** The due date the running count had before the current pause (paused clocks only). */
  dueBeforePause: LocalDate | null;
  /** The first day the light is yellow (running and stopped clocks; null while paused). */
  yellowOn: LocalDate | null;
  stoppedOn: LocalDate | null;
  outcome: string | null;
  /** The day the figures below are taken on: the stop day, the pause day, or `today`. */
  asOf: LocalDate;
  usedDays: number;
  leftDays: number;
  overdueDays: number;
  late: boolean;
  light: ClockLight;
  basis: Basis;
  provisionalYears: number[];
  calendarVersion: string;
}

/** Counting in the clock's unit, with pause skips. */
interface Counter {
  nth(start: LocalDate, n: number, skip: readonly DateRange[]): LocalDate;
  /** Counted days d with a < d <= b outside the skips; 0 when b <= a. */
  between(a: LocalDate, b: LocalDate, skip: readonly DateRange[]): number;
  years: Set<number>;
}

function inSkip(date: LocalDate, skip: readonly DateRange[]): boolean {
  return skip.some((range) => date >= range.first && date <= range.last);
}

function counterOf(calendar: Calendar, rule: ClockRule): Counter {
  const years = new Set<number>();
  const note = (years_: number[]) => years_.forEach((y) => years.add(y));
  const counts = (date: LocalDate): boolean => {
    if (rule.unit === 'calendar') return true;
    const answer = calendar.isWorkday(date);
    note(answer.provisionalYears);
    return answer.value;
  };
  return {
    years,
    nth(start, n, skip) {
      if (rule.unit === 'working') {
        const answer = calendar.addWorkingDays(start, n, { skip });
        note(answer.provisionalYears);
        return answer.value;
      }
      const step = n < 0 ? -1 : 1;
      let current = start;
      for (let remaining = Math.abs(n); remaining > 0;) {
        current = addDays(current, step);
        if (!inSkip(current, skip)) remaining--;
      }
      return current;
    },
    between(a, b, skip) {
      let count = 0;
      for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) {
        if (!inSkip(d, skip) && counts(d)) count++;
      }
      return count;
    },
  };
}

interface Folded {
  startOn: LocalDate;
  restarts: ClockView['restarts'];
  pauses: Omit<DerivedPause, 'excluded' | 'excludedDays'>[];
  extensions: DerivedExtension[];
  stop: { on: LocalDate; outcome: string } | null;
}

/** Replays the events; tolerant of what validation (clock.events.ts) would have refused. */
function fold(rule: ClockRule, events: readonly ClockEvent[]): Folded {
  const first = events[0];
  if (first?.kind !== 'start') throw new Error('a clock begins with a start event');
  const folded: Folded = {
    startOn: first.on,
    restarts: [],
    pauses: [],
    extensions: [],
    stop: null,
  };
  for (const event of events.slice(1)) {
    if (folded.stop) break;
    const open = folded.pauses.at(-1)?.resumedOn === null ? folded.pauses.at(-1) : undefined;
    switch (event.kind) {
      case 'start':
        break;
      case 'pause':
        if (!open) folded.pauses.push({ ...event, pausedOn: event.on, resumedOn: null });
        break;
      case 'resume':
        if (open) open.resumedOn = event.on < open.pausedOn ? open.pausedOn : event.on;
        break;
      case 'extend': {
        const used = folded.extensions.reduce((sum, e) => sum + e.grantedDays, 0);
        const allowed = folded.extensions.length < rule.maxExtensions;
        const grantedDays = allowed
          ? Math.max(0, Math.min(event.days, rule.extensionCapDays - used))
          : 0;
        folded.extensions.push({
          on: event.on,
          requestedDays: event.days,
          grantedDays,
          approver: event.approver,
          reason: event.reason,
        });
        break;
      }
      case 'restart':
        folded.restarts.push({ from: folded.startOn, on: event.on, reason: event.reason });
        folded.startOn = event.on;
        folded.pauses = [];
        folded.extensions = [];
        break;
      case 'stop':
        if (open) open.resumedOn = event.on;
        folded.stop = { on: event.on, outcome: event.outcome };
        break;
    }
  }
  return folded;
}

function lightOf(late: boolean, leftDays: number, rule: ClockRule): ClockLight {
  if (late) return 'red';
  return leftDays <= rule.yellowDays ? 'yellow' : 'green';
}

/** The clock as of `today` (a local date): for a stopped clock, as of its stop day. */
export function deriveClock(
  calendar: Calendar,
  rule: ClockRule,
  events: readonly ClockEvent[],
  today: LocalDate,
): ClockView {
  const folded = fold(rule, events);
  const counter = counterOf(calendar, rule);
  const { startOn, stop } = folded;
  const pauses: DerivedPause[] = folded.pauses.map((p) => {
    const excluded = p.resumedOn === null ? null : pauseRange(p.pausedOn, p.resumedOn);
    const excludedDays =
      excluded === null ? 0 : counter.between(addDays(excluded.first, -1), excluded.last, []);
    return { ...p, excluded, excludedDays };
  });
  const skip = pauses.flatMap((p) => (p.excluded ? [p.excluded] : []));
  const extensionDays = folded.extensions.reduce((sum, e) => sum + e.grantedDays, 0);
  const totalDays = rule.limitDays + extensionDays;
  let rolledFrom: LocalDate | null = null;
  const dueOf = (skips: readonly DateRange[]): LocalDate => {
    const nth = counter.nth(startOn, totalDays, skips);
    if (rule.unit !== 'calendar' || !rule.rollForward) return nth;
    const rolled = calendar.addCalendarDays(nth, 0, { rollForward: true });
    rolled.provisionalYears.forEach((y) => counter.years.add(y));
    rolledFrom = rolled.value === nth ? null : nth;
    return rolled.value;
  };

  const openPause = pauses.find((p) => p.resumedOn === null);
  const state: ClockState = stop ? 'stopped' : openPause ? 'paused' : 'running';
  const dueOn = state === 'paused' ? null : dueOf(skip);
  const dueBeforePause = openPause ? dueOf(skip) : null;
  const due = (dueOn ?? dueBeforePause)!;
  // The figures are taken on the stop day, on the last day before an open pause, or today.
  const asOf = stop ? stop.on : openPause ? addDays(openPause.pausedOn, -1) : today;
  const usedDays = counter.between(startOn, asOf, skip);
  const late = asOf > due;
  const overdueDays = late ? counter.between(due, asOf, skip) : 0;
  const leftDays = late ? 0 : Math.max(0, totalDays - usedDays);
  // Kept once stopped too, so the light the clock had on any earlier day can be read back.
  const yellowOn = state === 'paused' ? null : counter.nth(due, -rule.yellowDays, skip);
  const light: ClockLight =
    state === 'running'
      ? late
        ? 'red'
        : asOf >= yellowOn!
          ? 'yellow'
          : 'green'
      : state === 'paused'
        ? lightOf(late, leftDays, rule)
        : late
          ? 'red'
          : 'green';
  const provisionalYears = [...counter.years].sort((a, b) => a - b);
  return {
    rule,
    state,
    startOn,
    restarts: folded.restarts,
    pauses,
    extensions: folded.extensions,
    totalDays,
    dueOn,
    rolledFrom,
    dueBeforePause,
    yellowOn,
    stoppedOn: stop?.on ?? null,
    outcome: stop?.outcome ?? null,
    asOf,
    usedDays,
    leftDays,
    overdueDays,
    late,
    light,
    basis: provisionalYears.length > 0 ? 'provisional' : 'official',
    provisionalYears,
    calendarVersion: calendar.calendarVersion,
  };
}
