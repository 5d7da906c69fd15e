/**
 * The working-day calendar as an immutable value (ARCHITECTURE.md §2.1). Each day comes from the
 * first of these that knows it:
 *   1. an override (`calendar_days`: an administrator's entry from a State Council notice, or a
 *      local closure), official;
 *   2. the published schedule of its year (chinese-days), official;
 *   3. a year whose schedule an administrator marked entered (`calendar_years`): Monday–Friday
 *      apart from the overrides, official;
 *   4. otherwise the provisional calendar computed from the holiday law, provisional.
 * Every answer says which: `basis` is provisional as soon as one day it rested on was.
 */
import crypto from 'node:crypto';
import { AppError } from '../errors/index.ts';
import {
  addDays,
  assertLocalDate,
  dateOfDayNumber,
  dayNumberOf,
  isWeekend,
  weekdayOf,
  yearOf,
  type DateRange,
  type LocalDate,
} from './local-date.ts';
import {
  defaultProvisionalOptions,
  provisionalHolidaysOf,
  type ProvisionalOptions,
} from './provisional.ts';
import { builtInSchedules, type PublishedSchedules } from './published.ts';

export type Basis = 'official' | 'provisional';

/** `makeup_workday` is a Saturday or Sunday worked (调休上班). */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

/**
 * Where a day's status came from: an `override` row, the `published` schedule (chinese-days),
 * the `weekday_rule` of a year whose schedule is known (published or entered), or `provisional`.
 */
export type DaySource = 'override' | 'published' | 'weekday_rule' | 'provisional';

/** One day, with everything needed to explain why it is or is not a working day. */
export interface CalendarDay {
  date: LocalDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  isWorkday: boolean;
  kind: DayKind;
  /** The holiday or make-up day's name (春节, or what the override says); null for plain days. */
  name: string | null;
  nameEn: string | null;
  /** A weekday off in exchange for a make-up working day (调休), published schedules only. */
  inLieu: boolean;
  /** 补假 in a provisional year: the statutory day (on a weekend, or shared) this one replaces. */
  substituteFor: LocalDate | null;
  /** The override's document number (国办发明电〔…〕…号), or the entered year's. */
  sourceDocument: string | null;
  source: DaySource;
  basis: Basis;
}

/** An administrator's entry for one date (`calendar_days`). */
export interface CalendarOverride {
  date: LocalDate;
  kind: 'holiday' | 'workday';
  name: string;
  sourceDocument: string;
}

/** A year whose whole schedule an administrator has entered as overrides (`calendar_years`). */
export interface EnteredYear {
  year: number;
  sourceDocument: string;
}

export interface CalendarInput {
  overrides?: readonly CalendarOverride[];
  enteredYears?: readonly EnteredYear[];
  /** Defaults to the schedules built into the pinned chinese-days. */
  published?: PublishedSchedules;
  provisional?: ProvisionalOptions;
}

/** An answer and what it rests on. */
export interface CalendarAnswer<T> {
  value: T;
  basis: Basis;
  /** The years whose provisional days the answer rested on, ascending; empty when official. */
  provisionalYears: number[];
}

export interface AddWorkingDaysOptions {
  /** Days that do not count even if they are working days (pauses), both ends included. */
  skip?: readonly DateRange[];
}

export interface Calendar {
  /** Changes whenever any input changes; a clock records it with each date it derives. */
  readonly calendarVersion: string;
  /** Where the published schedules come from, e.g. `chinese-days@1.5.7`. */
  readonly publishedSource: string;
  /** Years with an official schedule (published or entered), ascending. */
  readonly officialYears: readonly number[];
  basisOfYear(year: number): Basis;
  day(date: LocalDate): CalendarDay;
  isWorkday(date: LocalDate): CalendarAnswer<boolean>;
  /** The n-th working day after `date` (which does not count); before it when n < 0; `date` for 0. */
  addWorkingDays(
    date: LocalDate,
    n: number,
    options?: AddWorkingDaysOptions,
  ): CalendarAnswer<LocalDate>;
  /** Working days d with a < d <= b (so `workingDaysBetween(d, addWorkingDays(d, n)) = n`); negative when b < a. */
  workingDaysBetween(a: LocalDate, b: LocalDate): CalendarAnswer<number>;
  /** `date` + n calendar days; with `rollForward`, moved on to the next working day if it is not one. */
  addCalendarDays(
    date: LocalDate,
    n: number,
    options: { rollForward: boolean },
  ): CalendarAnswer<LocalDate>;
  /** The holidays, make-up days and overrides from `first` to `last`, both included. */
  explain(first: LocalDate, last: LocalDate): CalendarDay[];
}

