import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestDatabase } from '../../../test/test-database.ts';
import type { DatabaseHandle } from '../db/index.ts';
import {
  appendAudit,
  genesisHash,
  hashRecord,
  latestAuditAnchor,
  listAudit,
  verifyAuditChain,
  type AuditEntry,
} from './index.ts';

let handle: DatabaseHandle<unknown>;
let db: Kysely<unknown>;

before(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
after(() => handle.close());

/**
 * What only a privileged session can do: switch the append-only trigger off, run `statement`,
 * switch it on again, in one transaction. The table's owner may (PGlite's superuser; on
 * PostgreSQL the test role, which created the database from the migrated template).
 */
async function asOwner(statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`alter table audit_log disable trigger audit_log_no_update_delete`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_log enable trigger audit_log_no_update_delete`.execute(trx);
  });
}

beforeEach(() => asOwner(sql`delete from audit_log`));

let sequence = 0;
function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  sequence++;
  return {
    at: new Date(Date.UTC(2026, 9, 1, 2, 0, sequence)),
    actorType: 'user',
    actorId: '7',
    actorName: '王芳',
    orgCode: 'QY-ZWGK',
    action: 'accounts.user.create',
    targetType: 'user',
    targetId: String(100 + sequence),
    summary: { login: `user${sequence}`, roles: ['editor'] },
    requestId: `req-${sequence}`,
    clientAddress: '10.0.0.8',
    ...overrides,
  };
}

async function appendMany(count: number): Promise<{ id: number; hash: string }[]> {
  const appended = [];
  for (let i = 0; i < count; i++) appended.push(await appendAudit(db, entry()));
  return appended;
}

async function chainRows() {
  const { rows } = await sql<{ id: number; prevHash: string; hash: string }>`
    select id, prev_hash, hash from audit_log order by id`.execute(db);
  return rows;
}

describe('appendAudit', () => {
  it('links each record to the one before, the first to 64 zeros, and the chain verifies', async () => {
    const appended = await appendMany(5);
    const rows = await chainRows();
    assert.equal(rows.length, 5);
    assert.equal(rows[0]!.prevHash, genesisHash);
    for (let i = 1; i < rows.length; i++) assert.equal(rows[i]!.prevHash, rows[i - 1]!.hash);
    assert.deepEqual(
      rows.map((r) => ({ id: r.id, hash: r.hash })),
      appended,
    );
    assert.deepEqual(await verifyAuditChain(db), {
      ok: true,
      count: 5,
      lastHash: appended[4]!.hash,
    });
  });

  it('stores the summary without secrets and with ID numbers and phones masked', async () => {
    const { id } = await appendAudit(
      db,
      entry({
        action: 'accounts.user.update',
        summary: {
          login: 'wangfang',
          password: 'hunter2',
          passwordHash: '$argon2id$v=19$secret',
          changes: {
            idNumber: { from: null, to: '11010519491231002X' },
            phone: { from: '13812345678', to: '13912345678' },
            token: 'abc',
            tokenHash: 'def',
            secret: 'ghi',
          },
        },
      }),
    );
    const { rows } = await sql<{ text: string }>`
      select summary::text as text from audit_log where id = ${id}`.execute(db);
    for (const hidden of ['hunter2', 'argon2id', 'abc', 'def', 'ghi', '13812345678', '1949']) {
      assert.ok(!rows[0]!.text.includes(hidden), `${hidden} leaked: ${rows[0]!.text}`);
    }
    const { records } = await listAudit(db, { action: 'accounts.user.update' });
    assert.deepEqual(records[0]!.summary, {
      login: 'wangfang',
      changes: {
        idNumber: { from: null, to: '110***********002X' },
        phone: { from: '138****5678', to: '139****5678' },
      },
    });
    assert.equal((await verifyAuditChain(db)).ok, true);
  });

  it('writes nothing when the transaction of the change rolls back', async () => {
    await appendMany(1);
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await appendAudit(trx, entry());
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    assert.equal((await chainRows()).length, 1);
    await appendMany(1);
    assert.deepEqual(await verifyAuditChain(db), {
      ok: true,
      count: 2,
      lastHash: (await chainRows())[1]!.hash,
    });
  });

  it('refuses a REPEATABLE READ transaction, whose snapshot could miss the last record', async () => {
    await assert.rejects(
      db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute((trx) => appendAudit(trx, entry())),
      /READ COMMITTED/,
    );
  });

  it('keeps one unbroken chain when 20 transactions append at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? db.transaction().execute(async (trx) => {
              await sql`select 1`.execute(trx);
              return appendAudit(trx, entry({ targetId: `parallel-${i}` }));
            })
          : appendAudit(db, entry({ targetId: `parallel-${i}` })),
      ),
    );
    assert.equal(new Set(results.map((r) => r.hash)).size, 20);
    const rows = await chainRows();
    assert.equal(new Set(rows.map((r) => r.prevHash)).size, 20, 'no two records share a parent');
    assert.deepEqual(await verifyAuditChain(db), {
      ok: true,
      count: 20,
      lastHash: rows[19]!.hash,
    });
  });
});

describe('the audit_log table', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, whoever asks', async () => {
    const { id } = await appendAudit(db, entry());
    await assert.rejects(
      sql`update audit_log set action = 'x.y' where id = ${id}`.execute(db),
      /append-only: UPDATE/,
    );
    await assert.rejects(
      sql`delete from audit_log where id = ${id}`.execute(db),
      /append-only: DELETE/,
    );
    await assert.rejects(sql`truncate audit_log`.execute(db), /append-only: TRUNCATE/);
    assert.equal((await chainRows()).length, 1);
  });
});

describe('verifyAuditChain', () => {
  it('finds an empty log intact', async () => {
    assert.deepEqual(await verifyAuditChain(db), { ok: true, count: 0, lastHash: genesisHash });
  });

  it('names exactly the record whose summary was altered', async () => {
    const appended = await appendMany(5);
    const target = appended[2]!.id;
    await asOwner(
      sql`update audit_log set summary = '{"login": "someone-else"}' where id = ${target}`,
    );
    const report = await verifyAuditChain(db);
    assert.equal(report.ok, false);
    assert.equal(!report.ok && report.brokenId, target);
    assert.match(!report.ok ? report.reason : '', /altered/);
    assert.equal(report.count, 2);
  });

  it('names exactly the record whose action was altered', async () => {
    const appended = await appendMany(4);
    const target = appended[3]!.id;
    await asOwner(sql`update audit_log set action = 'accounts.user.view' where id = ${target}`);
    const report = await verifyAuditChain(db);
    assert.deepEqual(
      { ok: report.ok, brokenId: !report.ok && report.brokenId },
      { ok: false, brokenId: target },
    );
  });

  it('notices a time moved by less than a millisecond', async () => {
    const appended = await appendMany(2);
    await asOwner(
      sql`update audit_log set at = at + interval '1 microsecond' where id = ${appended[0]!.id}`,
    );
    const report = await verifyAuditChain(db);
    assert.equal(!report.ok && report.brokenId, appended[0]!.id);
  });

  it('names the record after a deleted one', async () => {
    const appended = await appendMany(5);
    await asOwner(sql`delete from audit_log where id = ${appended[2]!.id}`);
    const report = await verifyAuditChain(db);
    assert.equal(report.ok, false);
    assert.equal(!report.ok && report.brokenId, appended[3]!.id);
    assert.match(!report.ok ? report.reason : '', /deleted/);
  });

  it('names the first record when the records before it were deleted', async () => {
    const appended = await appendMany(3);
    await asOwner(sql`delete from audit_log where id = ${appended[0]!.id}`);
    const report = await verifyAuditChain(db);
    assert.equal(!report.ok && report.brokenId, appended[1]!.id);
  });

  it('names the record it links to when one was altered and its hash recomputed', async () => {
    const appended = await appendMany(4);
    // A forger who knows the format can re-hash the record, but not the links that follow it.
    const { records } = await listAudit(db, {});
    const { id, hash: _old, ...content } = records.find((r) => r.id === appended[2]!.id)!;
    const forged = hashRecord({ ...content, action: 'accounts.user.view' });
    await asOwner(
      sql`update audit_log set action = 'accounts.user.view', hash = ${forged} where id = ${id}`,
    );
    const report = await verifyAuditChain(db);
    assert.equal(!report.ok && report.brokenId, appended[3]!.id);
    assert.match(!report.ok ? report.reason : '', /rewritten/);
  });

  it('reports the rewritten hash itself as an altered record', async () => {
    const appended = await appendMany(3);
    await asOwner(sql`update audit_log set hash = ${'a'.repeat(64)} where id = ${appended[1]!.id}`);
    const report = await verifyAuditChain(db);
    assert.equal(!report.ok && report.brokenId, appended[1]!.id);
  });

  it('checks the links across page boundaries', async () => {
    const appended = await appendMany(7);
    assert.deepEqual(await verifyAuditChain(db, { pageSize: 3 }), {
      ok: true,
      count: 7,
      lastHash: appended[6]!.hash,
    });
    await asOwner(sql`delete from audit_log where id = ${appended[2]!.id}`);
    const report = await verifyAuditChain(db, { pageSize: 3 });
    assert.equal(!report.ok && report.brokenId, appended[3]!.id);
  });
});

describe('latestAuditAnchor', () => {
  it('gives the newest record, or nothing for an empty log', async () => {
    assert.equal(await latestAuditAnchor(db), undefined);
    await appendMany(2);
    const last = await appendAudit(db, entry({ at: new Date('2026-10-02T03:04:05.678Z') }));
    assert.deepEqual(await latestAuditAnchor(db), {
      id: last.id,
      hash: last.hash,
      at: '2026-10-02T03:04:05.678Z',
    });
  });
});

describe('listAudit', () => {
  beforeEach(async () => {
    // 2026-10-01 23:30 in Shanghai is still 1 October there; 16:30 UTC is already 2 October.
    await appendAudit(
      db,
      entry({
        at: new Date('2026-10-01T23:30:00+08:00'),
        action: 'foi.request.submit',
        targetId: 'A',
      }),
    );
    await appendAudit(
      db,
      entry({ at: new Date('2026-10-01T16:30:00Z'), action: 'foi.request.reply', targetId: 'B' }),
    );
    await appendAudit(
      db,
      entry({
        at: new Date('2026-09-30T15:59:59.999Z'),
        actorType: 'system',
        actorId: null,
        actorName: 'system',
        orgCode: null,
        action: 'foi.request.remind',
        targetId: 'C',
      }),
    );
    await appendAudit(
      db,
      entry({
        at: new Date('2026-10-03T09:00:00+08:00'),
        actorId: '8',
        orgCode: 'QY-FGJ',
        action: 'foi.request.reply',
        targetType: 'appeal',
        targetId: 'D',
      }),
    );
  });

  const targets = async (filter: Parameters<typeof listAudit>[1]) =>
    (await listAudit(db, filter)).records.map((r) => r.targetId);

  it('lists newest first with the total', async () => {
    const { records, total } = await listAudit(db, {});
    assert.equal(total, 4);
    assert.deepEqual(
      records.map((r) => r.targetId),
      ['D', 'B', 'A', 'C'],
    );
    assert.equal(records[0]!.at, '2026-10-03T01:00:00.000Z');
    assert.equal(records[0]!.clientAddress, '10.0.0.8');
  });

  it('counts days on the Asia/Shanghai calendar', async () => {
    assert.deepEqual(await targets({ from: '2026-10-01', to: '2026-10-01' }), ['A']);
    assert.deepEqual(await targets({ from: '2026-10-02', to: '2026-10-02' }), ['B']);
    assert.deepEqual(await targets({ from: '2026-10-01', to: '2026-10-02' }), ['B', 'A']);
    assert.deepEqual(await targets({ to: '2026-09-30' }), ['C']);
    assert.deepEqual(await targets({ from: '2026-10-02' }), ['D', 'B']);
  });

  it('filters by action, actor, org and target', async () => {
    assert.deepEqual(await targets({ action: 'foi.request.reply' }), ['D', 'B']);
    assert.deepEqual(await targets({ actorId: '8' }), ['D']);
    assert.deepEqual(await targets({ orgCode: 'QY-ZWGK' }), ['B', 'A']);
    assert.deepEqual(await targets({ targetType: 'appeal', targetId: 'D' }), ['D']);
    assert.deepEqual(await targets({ action: 'foi.request.reply', from: '2026-10-03' }), ['D']);
  });

  it('pages with limit and offset, the total counting every match', async () => {
    const page = await listAudit(db, { limit: 2, offset: 1 });
    assert.equal(page.total, 4);
    assert.deepEqual(
      page.records.map((r) => r.targetId),
      ['B', 'A'],
    );
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    await assert.rejects(listAudit(db, { from: '2026-13-01' }), { code: 'audit_bad_date' });
    await assert.rejects(listAudit(db, { to: '10/01/2026' }), { code: 'audit_bad_date' });
  });
});
