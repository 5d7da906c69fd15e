/** Test helpers of the publishing module: a database with the demo org tree and channels, actors. */
import type { Kysely } from 'kysely';
import { createTestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import type { Actor, ActionContext } from '../../platform/http/index.ts';
import { accountsModule } from '../accounts/index.ts';
import { ensureChannels } from './channels.service.ts';
import { findChannelByCode, type Channel } from './publishing.queries.ts';

const logger = { info: () => undefined, warn: () => undefined };

/** A migrated database with the demo orgs and a channel per org; the clock on 2026-09-30. */
export async function publishingDatabase() {
  const handle = await createTestDatabase();
  const clock = fixedClock('2026-09-30T09:30:00+08:00');
  const orgs = accountsModule.seeders.find((s) => s.name === 'accounts.orgs')!;
  await orgs.run({ db: handle.db, clock, logger, notes: [] });
  await ensureChannels(handle.db, clock);
  return { ...handle, clock };
}

let nextId = 1000;

/** A signed-in user (a fresh id unless given) holding `role` on the org with `orgCode`. */
export async function actorWith(
  db: Kysely<unknown>,
  role: string,
  orgCode: string,
  id = nextId++,
): Promise<ActionContext> {
  const org = await (db as Kysely<{ accountsOrgs: { id: number; code: string; path: string } }>)
    .selectFrom('accountsOrgs')
    .select(['id', 'code', 'path'])
    .where('code', '=', orgCode)
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    kind: 'user',
    id,
    name: `${role}@${orgCode}#${id}`,
    grants: [{ role, orgId: Number(org.id), orgCode: org.code, orgPath: org.path }],
    scopes: [],
    mustChangePassword: false,
  };
  return { actor, requestId: 'test', clientIp: '127.0.0.1' };
}

export async function channel(db: Kysely<unknown>, code: string): Promise<Channel> {
  return (await findChannelByCode(db, code))!;
}