/** Tracks which provisional years an answer touched. */
function answerTracker() {
  const years = new Set<number>();
  return {
    note(day: CalendarDay): void {
      if (day.basis === 'provisional') years.add(yearOf(day.date));
    },
    answer<T>(value: T): CalendarAnswer<T> {
      const provisionalYears = [...years].sort((a, b) => a - b);
      return {
        value,
        basis: provisionalYears.length > 0 ? 'provisional' : 'official',
        provisionalYears,
      };
    },
  };
}
type Basket = ReturnType<typeof answerTracker>;

function assertDays(n: number, field: string): void {
  if (!Number.isSafeInteger(n)) {
    throw new AppError(
      'validation',
      'calendar_bad_days',
      `${field}: 应为整数 / expected an integer, got ${n}`,
      {
        fields: [{ field, message: 'integer' }],
      },
    );
  }
}

function versionOf(input: Required<CalendarInput>): string {
  const canonical = JSON.stringify({
    published: input.published.source,
    provisional: input.provisional,
    overrides: [...input.overrides]
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((o) => [o.date, o.kind, o.name, o.sourceDocument]),
    enteredYears: [...input.enteredYears]
      .sort((a, b) => a.year - b.year)
      .map((y) => [y.year, y.sourceDocument]),
  });
  return `cal-${crypto.createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}

/** Builds the calendar; days are computed a year at a time when first asked for. */
export function createCalendar(input: CalendarInput = {}): Calendar {
  const resolved: Required<CalendarInput> = {
    overrides: input.overrides ?? [],
    enteredYears: input.enteredYears ?? [],
    published: input.published ?? builtInSchedules(),
    provisional: input.provisional ?? defaultProvisionalOptions,
  };
  const { published } = resolved;
  const overrides = new Map<LocalDate, CalendarOverride>();
  for (const override of resolved.overrides) {
    assertLocalDate(override.date, 'override.date');
    if (overrides.has(override.date)) throw new Error(`two overrides for ${override.date}`);
    overrides.set(override.date, override);
  }
  const entered = new Map(resolved.enteredYears.map((y) => [y.year, y.sourceDocument]));
  const officialYears = [...new Set([...published.years, ...entered.keys()])].sort((a, b) => a - b);
  const calendarVersion = versionOf(resolved);

  const years = new Map<number, { first: number; days: CalendarDay[] }>();

  function basisOfYear(year: number): Basis {
    return published.years.has(year) || entered.has(year) ? 'official' : 'provisional';
  }

  function buildYear(year: number): { first: number; days: CalendarDay[] } {
    const mode = published.years.has(year)
      ? 'published'
      : entered.has(year)
        ? 'entered'
        : 'provisional';
    const provisional =
      mode === 'provisional' ? provisionalHolidaysOf(year, resolved.provisional) : undefined;
    const first = dayNumberOf(`${year}-01-01`);
    const last = dayNumberOf(`${year}-12-31`);
    const days: CalendarDay[] = [];
    for (let n = first; n <= last; n++) {
      const date = dateOfDayNumber(n);
      const weekend = isWeekend(date);
      const plain = {
        date,
        weekday: weekdayOf(date),
        isWorkday: !weekend,
        kind: weekend ? 'weekend' : 'workday',
        name: null,
        nameEn: null,
        inLieu: false,
        substituteFor: null,
        sourceDocument: null,
        source: mode === 'provisional' ? 'provisional' : 'weekday_rule',
        basis: mode === 'provisional' ? 'provisional' : 'official',
      } satisfies CalendarDay;
      let day: CalendarDay = plain;
      const override = overrides.get(date);
      const holiday = published.holidays.get(date);
      const makeup = published.workdays.get(date);
      const computed = provisional?.get(date);
      if (override) {
        const isWorkday = override.kind === 'workday';
        day = {
          ...plain,
          isWorkday,
          kind: isWorkday ? (weekend ? 'makeup_workday' : 'workday') : 'holiday',
          name: override.name,
          sourceDocument: override.sourceDocument || null,
          source: 'override',
          basis: 'official',
        };
      } else if (mode === 'published' && holiday) {
        day = {
          ...plain,
          isWorkday: false,
          kind: 'holiday',
          ...holiday,
          inLieu: published.inLieuDays.has(date),
          source: 'published',
        };
      } else if (mode === 'published' && makeup) {
        day = { ...plain, isWorkday: true, kind: 'makeup_workday', ...makeup, source: 'published' };
      } else if (mode === 'entered') {
        day = { ...plain, sourceDocument: entered.get(year) ?? null };
      } else if (computed) {
        day = {
          ...plain,
          isWorkday: false,
          kind: 'holiday',
          name: computed.name,
          nameEn: computed.nameEn,
          substituteFor: computed.substituteFor ?? null,
        };
      }
      days.push(Object.freeze(day));
    }
    return { first, days };
  }

  function dayAt(dayNumber: number): CalendarDay {
    const year = yearOf(dateOfDayNumber(dayNumber));
    let built = years.get(year);
    if (!built) {
      built = buildYear(year);
      years.set(year, built);
    }
    return built.days[dayNumber - built.first]!;
  }

  function day(date: LocalDate): CalendarDay {
    return dayAt(dayNumberOf(assertLocalDate(date)));
  }

  function countBetween(a: LocalDate, b: LocalDate, basket: Basket): number {
    let count = 0;
    for (let n = dayNumberOf(a) + 1, end = dayNumberOf(b); n <= end; n++) {
      const current = dayAt(n);
      basket.note(current);
      if (current.isWorkday) count++;
    }
    return count;
  }

  const calendar: Calendar = {
    calendarVersion,
    publishedSource: published.source,
    officialYears,
    basisOfYear,
    day,

    isWorkday(date) {
      const basket = answerTracker();
      const current = day(date);
      basket.note(current);
      return basket.answer(current.isWorkday);
    },

    addWorkingDays(date, n, options = {}) {
      assertLocalDate(date);
      assertDays(n, 'days');
      const skip = (options.skip ?? []).map((range) => {
        const first = dayNumberOf(assertLocalDate(range.first, 'skip.first'));
        const last = dayNumberOf(assertLocalDate(range.last, 'skip.last'));
        return { first, last };
      });
      const basket = answerTracker();
      const step = n < 0 ? -1 : 1;
      let current = dayNumberOf(date);
      for (let remaining = Math.abs(n); remaining > 0;) {
        current += step;
        const here = dayAt(current);
        basket.note(here);
        const skipped = skip.some((range) => current >= range.first && current <= range.last);
        if (here.isWorkday && !skipped) remaining--;
      }
      return basket.answer(dateOfDayNumber(current));
    },

    workingDaysBetween(a, b) {
      assertLocalDate(a, 'from');
      assertLocalDate(b, 'to');
      const basket = answerTracker();
      const value = a <= b ? countBetween(a, b, basket) : -countBetween(b, a, basket);
      return basket.answer(value);
    },

    addCalendarDays(date, n, { rollForward }) {
      assertLocalDate(date);
      assertDays(n, 'days');
      const basket = answerTracker();
      let result = addDays(date, n);
      if (rollForward) {
        for (let current = day(result); ; current = day(result)) {
          basket.note(current);
          if (current.isWorkday) break;
          result = addDays(result, 1);
        }
      }
      return basket.answer(result);
    },

    explain(first, last) {
      assertLocalDate(first, 'from');
      assertLocalDate(last, 'to');
      const notable: CalendarDay[] = [];
      for (let n = dayNumberOf(first), end = dayNumberOf(last); n <= end; n++) {
        const current = dayAt(n);
        if (
          current.kind === 'holiday' ||
          current.kind === 'makeup_workday' ||
          current.source === 'override'
        ) {
          notable.push(current);
        }
      }
      return notable;
    },
  };
  return Object.freeze(calendar);
}
