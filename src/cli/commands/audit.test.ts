// test-run: embedded-only — it spawns `sunshine` on data directories of its own (scripts/run-tests.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { runSunshine } from '../../../test/cli.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import { connectDatabase, migrateToLatest } from '../../platform/db/index.ts';

const sunshine = (args: string[], dataDir: string) => runSunshine(args, { DATA_DIR: dataDir });

const created: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-audit-'));
  created.push(dir);
  return dir;
}

// One migrated data directory, copied for each test: creating a PGlite cluster takes seconds.
let template: string;
before(async () => {
  template = tempDir();
  const handle = await connectDatabase({ dataDir: template, command: 'test' });
  await migrateToLatest(handle.db);
  await handle.close();
});
after(() => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});

function migratedDir(): string {
  const dir = tempDir();
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

async function withDatabase(dir: string, work: (db: Kysely<unknown>) => Promise<void>) {
  const handle = await connectDatabase({ dataDir: dir, command: 'test' });
  try {
    await work(handle.db);
  } finally {
    await handle.close();
  }
}

/** Appends `count` records to the embedded database in `dir` (the CLI must not be running). */
async function appendTo(dir: string, count: number): Promise<{ id: number; hash: string }[]> {
  const appended: { id: number; hash: string }[] = [];
  await withDatabase(dir, async (db) => {
    for (let i = 0; i < count; i++) {
      appended.push(
        await appendAudit(db, {
          at: new Date(Date.UTC(2026, 9, 8, 1, 0, i)),
          actorType: 'system',
          actorName: 'system',
          action: 'platform.settings.update',
          targetType: 'settings',
          targetId: '1',
          summary: { step: i },
        }),
      );
    }
  });
  return appended;
}

describe('sunshine audit', () => {
  it('verifies an intact chain (exit 0) and prints the anchor, the hash on the last line', async () => {
    const dir = migratedDir();
    const empty = await sunshine(['audit', 'anchor'], dir);
    assert.equal(empty.code, 0, empty.stderr);
    assert.match(empty.stdout, /audit log is empty/);

    const appended = await appendTo(dir, 3);
    const last = appended[2]!;
    const verify = await sunshine(['audit', 'verify'], dir);
    assert.equal(verify.code, 0, verify.stderr);
    assert.match(
      verify.stdout,
      new RegExp(`审计日志完整 / audit chain intact: 3 records, last hash ${last.hash}`),
    );
    const anchor = await sunshine(['audit', 'anchor'], dir);
    assert.equal(anchor.code, 0, anchor.stderr);
    assert.equal(anchor.stdout.trimEnd().split('\n').at(-1), last.hash);
    assert.match(anchor.stdout, new RegExp(`: ${last.id}\\n`));
    assert.match(anchor.stdout, /2026-10-08T01:00:02\.000Z/);
  });

  it('exits 1 naming the record where the chain breaks', async () => {
    const dir = migratedDir();
    const appended = await appendTo(dir, 3);
    await withDatabase(dir, (db) =>
      db.transaction().execute(async (trx) => {
        await sql`alter table audit_log disable trigger audit_log_no_update_delete`.execute(trx);
        await sql`update audit_log set summary = '{"step": 9}' where id = ${appended[1]!.id}`.execute(
          trx,
        );
        await sql`alter table audit_log enable trigger audit_log_no_update_delete`.execute(trx);
      }),
    );
    const run = await sunshine(['audit', 'verify'], dir);
    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      new RegExp(
        `审计日志在第 ${appended[1]!.id} 条记录处断开 / audit chain broken at record ${appended[1]!.id}: `,
      ),
    );
  });

  it('gives usage with exit 2 for a missing or unknown subcommand, help with exit 0', async () => {
    const dir = tempDir();
    const [missing, unknown, extra, help] = await Promise.all([
      sunshine(['audit'], dir),
      sunshine(['audit', 'repair'], dir),
      sunshine(['audit', 'verify', 'now'], dir),
      sunshine(['audit', '--help'], dir),
    ]);
    for (const run of [missing, unknown, extra]) {
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /sunshine audit <verify \| anchor>/);
    }
    assert.match(unknown.stderr, /repair/);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /sunshine audit/);
  });

  it('says to migrate first when the database has no audit log table', async () => {
    const dir = migratedDir();
    await withDatabase(dir, async (db) => {
      await sql`drop table audit_log`.execute(db);
    });
    const run = await sunshine(['audit', 'verify'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /sunshine migrate/);
  });
});
