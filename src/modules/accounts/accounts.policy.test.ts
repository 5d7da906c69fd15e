import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import type { DatabaseHandle } from '../../platform/db/index.ts';
import type { Actor } from '../../platform/http/index.ts';
import { runSeeders } from '../../platform/seed/index.ts';
import { can, orgRecordRule, type AccessAction } from './accounts.policy.ts';
import { demoAccountsSeeder, demoOrgsSeeder } from './accounts.seed.ts';
import type { AccountsTables } from './accounts.tables.ts';
import { findOrgByCode } from './orgs.queries.ts';
import { findUserByUsername, listGrants } from './users.queries.ts';

describe('who may read and change an org’s records (role × org × action)', () => {
  let database: DatabaseHandle<unknown>;
  let db: Kysely<AccountsTables>;
  const actors = new Map<string, Actor>();
  const paths = new Map<string, string>();

  before(async () => {
    database = await createTestDatabase();
    db = database.db as Kysely<AccountsTables>;
    const logger = { info: () => undefined, warn: () => undefined };
    await runSeeders([demoOrgsSeeder, demoAccountsSeeder], {
      db: database.db,
      clock: fixedClock('2026-10-08T09:00:00+08:00'),
      logger,
    });
    for (const username of ['admin', 'minzheng', 'jiaoyu', 'qingyuan', 'lingdao', 'jiancha']) {
      const user = (await findUserByUsername(db, username))!;
      actors.set(username, {
        kind: 'user',
        id: user.id,
        name: username,
        grants: await listGrants(db, user.id),
        scopes: [],
        mustChangePassword: false,
      });
    }
    for (const code of ['210423', 'mzj', 'jyj', 'qyz', 'qyz-bmfw', 'httsz'])
      paths.set(code, (await findOrgByCode(db, code))!.path);
  });
  after(() => database.close());

  // [user, org, action, allowed]
  const matrix: [string, string, AccessAction, boolean][] = [
    ['minzheng', 'mzj', 'read', true],
    ['minzheng', 'mzj', 'change', true],
    ['minzheng', 'jyj', 'read', false],
    ['minzheng', 'jyj', 'change', false],
    ['jiaoyu', 'jyj', 'change', true],
    ['jiaoyu', 'mzj', 'read', false],
    ['qingyuan', 'qyz', 'read', true],
    ['qingyuan', 'qyz-bmfw', 'change', true],
    ['qingyuan', 'httsz', 'read', false],
    ['qingyuan', '210423', 'read', false],
    ['qingyuan', 'mzj', 'read', false],
    ['lingdao', 'mzj', 'read', true],
    ['lingdao', 'qyz', 'read', true],
    ['lingdao', 'mzj', 'change', false],
    ['lingdao', '210423', 'change', false],
    ['jiancha', 'jyj', 'read', true],
    ['jiancha', 'jyj', 'change', false],
    ['admin', 'mzj', 'change', true],
    ['admin', 'jyj', 'read', true],
    ['admin', 'qyz-bmfw', 'change', true],
    ['admin', '210423', 'change', true],
  ];

  for (const [user, org, action, allowed] of matrix) {
    it(`${user} ${allowed ? 'may' : 'may not'} ${action} records of ${org}`, () => {
      assert.equal(can(actors.get(user)!, action, paths.get(org)!, orgRecordRule), allowed);
    });
  }

  it('gives the public nothing', () => {
    const visitor: Actor = {
      kind: 'public',
      id: null,
      name: 'public',
      grants: [],
      scopes: [],
      mustChangePassword: false,
    };
    assert.equal(can(visitor, 'read', paths.get('mzj')!, orgRecordRule), false);
  });
});
