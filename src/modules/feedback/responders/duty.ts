/**
 * 在线值守率 (网络回应人, 辽政办发〔2015〕1号; the rule is a setting, RULES.md §7.4 [U]): per
 * responder, the duty days are the scheduled working days of each month (all working days of the
 * month when none are scheduled), within the responder's since..until; a duty day counts when the
 * responder signed in that day and, under `signin_and_no_overdue`, no appeal of the org open that
 * day (unclaimed or claimed by them) was past its first-reply due date without a first reply by
 * the end of that day. Rate = counted ÷ duty days; an org's = sum ÷ sum.
 */
import { sql, type Kysely } from 'kysely';
import { addDays, loadCalendar, type LocalDate } from '../../../platform/calendar/index.ts';
import { cachedCalendar } from '../../deadlines/index.ts';
import type { FeedbackSettings } from '../feedback.settings.ts';

export interface DutyResult {
  responderId: number;
  orgId: number;
  userId: number;
  name: string;
  dutyDays: number;
  countedDays: number;
  /** The duty days as dates, each with whether it counted (for the schedule page). */
  days: { date: LocalDate; signedIn: boolean; overdue: boolean; counted: boolean }[];
}

interface ResponderRow {
  id: number;
  orgId: number;
  userId: number;
  name: string;
  since: string;
  until: string | null;
}

interface OverdueRow {
  orgId: number;
  claimedBy: number | null;
  receivedOn: string;
  dueOn: string;
  firstReplyOn: string | null;
  closedOn: string | null;
}

function monthsOf(from: LocalDate, to: LocalDate): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  while (`${year}-${String(month).padStart(2, '0')}` <= to.slice(0, 7)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

function daysOfMonth(month: string): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) days.push(d);
  return days;
}

/** The working days of a month (the county's calendar). */
export async function workingDaysOfMonth(db: Kysely<unknown>, month: string): Promise<LocalDate[]> {
  const calendar = await loadCalendar(db);
  return daysOfMonth(month).filter((d) => calendar.isWorkday(d).value);
}

/** Overdue on `day`: open then, unclaimed or claimed by the user, due before it, unreplied by it. */
function overdueOn(rows: OverdueRow[], orgId: number, userId: number, day: LocalDate): boolean {
  return rows.some(
    (r) =>
      r.orgId === orgId &&
      (r.claimedBy === null || r.claimedBy === userId) &&
      r.receivedOn <= day &&
      r.dueOn < day &&
      (r.firstReplyOn === null || r.firstReplyOn > day) &&
      (r.closedOn === null || r.closedOn > day),
  );
}

/** Duty of every responder on the roster in [from, to] (of the orgs given, or all). */
export async function computeDuty(
  db: Kysely<unknown>,
  period: { from: LocalDate; to: LocalDate; orgIds?: number[] },
  rule: FeedbackSettings['dutyRule'],
): Promise<DutyResult[]> {
  const { from, to } = period;
  const orgFilter =
    period.orgIds === undefined
      ? sql`true`
      : period.orgIds.length === 0
        ? sql`false`
        : sql`r.org_id in (${sql.join(period.orgIds)})`;
  const { rows: responders } = await sql<ResponderRow>`
    select r.id, r.org_id, r.user_id, u.display_name as name, r.since::text, r.until::text
    from feedback_responders r join accounts_users u on u.id = r.user_id
    where r.since <= ${to}::date and (r.until is null or r.until >= ${from}::date) and ${orgFilter}
    order by r.org_id, r.since, r.id`.execute(db);
  if (responders.length === 0) return [];
  const ids = responders.map((r) => r.id);
  const monthStart = `${from.slice(0, 7)}-01`;
  const monthEnd = `${addDays(`${to.slice(0, 7)}-28`, 7).slice(0, 7)}-01`;
  const { rows: shiftRows } = await sql<{ responderId: number; onDate: string }>`
    select responder_id, on_date::text from feedback_duty_shifts
    where responder_id in (${sql.join(ids)})
      and on_date >= ${monthStart}::date and on_date < ${monthEnd}::date`.execute(db);
  const userIds = [...new Set(responders.map((r) => r.userId))];
  const { rows: signinRows } = await sql<{ userId: number; onDate: string }>`
    select user_id, on_date::text from feedback_duty_signins
    where user_id in (${sql.join(userIds)})
      and on_date between ${from}::date and ${to}::date`.execute(db);
  const orgIds = [...new Set(responders.map((r) => r.orgId))];
  const overdue =
    rule === 'signin'
      ? []
      : (
          await sql<OverdueRow>`
    select a.org_id, a.claimed_by, a.received_on::text, rk.due_on::text,
      a.first_reply_on::text, a.closed_on::text
    from feedback_appeals a join deadlines_clocks rk on rk.id = a.reply_clock_id
    where a.org_id in (${sql.join(orgIds)}) and a.state not in ('invalid', 'merged')
      and rk.due_on < ${to}::date and a.received_on <= ${to}::date
      and (a.first_reply_on is null or a.first_reply_on > ${from}::date)`.execute(db)
        ).rows;
  const calendar = cachedCalendar(await loadCalendar(db));
  const signins = new Set(signinRows.map((s) => `${s.userId}:${s.onDate}`));
  const months = monthsOf(from, to);
  return responders.map((r) => {
    const shifts = shiftRows.filter((s) => s.responderId === r.id).map((s) => s.onDate);
    const dutyDates = months.flatMap((month) => {
      const scheduled = shifts.filter((d) => d.startsWith(month));
      const candidates = scheduled.length > 0 ? scheduled.sort() : daysOfMonth(month);
      return candidates.filter(
        (d) =>
          d >= from &&
          d <= to &&
          d >= r.since &&
          (r.until === null || d <= r.until) &&
          calendar.isWorkday(d).value,
      );
    });
    const days = dutyDates.map((date) => {
      const signedIn = signins.has(`${r.userId}:${date}`);
      const late = rule === 'signin' ? false : overdueOn(overdue, r.orgId, r.userId, date);
      return { date, signedIn, overdue: late, counted: signedIn && !late };
    });
    return {
      responderId: r.id,
      orgId: r.orgId,
      userId: r.userId,
      name: r.name,
      dutyDays: days.length,
      countedDays: days.filter((d) => d.counted).length,
      days,
    };
  });
}

/** Per org: duty days and counted days summed over its responders. */
export function dutyByOrg(
  results: DutyResult[],
): Map<number, { dutyDays: number; counted: number }> {
  const byOrg = new Map<number, { dutyDays: number; counted: number }>();
  for (const r of results) {
    const sum = byOrg.get(r.orgId) ?? { dutyDays: 0, counted: 0 };
    sum.dutyDays += r.dutyDays;
    sum.counted += r.countedDays;
    byOrg.set(r.orgId, sum);
  }
  return byOrg;
}
