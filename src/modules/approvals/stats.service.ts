/**
 * Statistics of cases for a period (issue 6): per center, window, department, item or month —
 * received, accepted, completed, 即办件 and their share, on time and early with their rates,
 * refused, returned, withdrawn, and open overdue. Rates are fractions rounded to 4 decimals,
 * null when nothing is counted under them. Definitions: RULES.md §4.5 [U], see stats.queries.ts.
 */
import type { Kysely } from 'kysely';
import { addDays, type LocalDate } from '../../platform/calendar/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import {
  countAccepted,
  countClosed,
  countCompleted,
  countReceived,
  emptyCounts,
  labelGroups,
  type GroupLabel,
  type StatsCounts,
  type StatsGrouping,
  type StatsPeriod,
} from './stats.queries.ts';

export interface StatsFigures extends Omit<StatsCounts, 'key'> {
  /** 现场办结率 (即办件占比, RULES.md §4.5): 即办件 ÷ received. */
  instantShare: number | null;
  /** 按时办结率 (RULES.md §4.5): completed on time ÷ completed. */
  onTimeRate: number | null;
  /** 提前办结率 (RULES.md §4.5): completed early ÷ completed. */
  earlyRate: number | null;
}

export interface StatsGroup extends StatsFigures {
  /** The center, window, org or item id as text ('' for online applications by window), or YYYY-MM. */
  key: string;
  code: string;
  name: string;
  nameEn: string;
  centerName?: string;
  centerNameEn?: string;
}

export interface CaseStatistics {
  from: LocalDate;
  to: LocalDate;
  groupBy: StatsGrouping;
  /** The day open cases' lights are taken on. */
  asOf: LocalDate;
  total: StatsFigures;
  groups: StatsGroup[];
}

/** n ÷ d as a fraction rounded to 4 decimals; null when d is 0. */
export function rate(n: number, d: number): number | null {
  return d === 0 ? null : Math.round((n / d) * 10000) / 10000;
}

export function figuresOf(counts: Omit<StatsCounts, 'key'>): StatsFigures {
  return {
    ...counts,
    instantShare: rate(counts.instant, counts.received),
    onTimeRate: rate(counts.onTime, counts.completed),
    earlyRate: rate(counts.early, counts.completed),
  };
}

const countNames = Object.keys(emptyCounts('')).filter((k) => k !== 'key') as (keyof Omit<
  StatsCounts,
  'key'
>)[];

function add(into: StatsCounts, from: Partial<StatsCounts>): void {
  for (const name of countNames) into[name] += from[name] ?? 0;
}

/** The months of a period, YYYY-MM, in order. */
export function monthsOf(period: StatsPeriod): string[] {
  const months: string[] = [];
  for (let d = `${period.from.slice(0, 7)}-01`; d <= period.to;) {
    months.push(d.slice(0, 7));
    d = addDays(`${d.slice(0, 7)}-28`, 4).slice(0, 7) + '-01';
  }
  return months;
}

async function labelsOf(
  db: Kysely<unknown>,
  groupBy: StatsGrouping,
  keys: string[],
): Promise<GroupLabel[]> {
  if (groupBy === 'month')
    return keys.sort().map((key) => ({ key, code: key, name: key, nameEn: key }));
  const labels = await labelGroups(db, groupBy, keys);
  // Online applications have no window: one group of their own, last.
  if (keys.includes('')) labels.push({ key: '', code: '', name: '', nameEn: '' });
  return labels;
}

/** The statistics of cases for a period, grouped; `today` is the day lights are taken on. */
export async function computeCaseStatistics(
  db: Kysely<unknown>,
  input: StatsPeriod & { groupBy: StatsGrouping },
  today: LocalDate,
): Promise<CaseStatistics> {
  const { groupBy } = input;
  const period = { from: input.from, to: input.to };
  if (period.from > period.to) {
    throw new AppError('validation', 'approvals_stats_period', '开始日期晚于结束日期', {
      fields: [{ field: 'to', message: 'approvalsStats.error.order' }],
    });
  }
  const parts = await Promise.all([
    countReceived(db, groupBy, period, today),
    countAccepted(db, groupBy, period),
    countCompleted(db, groupBy, period),
    countClosed(db, groupBy, period),
  ]);
  const byKey = new Map<string, StatsCounts>();
  if (groupBy === 'month')
    for (const month of monthsOf(period)) byKey.set(month, emptyCounts(month));
  const total = emptyCounts('');
  for (const rows of parts) {
    for (const row of rows as Partial<StatsCounts>[]) {
      const key = row.key ?? '';
      if (!byKey.has(key)) byKey.set(key, emptyCounts(key));
      add(byKey.get(key)!, row);
      add(total, row);
    }
  }
  const labels = await labelsOf(db, groupBy, [...byKey.keys()]);
  const groups = labels.map((label) => {
    const { key: _key, ...counts } = byKey.get(label.key)!;
    return { ...label, ...figuresOf(counts) };
  });
  const { key: _key, ...totals } = total;
  return {
    from: period.from,
    to: period.to,
    groupBy,
    asOf: today,
    total: figuresOf(totals),
    groups,
  };
}
