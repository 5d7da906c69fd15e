/**
 * 网络回应人 (辽政办发〔2015〕1号): each org's roster of responders and their duty shifts. The
 * county's admins manage every org; an org's department officers and responders their own.
 * Errors: forbidden not_allowed, not_found, validation with `feedbackResponders.error.*` fields.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { recordChange } from '../../../platform/audit/index.ts';
import { isLocalDate, type LocalDate } from '../../../platform/calendar/index.ts';
import type { Clock } from '../../../platform/clock/index.ts';
import { AppError, invalidFields, parseFields } from '../../../platform/errors/index.ts';
import type { ActionContext, Actor } from '../../../platform/http/index.ts';
import { hasCountyRole } from '../../accounts/index.ts';
import { respondersMessages } from './responders.messages.ts';

export interface ManagedOrg {
  id: number;
  code: string;
  name: string;
}

export interface Responder {
  id: number;
  orgId: number;
  userId: number;
  name: string;
  username: string;
  title: string;
  since: LocalDate;
  until: LocalDate | null;
}

const managingRoles = ['department_officer', 'responder', 'admin'];

/** The orgs whose roster the actor may manage (county admins: all active orgs). */
export async function managedOrgs(db: Kysely<unknown>, actor: Actor): Promise<ManagedOrg[]> {
  const all = hasCountyRole(actor, ['admin']);
  const own = actor.grants.filter((g) => managingRoles.includes(g.role)).map((g) => g.orgId);
  if (!all && own.length === 0) return [];
  const { rows } = await sql<ManagedOrg>`
    select id, code, name from accounts_orgs
    where is_active and ${all ? sql`true` : sql`id in (${sql.join(own)})`}
    order by path, sort_order, code`.execute(db);
  return rows;
}

function notAllowed(): never {
  throw new AppError('forbidden', 'not_allowed', '无权管理此单位的网络回应人 / not allowed');
}

export async function ensureCanManage(
  db: Kysely<unknown>,
  actor: Actor,
  orgCode: string,
): Promise<ManagedOrg> {
  const org = (await managedOrgs(db, actor)).find((o) => o.code === orgCode);
  if (!org) notAllowed();
  return org;
}

export async function listRoster(db: Kysely<unknown>, orgId: number): Promise<Responder[]> {
  const { rows } = await sql<Responder>`
    select r.id, r.org_id, r.user_id, u.display_name as name, u.username, r.title,
      r.since::text, r.until::text
    from feedback_responders r join accounts_users u on u.id = r.user_id
    where r.org_id = ${orgId}
    order by r.until is not null, r.since, r.id`.execute(db);
  return rows;
}

/** Users holding the responder role on the org (the roster's candidates). */
export async function responderCandidates(
  db: Kysely<unknown>,
  orgId: number,
): Promise<{ id: number; name: string; username: string }[]> {
  const { rows } = await sql<{ id: number; name: string; username: string }>`
    select distinct u.id, u.display_name as name, u.username
    from accounts_role_grants g join accounts_users u on u.id = g.user_id
    where g.org_id = ${orgId} and g.role = 'responder' and not u.is_disabled
    order by u.username`.execute(db);
  return rows;
}

const date = (key: string) =>
  z.string({ message: key }).trim().refine(isLocalDate, { message: key });

const addSchema = z.object({
  userId: z.coerce.number({ message: 'feedbackResponders.error.user' }).int().positive({
    message: 'feedbackResponders.error.user',
  }),
  title: z
    .string()
    .trim()
    .max(50, { message: 'feedbackResponders.error.title' })
    .optional()
    .default(''),
  since: date('feedbackResponders.error.since'),
});

const endSchema = z.object({ until: date('feedbackResponders.error.until') });

/** Adds a user holding the responder role to the org's roster (or puts them back on it). */
export async function addResponder(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  orgCode: string,
  input: unknown,
): Promise<number> {
  const org = await ensureCanManage(db, ctx.actor, orgCode);
  const data = parseFields(addSchema, input, respondersMessages);
  const candidates = await responderCandidates(db, org.id);
  if (!candidates.some((c) => c.id === data.userId)) {
    throw invalidFields(
      [{ field: 'userId', message: 'feedbackResponders.error.notResponder' }],
      respondersMessages,
    );
  }
  return db.transaction().execute(async (trx) => {
    const at = clock.now();
    const { rows } = await sql<{ id: number }>`
      insert into feedback_responders (org_id, user_id, title, since, until, created_at)
      values (${org.id}, ${data.userId}, ${data.title}, ${data.since}::date, null, ${at})
      on conflict (org_id, user_id) do update
        set title = excluded.title, since = excluded.since, until = null
      returning id`.execute(trx);
    const id = rows[0]!.id;
    await recordChange(trx, ctx, at, {
      action: 'feedback.responder.add',
      targetType: 'feedback_responder',
      targetId: String(id),
      summary: { org: org.code, userId: data.userId, title: data.title, since: data.since },
    });
    return id;
  });
}

