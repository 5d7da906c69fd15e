import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordChange } from '../audit/index.ts';
import type { Clock } from '../clock/index.ts';
import { AppError } from '../errors/index.ts';
import type { ActionContext } from '../http/index.ts';
import { createCalendar, type Calendar, type CalendarInput } from './calendar.ts';
import {
  deleteEnteredYear,
  deleteScheduleDays,
  listCalendarOverrides,
  listEnteredYears,
  upsertCalendarDays,
  upsertEnteredYear,
} from './calendar.queries.ts';
import type { CalendarTables } from './calendar.tables.ts';
import { isLocalDate, yearOf } from './local-date.ts';

/** The calendar with the database's overrides and entered years applied. */
export async function loadCalendar<DB>(
  db: Kysely<DB>,
  options: Omit<CalendarInput, 'overrides' | 'enteredYears'> = {},
): Promise<Calendar> {
  const reader = db as unknown as Kysely<CalendarTables>;
  // One after the other: two small reads, and one connection (PGlite has only one anyway).
  const overrides = await listCalendarOverrides(reader);
  const enteredYears = await listEnteredYears(reader);
  return createCalendar({ ...options, overrides, enteredYears });
}

const text = (max: number) => z.string().trim().min(1).max(max);

export const scheduleInput = z
  .object({
    year: z.number().int().min(2004).max(2099),
    /** 发文字号 of the notice, e.g. 国办发明电〔2026〕9号. */
    sourceDocument: text(100),
    days: z
      .array(
        z.object({
          date: z.string().refine(isLocalDate, 'YYYY-MM-DD'),
          kind: z.enum(['holiday', 'workday']),
          name: text(100),
        }),
      )
      .max(366),
    /** The notice is the year's whole schedule: the year's other days follow the weekday rule. */
    complete: z.boolean(),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.days.forEach((day, i) => {
      if (isLocalDate(day.date) && yearOf(day.date) !== input.year) {
        ctx.addIssue({
          code: 'custom',
          path: ['days', i, 'date'],
          message: `not in ${input.year}`,
        });
      }
      if (seen.has(day.date)) {
        ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: 'listed twice' });
      }
      seen.add(day.date);
    });
  });

export type ScheduleInput = z.input<typeof scheduleInput>;

/**
 * Enters one notice's days for one year, replacing what the same notice entered before, and marks
 * the year's schedule entered (or not); audited in the same transaction. Throws `validation` /
 * `calendar_bad_schedule`. Takes a handle or the caller's transaction. Open clocks are re-dated by the deadlines module, not here.
 */
export async function enterSchedule<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  input: ScheduleInput,
): Promise<{ calendarVersion: string; previousVersion: string }> {
  const parsed = scheduleInput.safeParse(input);
  if (!parsed.success) {
    throw new AppError(
      'validation',
      'calendar_bad_schedule',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      {
        fields: parsed.error.issues.map((i) => ({
          field: i.path.join('.'),
          message: i.message,
        })),
      },
    );
  }
  const schedule = parsed.data;
  const writer = db as unknown as Kysely<CalendarTables>;
  const enter = async (trx: Kysely<CalendarTables>) => {
    const previousVersion = (await loadCalendar(trx)).calendarVersion;
    const at = clock.now();
    const by = ctx.actor.name;
    await deleteScheduleDays(trx, schedule.year, schedule.sourceDocument);
    await upsertCalendarDays(
      trx,
      schedule.days.map((d) => ({ ...d, sourceDocument: schedule.sourceDocument })),
      by,
      at,
    );
    if (schedule.complete) {
      await upsertEnteredYear(
        trx,
        { year: schedule.year, sourceDocument: schedule.sourceDocument },
        by,
        at,
      );
    } else {
      await deleteEnteredYear(trx, schedule.year);
    }
    const calendarVersion = (await loadCalendar(trx)).calendarVersion;
    await recordChange(trx, ctx, at, {
      action: 'platform.calendar.enter_schedule',
      targetType: 'calendar_year',
      targetId: String(schedule.year),
      summary: {
        sourceDocument: schedule.sourceDocument,
        holidays: schedule.days.filter((d) => d.kind === 'holiday').map((d) => d.date),
        workdays: schedule.days.filter((d) => d.kind === 'workday').map((d) => d.date),
        complete: schedule.complete,
        previousVersion,
        calendarVersion,
      },
    });
    return { calendarVersion, previousVersion };
  };
  return writer.isTransaction ? enter(writer) : writer.transaction().execute(enter);
}
