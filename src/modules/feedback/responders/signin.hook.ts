/**
 * 网络回应人 sign-ins (辽政办发〔2015〕1号, the duty rate's first half): the first authenticated
 * request of a responder under /staff on a day (Asia/Shanghai) records that day. Cheap: a set of
 * `${userId}:${date}` already recorded in this process, and an insert that ignores a repeat.
 */
import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { localDateOf } from '../../../platform/clock/index.ts';
import type { Actor } from '../../../platform/http/index.ts';

function isStaffPath(url: string): boolean {
  const path = url.split('?')[0] ?? url;
  return path === '/staff' || path.startsWith('/staff/');
}

/** Records a responder's sign-in for the day; returns whether it was new to this process. */
export async function recordSignin(
  db: Kysely<unknown>,
  seen: Set<string>,
  actor: Actor,
  at: Date,
): Promise<boolean> {
  if (actor.kind !== 'user' || actor.id === null || actor.mustChangePassword) return false;
  if (!actor.grants.some((g) => g.role === 'responder')) return false;
  const today = localDateOf(at);
  const key = `${actor.id}:${today}`;
  if (seen.has(key)) return false;
  await sql`insert into feedback_duty_signins (user_id, on_date, first_at)
    values (${actor.id}, ${today}::date, ${at}) on conflict do nothing`.execute(db);
  // Only today's keys are worth keeping.
  if (seen.size > 10000) seen.clear();
  seen.add(key);
  return true;
}

/** Hooks on the whole app (the console's every page counts, not only the feedback pages). */
export function dutySigninHooks(app: FastifyInstance, deps: ModuleDeps): void {
  const seen = new Set<string>();
  app.addHook('preHandler', async (request) => {
    if (request.actor?.kind !== 'user' || !isStaffPath(request.url)) return;
    await recordSignin(deps.db, seen, request.actor, deps.clock.now());
  });
}
