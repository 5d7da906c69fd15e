import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { Actor, ActionContext } from '../../platform/http/index.ts';
import type { AccountsTables } from './accounts.tables.ts';
import { recordAccountChange } from './accounts.audit.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { findUserByUsername, listGrants } from './users.queries.ts';

type Db = Kysely<AccountsTables>;

/** Session and lockout rules of issue 3 (等保2.0 三级: 登录失败处理, 会话超时). */
export const sessionRules = {
  idleMinutes: 30,
  absoluteHours: 12,
  maxFailures: 5,
  lockMinutes: 15,
  /** Failed logins from one client address within the window before it is refused. */
  maxFailuresPerClient: 20,
  clientWindowMinutes: 15,
};

const minutes = (n: number) => n * 60_000;

export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}

// Verifying against a fixed hash when the user does not exist keeps the timing the same.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword('not-a-real-password-1A!'));

function loginError(message: string): AppError {
  return new AppError('validation', message, message, { fields: [{ field: 'username', message }] });
}

async function noteClientFailure(db: Db, clientIp: string, now: Date) {
  await db.insertInto('accountsLoginFailures').values({ clientIp, at: now }).execute();
}

async function isClientThrottled(db: Db, clientIp: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - minutes(sessionRules.clientWindowMinutes));
  const row = await db
    .selectFrom('accountsLoginFailures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('clientIp', '=', clientIp)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n) >= sessionRules.maxFailuresPerClient;
}

/**
 * Checks a username and password and opens a session; returns the session secret for the cookie.
 * Throws `validation` with accounts.login.failed | accounts.login.locked | accounts.login.throttled.
 */
export async function logIn(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  input: { username: string; password: string },
): Promise<string> {
  const now = clock.now();
  const clientIp = ctx.clientIp ?? '';
  if (await isClientThrottled(db, clientIp, now)) throw loginError('accounts.login.throttled');
  const user = await findUserByUsername(db, input.username.trim());
  if (!user || user.isDisabled) {
    await verifyPassword(await dummy(), input.password);
    await noteClientFailure(db, clientIp, now);
    throw loginError('accounts.login.failed');
  }
  if (user.lockedUntil && user.lockedUntil > now) throw loginError('accounts.login.locked');
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailure(db, clock, ctx, user.id, user.failedLogins + 1, clientIp);
    const lockedNow = user.failedLogins + 1 >= sessionRules.maxFailures;
    throw loginError(lockedNow ? 'accounts.login.locked' : 'accounts.login.failed');
  }
  const secret = crypto.randomBytes(32).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accountsUsers')
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where('id', '=', user.id)
      .execute();
    await trx
      .insertInto('accountsSessions')
      .values({
        idHash: hashSecret(secret),
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        clientIp,
      })
      .execute();
    const actor = { ...ctx.actor, kind: 'user' as const, id: user.id, name: user.username };
    await recordAccountChange(trx, { ...ctx, actor }, clock, {
      action: 'accounts.session.login',
      targetType: 'user',
      targetId: String(user.id),
      summary: {},
    });
  });
  return secret;
}

async function recordFailure(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  userId: number,
  failures: number,
  clientIp: string,
) {
  const now = clock.now();
  const lock = failures >= sessionRules.maxFailures;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accountsUsers')
      .set({
        failedLogins: lock ? 0 : failures,
        lockedUntil: lock ? new Date(now.getTime() + minutes(sessionRules.lockMinutes)) : null,
      })
      .where('id', '=', userId)
      .execute();
    await trx.insertInto('accountsLoginFailures').values({ clientIp, at: now }).execute();
    if (lock) {
      await recordAccountChange(trx, ctx, clock, {
        action: 'accounts.user.locked',
        targetType: 'user',
        targetId: String(userId),
        summary: { failures },
      });
    }
  });
}

/** The signed-in actor for a session secret, or undefined when unknown, idle too long or too old. */
export async function resumeSession(
  db: Db,
  clock: Clock,
  secret: string,
): Promise<Actor | undefined> {
  const now = clock.now();
  const idHash = hashSecret(secret);
  const session = await db
    .selectFrom('accountsSessions as s')
    .innerJoin('accountsUsers as u', 'u.id', 's.userId')
    .select([
      's.userId',
      's.createdAt',
      's.lastSeenAt',
      'u.username',
      'u.displayName',
      'u.isDisabled',
      'u.mustChangePassword',
    ])
    .where('s.idHash', '=', idHash)
    .executeTakeFirst();
  if (!session) return undefined;
  const idle = now.getTime() - session.lastSeenAt.getTime() > minutes(sessionRules.idleMinutes);
  const old =
    now.getTime() - session.createdAt.getTime() > minutes(sessionRules.absoluteHours * 60);
  if (idle || old || session.isDisabled) {
    await db.deleteFrom('accountsSessions').where('idHash', '=', idHash).execute();
    return undefined;
  }
  // Write the activity time at most once a minute: enough for a 30-minute idle limit.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await db
      .updateTable('accountsSessions')
      .set({ lastSeenAt: now })
      .where('idHash', '=', idHash)
      .execute();
  }
  return {
    kind: 'user',
    id: session.userId,
    name: session.displayName || session.username,
    grants: await listGrants(db, session.userId),
    scopes: [],
    mustChangePassword: session.mustChangePassword,
  };
}

export async function logOut(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  secret: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom('accountsSessions')
      .where('idHash', '=', hashSecret(secret))
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) > 0 && ctx.actor.id !== null) {
      await recordAccountChange(trx, ctx, clock, {
        action: 'accounts.session.logout',
        targetType: 'user',
        targetId: String(ctx.actor.id),
        summary: {},
      });
    }
  });
}
