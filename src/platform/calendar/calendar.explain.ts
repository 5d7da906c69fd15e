/** Building blocks for explaining a date and for pauses, on top of `Calendar.explain`. */
import { addDays, assertLocalDate, type DateRange, type LocalDate } from './local-date.ts';
import type { CalendarDay, DayKind } from './calendar.ts';

/** Consecutive notable days of one kind and name, e.g. 春节 2026-02-15..02-23. */
export interface DayRun {
  first: LocalDate;
  last: LocalDate;
  kind: DayKind;
  name: string | null;
  days: CalendarDay[];
}

/** Groups `explain`'s days into runs, for a readable explanation. */
export function runsOf(days: readonly CalendarDay[]): DayRun[] {
  const runs: DayRun[] = [];
  for (const current of days) {
    const run = runs.at(-1);
    if (
      run &&
      run.kind === current.kind &&
      run.name === current.name &&
      addDays(run.last, 1) === current.date
    ) {
      run.last = current.date;
      run.days.push(current);
    } else {
      runs.push({
        first: current.date,
        last: current.date,
        kind: current.kind,
        name: current.name,
        days: [current],
      });
    }
  }
  return runs;
}

/**
 * The days a pause excludes, by the conventions in domain/vectors/working-days.json: paused on P
 * and resumed on R, the days P..R-1 do not count and R counts again.
 */
export function pauseRange(pausedOn: LocalDate, resumedOn: LocalDate): DateRange {
  return {
    first: assertLocalDate(pausedOn, 'pausedOn'),
    last: addDays(assertLocalDate(resumedOn, 'resumedOn'), -1),
  };
}
