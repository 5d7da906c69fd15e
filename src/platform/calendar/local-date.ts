/**
 * Local calendar dates (`YYYY-MM-DD`, Asia/Shanghai) as plain strings. Arithmetic runs on day
 * numbers from `Date.UTC`, so the answer never depends on the process's time zone (RULES.md §0.3):
 * no `Date` here ever stands for an instant.
 */
import { AppError } from '../errors/index.ts';

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

/** An inclusive run of calendar dates. */
export interface DateRange {
  first: LocalDate;
  last: LocalDate;
}

const msPerDay = 86_400_000;
const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real date written `YYYY-MM-DD` (2025-02-29 is not). */
export function isLocalDate(text: string): boolean {
  const match = pattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const back = new Date(Date.UTC(year, month - 1, day));
  return (
    back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day
  );
}

/**
 * Checks a date given from outside; throws `validation` / `calendar_bad_date` naming `field`.
 * Example: `assertLocalDate(input.receivedOn, 'receivedOn')`.
 */
export function assertLocalDate(text: string, field = 'date'): LocalDate {
  if (!isLocalDate(text)) {
    throw new AppError(
      'validation',
      'calendar_bad_date',
      `${field}: 日期应为 YYYY-MM-DD / expected a date YYYY-MM-DD, got "${text}"`,
      { fields: [{ field, message: 'YYYY-MM-DD' }] },
    );
  }
  return text;
}

/** Days since 1970-01-01 (a pure count: no time zone involved). */
export function dayNumberOf(date: LocalDate): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    msPerDay
  );
}

export function dateOfDayNumber(dayNumber: number): LocalDate {
  return new Date(dayNumber * msPerDay).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumberOf(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: LocalDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** The dates from `first` to `last`, both included; empty when `last` is before `first`. */
export function datesFrom(first: LocalDate, last: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let n = dayNumberOf(first), end = dayNumberOf(last); n <= end; n++) {
    dates.push(dateOfDayNumber(n));
  }
  return dates;
}
