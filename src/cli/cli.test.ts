// test-run: embedded-only — it spawns `sunshine` on data directories of its own (scripts/run-tests.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { runSunshine } from '../../test/cli.ts';
import { acquireDataDirLock, connectDatabase } from '../platform/db/index.ts';

const sunshine = runSunshine;

const made: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-cli-'));
  made.push(dir);
  return dir;
};
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the sunshine command', () => {
  it('lists its commands and gives help on each', async () => {
    const overview = await sunshine(['--help']);
    assert.equal(overview.code, 0);
    const names = ['serve', 'migrate', 'seed-demo', 'version'];
    const helps = await Promise.all(names.map((name) => sunshine([name, '--help'])));
    names.forEach((name, i) => {
      assert.match(overview.stdout, new RegExp(`\\b${name}\\b`));
      assert.equal(helps[i]!.code, 0, name);
      assert.match(helps[i]!.stdout, new RegExp(`sunshine ${name}`));
    });
  });

  it('refuses an unknown command or option with exit code 2', async () => {
    assert.equal((await sunshine(['frobnicate'])).code, 2);
    const bad = await sunshine(['migrate', '--nope']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--nope/);
  });

  it('prints its version', async () => {
    const run = await sunshine(['version']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^sunshine \d+\.\d+\.\d+/);
  });

  it('exits non-zero naming PORT when PORT is not a number', async () => {
    const run = await sunshine(['serve'], { PORT: 'abc', DATA_DIR: tempDir() });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /PORT: .*"abc"/);
  });

  it('exits 2 naming the lock when another process holds the embedded database', async () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir, 'sunshine serve');
    try {
      for (const command of ['migrate', 'serve']) {
        const run = await sunshine([command], { DATA_DIR: dir });
        assert.equal(run.code, 2, command);
        assert.ok(run.stderr.includes(dir), run.stderr);
        assert.match(run.stderr, new RegExp(`${process.pid}`));
        assert.match(run.stderr, /sunshine\.lock/);
      }
    } finally {
      lock.release();
    }
  });

  it('loads the demo county idempotently, marked as demo', async () => {
    const dir = tempDir();
    const first = await sunshine(['seed-demo'], { DATA_DIR: dir });
    assert.equal(first.code, 0, first.stderr);
    const second = await sunshine(['seed-demo'], { DATA_DIR: dir });
    assert.equal(second.code, 0, second.stderr);
    const handle = await connectDatabase({ dataDir: dir, command: 'test' });
    try {
      const { rows } = await sql<{ regionCode: string; isDemo: boolean }>`
        select region_code, is_demo from settings`.execute(handle.db);
      assert.deepEqual(rows, [{ regionCode: '210423', isDemo: true }]);
    } finally {
      await handle.close();
    }
    assert.equal(fs.existsSync(path.join(dir, 'sunshine.lock')), false);
  });
});