async function findResponder(db: Kysely<unknown>, id: number): Promise<Responder> {
  const { rows } = await sql<Responder>`
    select r.id, r.org_id, r.user_id, u.display_name as name, u.username, r.title,
      r.since::text, r.until::text
    from feedback_responders r join accounts_users u on u.id = r.user_id
    where r.id = ${id}`.execute(db);
  if (!rows[0]) throw new AppError('not_found', 'responder_not_found', '没有此网络回应人');
  return rows[0];
}

async function orgCodeOfId(db: Kysely<unknown>, orgId: number): Promise<string> {
  const { rows } = await sql<{ code: string }>`
    select code from accounts_orgs where id = ${orgId}`.execute(db);
  return rows[0]?.code ?? '';
}

/** The code of the org whose roster holds the responder. */
export async function responderOrgCode(db: Kysely<unknown>, id: number): Promise<string> {
  return orgCodeOfId(db, (await findResponder(db, id)).orgId);
}

/** Ends a responder's duty on the roster (until: the last day, not before since). */
export async function endResponder(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: unknown,
): Promise<Responder> {
  const responder = await findResponder(db, id);
  const orgCode = await orgCodeOfId(db, responder.orgId);
  await ensureCanManage(db, ctx.actor, orgCode);
  const { until } = parseFields(endSchema, input, respondersMessages);
  if (until < responder.since) {
    throw invalidFields(
      [{ field: 'until', message: 'feedbackResponders.error.untilBeforeSince' }],
      respondersMessages,
    );
  }
  await db.transaction().execute(async (trx) => {
    const at = clock.now();
    await sql`update feedback_responders set until = ${until}::date where id = ${id}`.execute(trx);
    await recordChange(trx, ctx, at, {
      action: 'feedback.responder.end',
      targetType: 'feedback_responder',
      targetId: String(id),
      summary: { org: orgCode, userId: responder.userId, until },
    });
  });
  return { ...responder, until };
}

/** The shifts of the org's responders in a month (YYYY-MM). */
export async function listShifts(
  db: Kysely<unknown>,
  orgId: number,
  month: string,
): Promise<Map<number, Set<LocalDate>>> {
  const { rows } = await sql<{ responderId: number; onDate: string }>`
    select s.responder_id, s.on_date::text from feedback_duty_shifts s
    join feedback_responders r on r.id = s.responder_id
    where r.org_id = ${orgId} and to_char(s.on_date, 'YYYY-MM') = ${month}`.execute(db);
  const shifts = new Map<number, Set<LocalDate>>();
  for (const row of rows) {
    const set = shifts.get(row.responderId) ?? new Set<LocalDate>();
    set.add(row.onDate);
    shifts.set(row.responderId, set);
  }
  return shifts;
}

/**
 * Replaces the month's shifts of the org's responders: `days` maps a responder to the working
 * days they are on duty (an empty list = no schedule, i.e. every working day).
 */
export async function saveShifts(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  orgCode: string,
  month: string,
  days: Map<number, LocalDate[]>,
): Promise<void> {
  const org = await ensureCanManage(db, ctx.actor, orgCode);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw invalidFields(
      [{ field: 'month', message: 'feedbackResponders.error.month' }],
      respondersMessages,
    );
  }
  const roster = new Set((await listRoster(db, org.id)).map((r) => r.id));
  const ids = [...days.keys()].filter((id) => roster.has(id));
  if (ids.length === 0) return;
  await db.transaction().execute(async (trx) => {
    const at = clock.now();
    await sql`delete from feedback_duty_shifts
      where responder_id in (${sql.join(ids)}) and to_char(on_date, 'YYYY-MM') = ${month}`.execute(
      trx,
    );
    const values = ids.flatMap((id) =>
      (days.get(id) ?? [])
        .filter((d) => isLocalDate(d) && d.startsWith(month))
        .map((d) => sql`(${id}, ${d}::date)`),
    );
    if (values.length > 0) {
      await sql`insert into feedback_duty_shifts (responder_id, on_date)
        values ${sql.join(values)} on conflict do nothing`.execute(trx);
    }
    await recordChange(trx, ctx, at, {
      action: 'feedback.responder.shifts',
      targetType: 'feedback_org',
      targetId: org.code,
      summary: { month, shifts: Object.fromEntries(ids.map((id) => [id, days.get(id) ?? []])) },
    });
  });
}
