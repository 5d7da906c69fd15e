// test-run: embedded-only — it spawns `sunshine` on data directories of its own (scripts/run-tests.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoDataDir, runSunshine } from '../../../test/cli.ts';

const sunshine = runSunshine;

describe('sunshine user and sunshine token', () => {
  const env = { DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-accounts-cli-')) };
  after(() => fs.rmSync(env.DATA_DIR, { recursive: true, force: true }));
  // The demo county (the run's demo template; `sunshine seed-demo` itself is tested in cli.test.ts).
  before(() => demoDataDir(env.DATA_DIR));

  it('leaves the demo data with an intact audit chain (sunshine audit verify)', async () => {
    const run = await sunshine(['audit', 'verify'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /audit chain intact: \d+ records/);
  });

  it('creates a token and prints it alone on the last line', async () => {
    const run = await sunshine(
      ['token', 'create', '--org', 'mzj', '--scope', 'supervision:write,foi:read'],
      env,
    );
    assert.equal(run.code, 0, run.stderr);
    const last = run.stdout.trimEnd().split('\n').at(-1)!;
    assert.match(last, /^sst_[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a token for an org that does not exist', async () => {
    const run = await sunshine(
      ['token', 'create', '--org', 'nope', '--scope', 'supervision:write'],
      env,
    );
    assert.equal(run.code, 1);
    assert.match(run.stderr, /nope/);
  });

  it('creates, grants, resets and disables an account', async () => {
    const created = await sunshine(
      [
        'user',
        'create',
        '--username',
        'wang.wu',
        '--name',
        '王五',
        '--org',
        'jyj',
        '--role',
        'department_officer',
      ],
      env,
    );
    assert.equal(created.code, 0, created.stderr);
    const temporary = created.stdout.trimEnd().split('\n').at(-1)!;
    assert.ok(temporary.length >= 10);
    assert.equal(
      (
        await sunshine(
          ['user', 'grant', '--username', 'wang.wu', '--role', 'leader', '--org', '210423'],
          env,
        )
      ).code,
      0,
    );
    const reset = await sunshine(['user', 'reset-password', '--username', 'wang.wu'], env);
    assert.equal(reset.code, 0);
    assert.notEqual(reset.stdout.trimEnd().split('\n').at(-1), temporary);
    assert.equal((await sunshine(['user', 'disable', '--username', 'wang.wu'], env)).code, 0);
  });

  it('explains a wrong role with exit code 2', async () => {
    const run = await sunshine(
      ['user', 'grant', '--username', 'admin', '--role', 'king', '--org', '210423'],
      env,
    );
    assert.equal(run.code, 2);
    assert.match(run.stderr, /king/);
  });
});
