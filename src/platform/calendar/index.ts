/**
 * The working-day calendar (ARCHITECTURE.md §2.1, ADR 0006): official working days from the
 * override table, the published schedules (chinese-days) and, for a year not yet published, a
 * provisional calendar computed from the holiday law — every answer saying which it rests on.
 * Dates are `YYYY-MM-DD` local (Asia/Shanghai) calendar dates, never instants.
 *
 * Example: `const calendar = await loadCalendar(db);
 * calendar.addWorkingDays('2025-09-26', 20) // { value: '2025-10-30', basis: 'official', provisionalYears: [] }`
 */
export type {
  AddWorkingDaysOptions,
  Basis,
  Calendar,
  CalendarAnswer,
  CalendarDay,
  CalendarInput,
  CalendarOverride,
  DayKind,
  DaySource,
  EnteredYear,
} from './calendar.ts';
export type { DayRun } from './calendar.explain.ts';
export type { CalendarTables } from './calendar.tables.ts';
export type { DateRange, LocalDate } from './local-date.ts';
export type { ProvisionalHoliday, ProvisionalOptions } from './provisional.ts';
export type { PublishedSchedules } from './published.ts';
export type { ScheduleInput } from './calendar.service.ts';

/** Builds a calendar from explicit inputs (pure; throws `validation` / `calendar_bad_date`, `calendar_bad_days`, `calendar_year_unsupported` from its methods). */
export { createCalendar } from './calendar.ts';
/** Groups consecutive holidays or make-up days of one name into runs, for explanations. */
export { runsOf } from './calendar.explain.ts';
/** The skip range of a pause paused on P and resumed on R: P..R-1 (working-days.json conventions). */
export { pauseRange } from './calendar.explain.ts';
/** The calendar with the database's overrides and entered years applied. */
export { loadCalendar } from './calendar.service.ts';
/** Enters one notice's days for a year and marks the year entered or not, audited; throws `validation` / `calendar_bad_schedule`. */
export { enterSchedule } from './calendar.service.ts';
/** Date strings: checking (`validation` / `calendar_bad_date`) and day arithmetic without time zones. */
export {
  addDays,
  assertLocalDate,
  datesFrom,
  dayNumberOf,
  isLocalDate,
  weekdayOf,
  yearOf,
} from './local-date.ts';
/** The provisional rules' options and the years they can compute. */
export { defaultProvisionalOptions, provisionalYears, statutoryDaysOf } from './provisional.ts';
/** The schedules shipped in chinese-days, and a builder for data in its format (tests, imports). */
export { builtInSchedules, publishedSchedulesOf } from './published.ts';
