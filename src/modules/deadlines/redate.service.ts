/**
 * Re-dating open clocks when the calendar changes (a schedule entered for a provisional year, a
 * correction): every open clock is derived again on the new calendar, its projection and due-date
 * history updated with the new calendar version, its owner told if the date moved, all audited.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { enterSchedule, loadCalendar, type ScheduleInput } from '../../platform/calendar/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { notify, type NoticeInput } from '../../platform/notify/index.ts';
import { deriveClock, type ClockView } from './clock.derive.ts';
import {
  eventOf,
  insertDueDates,
  listEvents,
  openClocksAfter,
  ruleOf,
  updateProjection,
  type ClockRow,
} from './deadlines.queries.ts';
import { dueDateRow, projectionOf } from './deadlines.service.ts';
import type { DeadlinesTables } from './deadlines.tables.ts';

export interface RedateReport {
  calendarVersion: string;
  /** Open clocks looked at. */
  checked: number;
  /** Clocks whose due date moved. */
  moved: { clockId: number; from: string | null; to: string | null }[];
}

const batchSize = 500;

function noticeOf(row: ClockRow, view: ClockView, version: string): NoticeInput {
  const what = row.title || `${row.matterType} ${row.matterId}`;
  const from = row.dueOn ?? '—';
  const to = view.dueOn ?? '—';
  return {
    recipientUserId: row.ownerUserId,
    recipientOrgId: row.ownerUserId === null ? row.orgId : null,
    subject: `期满日已按新日历重新计算：${what}`,
    subjectEn: `Due date recalculated on the new calendar: ${what}`,
    body: `“${what}”的期满日由 ${from} 改为 ${to}（${view.basis === 'official' ? '正式' : '暂定'}，日历版本 ${version}）。`,
    bodyEn: `The due date of "${what}" moved from ${from} to ${to} (${view.basis}, calendar version ${version}).`,
    link: `/staff/clocks/${row.id}`,
  };
}

/** Re-derives every open clock on the database's current calendar, in the caller's transaction. */
export async function redateOpenClocks<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  cause: Record<string, unknown>,
): Promise<RedateReport> {
  const trx = db as unknown as Kysely<DeadlinesTables>;
  const calendar = await loadCalendar(trx);
  const at = clock.now();
  const today = localDateOf(at);
  const report: RedateReport = { calendarVersion: calendar.calendarVersion, checked: 0, moved: [] };
  for (let afterId = 0; ;) {
    const rows = await openClocksAfter(trx, afterId, batchSize);
    if (rows.length === 0) break;
    afterId = rows.at(-1)!.id;
    const events = await listEvents(
      trx,
      rows.map((r) => r.id),
    );
    const notices: NoticeInput[] = [];
    const history = [];
    for (const row of rows) {
      report.checked++;
      if (row.calendarVersion === calendar.calendarVersion) continue;
      const own = events.filter((e) => e.clockId === row.id).map(eventOf);
      const view = deriveClock(calendar, ruleOf(row), own, today);
      await updateProjection(trx, row.id, projectionOf(view), at);
      history.push(dueDateRow(row.id, view, 'calendar', null, at));
      if (view.dueOn !== row.dueOn) {
        report.moved.push({ clockId: row.id, from: row.dueOn, to: view.dueOn });
        notices.push(noticeOf(row, view, calendar.calendarVersion));
      }
    }
    await insertDueDates(trx, history);
    await notify(trx, notices, at);
  }
  await recordChange(trx, ctx, at, {
    action: 'deadlines.clocks.redate',
    targetType: 'calendar',
    targetId: calendar.calendarVersion,
    summary: {
      ...cause,
      checked: report.checked,
      moved: report.moved.length,
      first: report.moved.slice(0, 50),
    },
  });
  return report;
}

/** Enters a year's schedule (platform/calendar) and re-dates the open clocks, in one transaction. */
export async function enterScheduleAndRedate<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  input: ScheduleInput,
): Promise<RedateReport & { previousVersion: string }> {
  const handle = db as unknown as Kysely<DeadlinesTables>;
  const work = async (trx: Kysely<DeadlinesTables>) => {
    const { previousVersion, calendarVersion } = await enterSchedule(trx, clock, ctx, input);
    const report = await redateOpenClocks(trx, clock, ctx, {
      year: input.year,
      sourceDocument: input.sourceDocument,
      previousVersion,
      calendarVersion,
    });
    return { ...report, previousVersion };
  };
  return handle.isTransaction ? work(handle) : handle.transaction().execute(work);
}
