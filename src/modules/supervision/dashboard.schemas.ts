/**
 * The dashboard's filters (GET forms and links): a period of local dates (Asia/Shanghai), an org
 * code, a matter type, and for the drill-down list a figure and a page. An empty field takes its
 * default (this month up to today). Messages are catalog keys of dashboard.messages.ts.
 */
import { z } from 'zod';
import { addDays, isLocalDate, type LocalDate } from '../../platform/calendar/index.ts';
import { matterTypes } from '../../platform/checkpoints/index.ts';
import { figures } from './summary.sql.ts';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const date = (key: string) =>
  z.preprocess(blank, z.string({ message: key }).trim().refine(isLocalDate, key).optional());

export const maxPeriodYears = 10;

const filterShape = {
  from: date('supervisionDashboard.error.from'),
  to: date('supervisionDashboard.error.to'),
  org: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .max(64, 'supervisionDashboard.error.org')
      .regex(/^[\w.-]+$/, 'supervisionDashboard.error.org')
      .optional(),
  ),
  matterType: z.preprocess(
    blank,
    z.enum(matterTypes, { message: 'supervisionDashboard.error.matterType' }).optional(),
  ),
  orgOnly: z.preprocess(blank, z.literal('1').optional().catch(undefined)),
};

type Dates = { from?: string | undefined; to?: string | undefined };

function checkDates(query: Dates, context: z.RefinementCtx) {
  if (query.from && query.to && query.from > query.to) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'supervisionDashboard.error.order' });
  }
  if (
    query.from &&
    query.to &&
    Number(query.to.slice(0, 4)) - Number(query.from.slice(0, 4)) >= maxPeriodYears
  ) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'supervisionDashboard.error.span' });
  }
}

export const dashboardQuery = z.object(filterShape).superRefine(checkDates);
export type DashboardQuery = z.infer<typeof dashboardQuery>;

export const mattersQuery = z
  .object({
    ...filterShape,
    figure: z.preprocess(
      blank,
      z.enum(figures, { message: 'supervisionDashboard.error.figure' }).default('accepted'),
    ),
    page: z.preprocess(
      blank,
      z.coerce
        .number({ message: 'supervisionDashboard.error.page' })
        .int('supervisionDashboard.error.page')
        .min(1, 'supervisionDashboard.error.page')
        .max(100_000, 'supervisionDashboard.error.page')
        .default(1),
    ),
  })
  .superRefine(checkDates);
export type MattersQuery = z.infer<typeof mattersQuery>;

export const matterParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

/** The period asked for: by default this month's first day up to today. */
export function periodOf(query: Dates, today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: query.from ?? `${today.slice(0, 7)}-01`, to: query.to ?? today };
}

/** The first day of the month `count - 1` months before the month of `day` (a trend's start). */
export function monthsBefore(day: LocalDate, count: number): LocalDate {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - (count - 1);
  const total = year * 12 + (month - 1);
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-01`;
}

/** The last day of a month `YYYY-MM`. */
export function lastDayOf(month: string): LocalDate {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}
