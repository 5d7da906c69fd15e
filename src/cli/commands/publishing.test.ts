import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
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
import { runPublishingCommand } from './publishing.ts';

const logger = { info: () => undefined, warn: () => undefined };

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

describe('sunshine publishing check-links', () => {
  let database: TestDatabase;
  let server: http.Server;
  let base: string;
  before(async () => {
    server = http.createServer((req, res) => {
      res.writeHead(req.url === '/ok' ? 200 : 404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    database = await createTestDatabase();
    const clock = fixedClock('2026-09-30T09:30:00+08:00');
    const orgs = accountsModule.seeders.find((s) => s.name === 'accounts.orgs')!;
    await orgs.run({ db: database.db, clock, logger, notes: [] });
    await ensureChannels(database.db, clock);
    const officer = await actor(database, 901, 'department_officer', 'jyj');
    const gongkai = await actor(database, 902, 'disclosure_officer', 'xzfb');
    const channel = (await findChannelByCode(database.db, 'jyj'))!;
    const item = await createDraft(database.db, clock, officer, {
      channelId: channel.id,
      type: 'news',
      title: '教育局转发上级通知',
      formedOn: '2026-09-30',
      bodyHtml: `<p><a href="${base}/ok">原文</a> <a href="${base}/gone">附件</a></p>`,
    });
    await submitItem(database.db, clock, officer, item.id);
    await approveItem(database.db, clock, gongkai, item.id);
    await publishItem(database.db, clock, gongkai, item.id);
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  });

  async function run(args: string[], values: Record<string, string> = {}) {
    let out = '';
    // The test keeps its database open: the command's close is a no-op here.
    const code = await runPublishingCommand(
      values,
      args,
      { out: (text) => (out += text), err: (text) => (out += text) },
      async () => ({ ...database, close: async () => undefined }),
    );
    return { code, out };
  }

  it('checks the external links over the network and stores the results', async () => {
    const result = await run(['check-links'], { 'timeout-ms': '2000' });
    assert.equal(result.code, 0);
    assert.match(result.out, /已检查 2 个站外链接：失效 1 个，无法访问 0 个/);
    const { rows } = await sql<{ url: string; status: string; httpStatus: number }>`
      select url, status, http_status from publishing_link_checks order by url`.execute(
      database.db,
    );
    assert.deepEqual(
      rows.map((r) => [r.url, r.status, r.httpStatus]),
      [
        [`${base}/gone`, 'broken', 404],
        [`${base}/ok`, 'ok', 200],
      ],
    );
  });

  it('refuses wrong usage', async () => {
    await assert.rejects(run(['check']), UsageError);
    await assert.rejects(run(['check-links'], { concurrency: '0' }), UsageError);
  });
});
