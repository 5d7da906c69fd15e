/** Test helpers of the powers module: a database with the demo org tree (and catalog), actors. */
import type { Kysely } from 'kysely';
import { createTestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import type { Actor, ActionContext } from '../../platform/http/index.ts';
import { accountsModule } from '../accounts/index.ts';
import { demoPowersSeeder } from './powers.seed.ts';

const logger = { info: () => undefined, warn: () => undefined };

export const testClock = () => fixedClock('2026-09-30T09:30:00+08:00');

/** A migrated database with the demo orgs, and with the demo catalog if asked. */
export async function catalogDatabase(options: { catalog: boolean }) {
  const handle = await createTestDatabase();
  const clock = testClock();
  const orgs = accountsModule.seeders.find((s) => s.name === 'accounts.orgs')!;
  await orgs.run({ db: handle.db, clock, logger, notes: [] });
  if (options.catalog) await demoPowersSeeder.run({ db: handle.db, clock, logger, notes: [] });
  return { ...handle, clock };
}

/** A signed-in user holding `role` on the org with `orgCode`. */
export async function actorWith(
  db: Kysely<unknown>,
  role: string,
  orgCode: string,
): Promise<ActionContext> {
  const org = await (db as Kysely<{ accountsOrgs: { id: number; code: string; path: string } }>)
    .selectFrom('accountsOrgs')
    .select(['id', 'code', 'path'])
    .where('code', '=', orgCode)
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    kind: 'user',
    id: 9999,
    name: `${role}@${orgCode}`,
    grants: [{ role, orgId: Number(org.id), orgCode: org.code, orgPath: org.path }],
    scopes: [],
    mustChangePassword: false,
  };
  return { actor, requestId: 'test', clientIp: '127.0.0.1' };
}
