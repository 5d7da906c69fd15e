/**
 * The provisional calendar of a year whose schedule is not published yet, computed from
 * 《全国年节及纪念日放假办法》 itself (4th revision 2024-11-10, in force 2025-01-01; RULES.md §9.1):
 * the 13 statutory days, each one that falls on a weekend given on the next working day (补假),
 * and no make-up weekend days (those only a yearly notice creates).
 */
import chineseDays from 'chinese-days';
import { AppError } from '../errors/index.ts';
import { addDays, datesFrom, isWeekend, type LocalDate } from './local-date.ts';

export interface ProvisionalOptions {
  /**
   * Two statutory holidays on one date (中秋 on 10-03 in 2028, on 10-01 in 2031): the law is silent.
   * `substitute` (default) gives the second one on the next working day too, as the 2020 schedule
   * did (中秋 on 10-01: 10-01..10-08 off with two make-up days, i.e. 国庆 3 + 中秋 1 statutory
   * days); `merge` counts the date once.
   */
  coincidingHolidays: 'substitute' | 'merge';
}

export const defaultProvisionalOptions: ProvisionalOptions = { coincidingHolidays: 'substitute' };

/** The first and last years the provisional rules can be computed for. */
export const provisionalYears = {
  // The 2024 revision (春节 4 days, 劳动节 2 days) is in force from 2025-01-01.
  first: 2025,
  // chinese-days' lunar table ends with 2100.
  last: 2099,
} as const;

/** A day off in the provisional calendar. */
export interface ProvisionalHoliday {
  name: string;
  nameEn: string;
  /** The statutory day this one makes up for (补假), when that day fell on a weekend or clashed. */
  substituteFor?: LocalDate;
}

interface StatutoryDay {
  date: LocalDate;
  name: string;
  nameEn: string;
}

/** The Gregorian date of a lunar month/day of lunar year `year`, searched between two dates. */
function lunarDate(year: number, month: number, day: number, range: [string, string]): LocalDate {
  const first = `${year}-${range[0]}`;
  const last = `${year}-${range[1]}`;
  for (const date of datesFrom(first, last)) {
    // getLunarDate reads a YYYY-MM-DD string as a UTC day and counts days from an absolute
    // instant, so unlike chinese-days' solar→Gregorian helpers it does not depend on the TZ.
    const lunar = chineseDays.getLunarDate(date);
    if (
      lunar.lunarYear === year &&
      lunar.lunarMon === month &&
      lunar.lunarDay === day &&
      !lunar.isLeap
    ) {
      return date;
    }
  }
  throw new Error(`lunar ${year}-${month}-${day} not found between ${first} and ${last}`);
}

/**
 * 清明: the solar term's day by the 寿星 formula with C = 4.81 for 2001–2100, which is what
 * chinese-days' getSolarTermDate computes (no correction for 清明 in its table) — but its
 * formatting uses local-time getters and gives the day before west of UTC.
 */
function qingmingOf(year: number): LocalDate {
  const y = year % 100;
  const day = Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4);
  return `${year}-04-${String(day).padStart(2, '0')}`;
}

/** The statutory days of a year, in date order, a date listed twice when two holidays fall on it. */
export function statutoryDaysOf(year: number): StatutoryDay[] {
  // 全国年节及纪念日放假办法第2条: the holidays for all citizens.
  const springFestival = lunarDate(year, 1, 1, ['01-19', '02-22']);
  const days: StatutoryDay[] = [
    { date: `${year}-01-01`, name: '元旦', nameEn: "New Year's Day" },
    // 春节 4 days: 农历除夕 (the day before 正月初一, whether 腊月 has 29 or 30 days) and 初一 to 初三.
    ...[-1, 0, 1, 2].map((offset) => ({
      date: addDays(springFestival, offset),
      name: '春节',
      nameEn: 'Spring Festival',
    })),
    { date: qingmingOf(year), name: '清明', nameEn: 'Tomb-sweeping Day' },
    { date: `${year}-05-01`, name: '劳动节', nameEn: 'Labour Day' },
    { date: `${year}-05-02`, name: '劳动节', nameEn: 'Labour Day' },
    {
      date: lunarDate(year, 5, 5, ['05-20', '06-30']),
      name: '端午',
      nameEn: 'Dragon Boat Festival',
    },
    {
      date: lunarDate(year, 8, 15, ['09-01', '10-15']),
      name: '中秋',
      nameEn: 'Mid-autumn Festival',
    },
    { date: `${year}-10-01`, name: '国庆节', nameEn: 'National Day' },
    { date: `${year}-10-02`, name: '国庆节', nameEn: 'National Day' },
    { date: `${year}-10-03`, name: '国庆节', nameEn: 'National Day' },
  ];
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The days off of a provisional year: the statutory days and their 补假. */
export function provisionalHolidaysOf(
  year: number,
  options: ProvisionalOptions = defaultProvisionalOptions,
): Map<LocalDate, ProvisionalHoliday> {
  if (year < provisionalYears.first || year > provisionalYears.last) {
    throw new AppError(
      'validation',
      'calendar_year_unsupported',
      `${year} 年既无公布的放假安排，也不在可推算的年份（${provisionalYears.first}–${provisionalYears.last}）内 / ` +
        `${year} has no published schedule and is outside the years that can be computed`,
      { year },
    );
  }
  const statutory = statutoryDaysOf(year);
  const statutoryDates = new Set(statutory.map((day) => day.date));
  const holidays = new Map<LocalDate, ProvisionalHoliday>();
  const needSubstitute: StatutoryDay[] = [];
  for (const day of statutory) {
    if (holidays.has(day.date)) {
      if (options.coincidingHolidays === 'substitute') needSubstitute.push(day);
      continue;
    }
    holidays.set(day.date, { name: day.name, nameEn: day.nameEn });
    // 全国年节及纪念日放假办法第6条: a holiday for all citizens on a Saturday or Sunday is given
    // on a working day (补假); we take the next one. No make-up weekend days are invented.
    if (isWeekend(day.date)) needSubstitute.push(day);
  }
  for (const day of needSubstitute) {
    let date = addDays(day.date, 1);
    while (isWeekend(date) || statutoryDates.has(date) || holidays.has(date)) {
      date = addDays(date, 1);
    }
    holidays.set(date, { name: day.name, nameEn: day.nameEn, substituteFor: day.date });
  }
  return holidays;
}
