/**
 * /staff/calendar: any staff member sees a year as a calendar; a county admin enters a year's
 * schedule (typed, or read from an .ics file into the form first), which re-dates open clocks.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import {
  addDays,
  datesFrom,
  loadCalendar,
  runsOf,
  type Calendar,
  type CalendarDay,
} from '../../platform/calendar/index.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import { contextOf, localeOf, readUploadedFile, submitForm } from '../../platform/http/index.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/views/index.ts';
import { hasCountyRole } from '../accounts/index.ts';
import { describeRun } from './clock.explain.ts';
import { daysOfIcs } from './ics.ts';
import { enterScheduleAndRedate } from './redate.service.ts';
import { formatScheduleText, parseScheduleText } from './schedule-text.ts';
import {
  CalendarPage,
  type CalendarPageProps,
  type CalendarYearView,
} from './views/calendar.page.tsx';

const yearQuery = z.object({
  year: z.coerce.number().int().min(2004).max(2099).optional().catch(undefined),
  entered: z.coerce.number().int().optional().catch(undefined),
  checked: z.coerce.number().int().optional().catch(undefined),
  moved: z.coerce.number().int().optional().catch(undefined),
});

const scheduleForm = z.object({
  year: z.coerce
    .number({ message: 'calendar.error.year' })
    .int('calendar.error.year')
    .min(2004, 'calendar.error.year')
    .max(2099, 'calendar.error.year'),
  sourceDocument: z
    .string()
    .trim()
    .min(1, 'calendar.error.sourceDocument')
    .max(100, 'calendar.error.sourceDocument'),
  days: z.string().trim().min(1, 'calendar.error.days'),
  complete: z.literal('on').optional(),
});

/** Twelve months of Monday-first weeks. */
function monthsOf(calendar: Calendar, year: number): (CalendarDay | null)[][][] {
  return Array.from({ length: 12 }, (_, m) => {
    const first = `${year}-${String(m + 1).padStart(2, '0')}-01`;
    const last = addDays(
      m === 11 ? `${year + 1}-01-01` : `${year}-${String(m + 2).padStart(2, '0')}-01`,
      -1,
    );
    const cells: (CalendarDay | null)[] = Array((calendar.day(first).weekday + 6) % 7).fill(null);
    for (const date of datesFrom(first, last)) cells.push(calendar.day(date));
    while (cells.length % 7 !== 0) cells.push(null);
    return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  });
}

function yearView(calendar: Calendar, year: number, locale: Locale): CalendarYearView {
  const days = datesFrom(`${year}-01-01`, `${year}-12-31`).map((d) => calendar.day(d));
  const entered = days.find((d) => d.source !== 'published' && d.sourceDocument)?.sourceDocument;
  return {
    year,
    basis: calendar.basisOfYear(year),
    source: days.some((d) => d.source === 'published') ? calendar.publishedSource : (entered ?? ''),
    version: calendar.calendarVersion,
    months: monthsOf(calendar, year),
    notable: runsOf(calendar.explain(`${year}-01-01`, `${year}-12-31`)).map((run) =>
      describeRun(run, calendar, locale),
    ),
  };
}

function ensureCanEnter(request: FastifyRequest): void {
  if (!hasCountyRole(request.actor, ['admin'])) {
    throw new AppError(
      'forbidden',
      'not_allowed',
      '只有县级系统管理员可以录入放假安排 / county admins only',
    );
  }
}

function linesProblem(text: string, year: number): AppError | null {
  const parsed = parseScheduleText(text);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => p.line).join('、');
    return new AppError('validation', 'calendar_bad_lines', `lines ${lines}`, {
      fields: [{ field: 'days', message: 'calendar.error.lines', vars: { lines } }],
    });
  }
  const other = parsed.days.filter((d) => !d.date.startsWith(`${year}-`)).map((d) => d.date);
  if (other.length === 0) return null;
  return new AppError('validation', 'calendar_other_year', other.join(', '), {
    fields: [
      {
        field: 'days',
        message: 'calendar.error.otherYear',
        vars: { dates: other.slice(0, 5).join('、'), year },
      },
    ],
  });
}

export function calendarRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  /** The page for `year`, with whatever else the response shows. */
  async function pageFor(request: FastifyRequest, year: number) {
    const view = yearView(await loadCalendar(db), year, localeOf(request));
    const canEnter = hasCountyRole(request.actor, ['admin']);
    return (extra: Partial<CalendarPageProps> = {}) => (
      <CalendarPage view={view} canEnter={canEnter} form={emptyForm} {...extra} />
    );
  }

  app.get('/staff/calendar', async (request, reply) => {
    const query = yearQuery.parse(request.query);
    const thisYear = Number(localDateOf(clock.now()).slice(0, 4));
    const year = query.year ?? thisYear;
    const entered =
      query.entered !== undefined
        ? { year: query.entered, checked: query.checked ?? 0, moved: query.moved ?? 0 }
        : undefined;
    const form: FormState = { values: { year: String(year) }, errors: [] };
    const page = await pageFor(request, year);
    return reply.page(page({ form, ...(entered ? { entered } : {}) }));
  });

  app.post('/staff/calendar', async (request, reply) => {
    ensureCanEnter(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const year = Number(body.year);
    const shownYear =
      Number.isInteger(year) && year >= 2004 && year <= 2099
        ? year
        : Number(localDateOf(clock.now()).slice(0, 4));
    const page = await pageFor(request, shownYear);
    return submitForm(reply, {
      schema: scheduleForm,
      body,
      render: (form) => page({ form }),
      action: async (form) => {
        const problem = linesProblem(form.days, form.year);
        if (problem) throw problem;
        const parsed = parseScheduleText(form.days);
        const report = await enterScheduleAndRedate(db, clock, contextOf(request), {
          year: form.year,
          sourceDocument: form.sourceDocument,
          days: parsed.ok ? parsed.days : [],
          complete: form.complete === 'on',
        });
        return `/staff/calendar?year=${form.year}&entered=${form.year}&checked=${report.checked}&moved=${report.moved.length}`;
      },
    });
  });

  app.post('/staff/calendar/ics', async (request, reply) => {
    ensureCanEnter(request);
    const fileError = (key: string) =>
      new AppError('validation', 'calendar_ics', key, {
        fields: [{ field: 'file', message: key }],
      });
    const thisYear = Number(localDateOf(clock.now()).slice(0, 4));
    try {
      const bytes = await readUploadedFile(request, {
        missing: () => fileError('calendar.error.icsMissing'),
        tooLarge: () => fileError('calendar.error.icsTooLarge'),
      });
      const days = daysOfIcs(bytes.toString('utf8'));
      if (days.length === 0) throw fileError('calendar.error.icsEmpty');
      // The year most of the file's days fall in.
      const counts = new Map<number, number>();
      for (const d of days)
        counts.set(Number(d.date.slice(0, 4)), (counts.get(Number(d.date.slice(0, 4))) ?? 0) + 1);
      const year = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      const ofYear = days.filter((d) => d.date.startsWith(`${year}-`));
      const form = {
        values: { year: String(year), days: formatScheduleText(ofYear), complete: 'on' },
        errors: [],
      };
      const page = await pageFor(request, year);
      return reply.page(page({ form, icsDays: ofYear.length }));
    } catch (error) {
      if (error instanceof AppError && error.kind === 'validation') {
        const form = { values: { year: String(thisYear + 1) }, errors: error.details.fields ?? [] };
        const page = await pageFor(request, thisYear + 1);
        return reply.page(page({ form }), 422);
      }
      throw error;
    }
  });
}
