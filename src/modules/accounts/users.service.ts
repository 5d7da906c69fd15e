import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import type { AccountsTables } from './accounts.tables.ts';
import { recordAccountChange } from './accounts.audit.ts';
import { getOrgByCode } from './orgs.service.ts';
import {
  generatePassword,
  hashPassword,
  passwordHistoryDepth,
  passwordProblem,
  verifyPassword,
} from './password.ts';
import { isRole, type Role } from './roles.ts';
import {
  findUserById,
  findUserByUsername,
  recentPasswordHashes,
  setPassword,
} from './users.queries.ts';

type Db = Kysely<AccountsTables>;

const usernamePattern = /^[a-z0-9_.-]{3,40}$/;

export interface CreateUserInput {
  username: string;
  displayName: string;
  /** Absent: a temporary password is generated and returned. */
  password?: string;
  grants?: { role: Role; orgCode: string }[];
  isDemo?: boolean;
}

function validationError(field: string, message: string): AppError {
  return new AppError('validation', message, message, { fields: [{ field, message }] });
}

/** Creates a staff account that must change its password at first login; returns the password to hand over. */
export async function createUser(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  input: CreateUserInput,
): Promise<{ id: number; password: string }> {
  const username = input.username.toLowerCase();
  if (!usernamePattern.test(username))
    throw validationError('username', 'accounts.username.invalid');
  const password = input.password ?? generatePassword();
  const problem = passwordProblem(password);
  if (problem) throw validationError('password', problem);
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    if (await findUserByUsername(trx, username)) {
      throw new AppError(
        'conflict',
        'username_taken',
        `用户名 ${username} 已被使用 / username ${username} is taken`,
      );
    }
    const { id } = await trx
      .insertInto('accountsUsers')
      .values({
        username,
        displayName: input.displayName,
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: clock.now(),
        isDemo: input.isDemo ?? false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('accountsPasswordHistory').values({ userId: id, passwordHash }).execute();
    for (const grant of input.grants ?? []) await insertGrant(trx, id, grant.role, grant.orgCode);
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.user.create',
      targetType: 'user',
      targetId: String(id),
      summary: { username, displayName: input.displayName, grants: input.grants ?? [] },
    });
    return { id, password };
  });
}

async function insertGrant(db: Db, userId: number, role: Role, orgCode: string) {
  if (!isRole(role)) throw validationError('role', 'accounts.role.invalid');
  const org = await getOrgByCode(db, orgCode);
  await db
    .insertInto('accountsRoleGrants')
    .values({ userId, role, orgId: org.id })
    .onConflict((oc) => oc.constraint('accounts_role_grants_unique').doNothing())
    .execute();
  return org;
}

/** The account with this username, or `not_found` (user_not_found). */
export async function getUserByUsername(db: Db, username: string) {
  const user = await findUserByUsername(db, username);
  if (!user)
    throw new AppError('not_found', 'user_not_found', `没有用户 ${username} / no user ${username}`);
  return user;
}

/** Grants a role on an org (and so its subtree). */
export async function grantRole(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  username: string,
  role: Role,
  orgCode: string,
) {
  await db.transaction().execute(async (trx) => {
    const user = await getUserByUsername(trx, username);
    await insertGrant(trx, user.id, role, orgCode);
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.user.grant',
      targetType: 'user',
      targetId: String(user.id),
      orgCode,
      summary: { username, role, orgCode },
    });
  });
}

/** Sets a new temporary password the user must change at next login; unlocks the account. */
export async function resetPassword(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  username: string,
): Promise<string> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const user = await getUserByUsername(trx, username);
    await setPassword(trx, user.id, passwordHash, true, clock.now());
    await trx.deleteFrom('accountsSessions').where('userId', '=', user.id).execute();
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.user.reset_password',
      targetType: 'user',
      targetId: String(user.id),
      summary: { username },
    });
  });
  return password;
}

/** Disables an account and ends its sessions. */
export async function disableUser(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  username: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const user = await getUserByUsername(trx, username);
    await trx
      .updateTable('accountsUsers')
      .set({ isDisabled: true })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('accountsSessions').where('userId', '=', user.id).execute();
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.user.disable',
      targetType: 'user',
      targetId: String(user.id),
      summary: { username },
    });
  });
}

/** The user's own change: current password right, new one meets the rules and is not one of the last five. */
export async function changePassword(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  userId: number,
  input: { current: string; next: string },
): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError('not_found', 'user_not_found', 'no such user');
  if (!(await verifyPassword(user.passwordHash, input.current))) {
    throw validationError('current', 'accounts.password.currentWrong');
  }
  const problem = passwordProblem(input.next);
  if (problem) throw validationError('next', problem);
  for (const previous of await recentPasswordHashes(db, userId, passwordHistoryDepth)) {
    if (await verifyPassword(previous, input.next))
      throw validationError('next', 'accounts.password.reused');
  }
  const passwordHash = await hashPassword(input.next);
  await db.transaction().execute(async (trx) => {
    await setPassword(trx, userId, passwordHash, false, clock.now());
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.user.change_password',
      targetType: 'user',
      targetId: String(userId),
      summary: {},
    });
  });
}
