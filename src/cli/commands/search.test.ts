import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { fixedClock } from '../../platform/clock/index.ts';
import { accountsModule } from '../../modules/accounts/index.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import {
  approveItem,
  createDraft,
  ensureChannels,
  findChannelByCode,
  publishItem,
  submitItem,
} from '../../modules/publishing/index.ts';
import { UsageError } from '../command.ts';
import { runSearchCommand } from './search.ts';

const logger = { info: () => undefined, warn: () => undefined };

/** Someone holding `role` on the org with `code` (its id and path read from the database). */
async function actor(database: TestDatabase, id: number, role: string, code: string) {
  const { rows } = await sql<{ id: number; path: string }>`
    select id, path from accounts_orgs where code = ${code}`.execute(database.db);
  const org = rows[0]!;
  const ctx: ActionContext = {
    actor: {
      kind: 'user',
      id,
      name: `${role}#${id}`,
      grants: [{ role, orgId: Number(org.id), orgCode: code, orgPath: org.path }],
      scopes: [],
      mustChangePassword: false,
    },
    requestId: 'test',
    clientIp: '127.0.0.1',
  };
  return ctx;
}

describe('sunshine search reindex', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
    const clock = fixedClock('2026-09-30T09:30:00+08:00');
    const orgs = accountsModule.seeders.find((s) => s.name === 'accounts.orgs')!;
    await orgs.run({ db: database.db, clock, logger, notes: [] });
    await ensureChannels(database.db, clock);
    const officer = await actor(database, 901, 'department_officer', 'jyj');
    const gongkai = await actor(database, 902, 'disclosure_officer', 'xzfb');
    const channel = (await findChannelByCode(database.db, 'jyj'))!;
    for (const title of ['秋季开学工作会议召开', '清原满族自治县教育工作要点', '招生入学公告']) {
      const item = await createDraft(database.db, clock, officer, {
        channelId: channel.id,
        type: 'news',
        title,
        formedOn: '2026-09-30',
      });
      await submitItem(database.db, clock, officer, item.id);
      await approveItem(database.db, clock, gongkai, item.id);
      await publishItem(database.db, clock, gongkai, item.id);
    }
  });
  after(() => database.close());

  async function run(args: string[], values: Record<string, boolean> = {}) {
    let out = '';
    // The test keeps its database open: the command's close is a no-op here.
    const code = await runSearchCommand(
      values,
      args,
      { out: (text) => (out += text), err: (text) => (out += text) },
      async () => ({ ...database, close: async () => undefined }),
    );
    return { code, out };
  }

  it('rewrites only rows cut with another dictionary version, or all with --all', async () => {
    await sql`update publishing_search_entries set search_version = 'old'
      where item_id in (select item_id from publishing_search_entries limit 2)`.execute(
      database.db,
    );
    const stale = await run(['reindex']);
    assert.equal(stale.code, 0);
    assert.match(stale.out, /已重写 2 条、删除 0 条检索行/);
    assert.match((await run(['reindex'])).out, /已重写 0 条/);
    assert.match((await run(['reindex'], { all: true })).out, /已重写 3 条/);
  });

  it('refuses other subcommands as wrong usage', async () => {
    await assert.rejects(run(['rebuild']), UsageError);
    await assert.rejects(run([]), UsageError);
  });
});
