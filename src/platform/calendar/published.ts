/**
 * The State Council's published schedules (《国务院办公厅关于YYYY年部分节假日安排的通知》) as the
 * pinned `chinese-days` package ships them (RULES.md §9.3). Only its JSON data is read here, never
 * its date functions: those take JS `Date`s and shift a day with the process time zone.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { isLocalDate, yearOf, type LocalDate } from './local-date.ts';

/** One named day of a published schedule. */
export interface PublishedDay {
  /** Chinese name as the notice gives it, e.g. 春节. */
  name: string;
  nameEn: string;
}

/** The published schedules of some years: rest days, make-up working days, days off 调休. */
export interface PublishedSchedules {
  /** Where the data came from, e.g. `chinese-days@1.5.7`: part of the calendar version. */
  source: string;
  /** Years with a schedule. A year absent here is not published. */
  years: ReadonlySet<number>;
  /** 放假: days off, weekends inside a holiday block included. */
  holidays: ReadonlyMap<LocalDate, PublishedDay>;
  /** 调休上班: Saturdays and Sundays worked in exchange for days off. */
  workdays: ReadonlyMap<LocalDate, PublishedDay>;
  /** Weekdays off in exchange for a make-up day (调休), a subset of `holidays`. */
  inLieuDays: ReadonlySet<LocalDate>;
}

const entries = z.record(
  z.string().refine(isLocalDate, 'YYYY-MM-DD'),
  // "Spring Festival,春节,4": English name, Chinese name, statutory days of the festival.
  z.string().regex(/^[^,]+,[^,]+,\d+$/),
);
const dataFile = z.object({ holidays: entries, workdays: entries, inLieuDays: entries });

function dayOf(value: string): PublishedDay {
  const [nameEn = '', name = ''] = value.split(',');
  return { name, nameEn };
}

/** Builds schedules from data in `chinese-days`' JSON format (also how tests feed their own). */
export function publishedSchedulesOf(data: unknown, source: string): PublishedSchedules {
  const parsed = dataFile.parse(data);
  const holidays = new Map(Object.entries(parsed.holidays).map(([d, v]) => [d, dayOf(v)]));
  const workdays = new Map(Object.entries(parsed.workdays).map(([d, v]) => [d, dayOf(v)]));
  const years = new Set([...holidays.keys(), ...workdays.keys()].map(yearOf));
  return { source, years, holidays, workdays, inLieuDays: new Set(Object.keys(parsed.inLieuDays)) };
}

let builtIn: PublishedSchedules | undefined;

/** The schedules shipped in the pinned `chinese-days` (2004–2026 in 1.5.7), parsed once. */
export function builtInSchedules(): PublishedSchedules {
  if (!builtIn) {
    const require = createRequire(import.meta.url);
    const { version } = require('chinese-days/package.json') as { version: string };
    builtIn = publishedSchedulesOf(
      require('chinese-days/dist/chinese-days.json'),
      `chinese-days@${version}`,
    );
  }
  return builtIn;
}
