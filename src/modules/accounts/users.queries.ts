import type { Kysely, Transaction } from 'kysely';
import type { Grant } from '../../platform/http/index.ts';
import type { AccountsTables } from './accounts.tables.ts';

type Db = Kysely<AccountsTables> | Transaction<AccountsTables>;

export interface UserCredentials {
  id: number;
  username: string;
  displayName: string;
  passwordHash: string;
  mustChangePassword: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  isDisabled: boolean;
}

const credentialColumns = [
  'id',
  'username',
  'displayName',
  'passwordHash',
  'mustChangePassword',
  'failedLogins',
  'lockedUntil',
  'isDisabled',
] as const;

export function findUserByUsername(db: Db, username: string): Promise<UserCredentials | undefined> {
  return db
    .selectFrom('accountsUsers')
    .select(credentialColumns)
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
}

export function findUserById(db: Db, id: number): Promise<UserCredentials | undefined> {
  return db
    .selectFrom('accountsUsers')
    .select(credentialColumns)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listGrants(db: Db, userId: number): Promise<Grant[]> {
  return db
    .selectFrom('accountsRoleGrants as g')
    .innerJoin('accountsOrgs as o', 'o.id', 'g.orgId')
    .select(['g.role', 'g.orgId', 'o.code as orgCode', 'o.path as orgPath'])
    .where('g.userId', '=', userId)
    .orderBy('g.id')
    .execute();
}

/** The most recent password hashes of a user, newest first. */
export async function recentPasswordHashes(
  db: Db,
  userId: number,
  depth: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('accountsPasswordHistory')
    .select('passwordHash')
    .where('userId', '=', userId)
    .orderBy('id', 'desc')
    .limit(depth)
    .execute();
  return rows.map((r) => r.passwordHash);
}

export async function setPassword(
  db: Db,
  userId: number,
  passwordHash: string,
  mustChange: boolean,
  now: Date,
) {
  await db
    .updateTable('accountsUsers')
    .set({
      passwordHash,
      mustChangePassword: mustChange,
      passwordChangedAt: now,
      failedLogins: 0,
      lockedUntil: null,
    })
    .where('id', '=', userId)
    .execute();
  await db.insertInto('accountsPasswordHistory').values({ userId, passwordHash }).execute();
}
