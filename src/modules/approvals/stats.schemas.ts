/**
 * The period and grouping of the statistics of cases (page form and API query): local dates
 * (Asia/Shanghai), from ≤ to, at most ten years; an empty field takes the default (this year).
 * Messages are catalog keys of stats.messages.ts.
 */
import { z } from 'zod';
import { isLocalDate } from '../../platform/calendar/index.ts';
import { statsGroupings } from './stats.queries.ts';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const date = (key: string) =>
  z.preprocess(
    blankToUndefined,
    z.string({ message: key }).trim().refine(isLocalDate, key).optional(),
  );

export const maxPeriodYears = 10;

export const statsQuery = z
  .object({
    from: date('approvalsStats.error.from'),
    to: date('approvalsStats.error.to'),
    groupBy: z.preprocess(
      blankToUndefined,
      z.enum(statsGroupings, { message: 'approvalsStats.error.groupBy' }).optional(),
    ),
  })
  .superRefine((query, context) => {
    if (query.from && query.to && query.from > query.to) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'approvalsStats.error.order' });
    }
    if (
      query.from &&
      query.to &&
      Number(query.to.slice(0, 4)) - Number(query.from.slice(0, 4)) >= maxPeriodYears
    ) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'approvalsStats.error.span' });
    }
  });

export type StatsQuery = z.infer<typeof statsQuery>;

/** The period asked for, with this year's first and last day as the defaults. */
export function periodOf(query: StatsQuery, today: string): { from: string; to: string } {
  const year = today.slice(0, 4);
  return { from: query.from ?? `${year}-01-01`, to: query.to ?? `${year}-12-31` };
}
