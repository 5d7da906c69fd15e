import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { isAppError } from '../errors/index.ts';
import { acquireDataDirLock, lockFileOf } from './index.ts';

const made: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-lock-'));
  made.push(dir);
  return dir;
}
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('acquireDataDirLock', () => {
  it('refuses a second holder, naming the directory and the process', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir, 'sunshine serve');
    try {
      assert.throws(
        () => acquireDataDirLock(dir, 'sunshine migrate'),
        (error: unknown) =>
          isAppError(error) &&
          error.code === 'database_locked' &&
          error.message.includes(dir) &&
          error.message.includes(String(process.pid)) &&
          error.message.includes('sunshine serve'),
      );
    } finally {
      lock.release();
    }
  });

  it('is free again once released', () => {
    const dir = tempDir();
    acquireDataDirLock(dir, 'first').release();
    assert.equal(fs.existsSync(lockFileOf(dir)), false);
    acquireDataDirLock(dir, 'second').release();
  });

  it('takes over a lock left by a process that has died', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const pid = Number(dead.stdout.toString());
    fs.writeFileSync(
      lockFileOf(dir),
      JSON.stringify({
        pid,
        host: os.hostname(),
        command: 'crashed',
        since: '2026-01-01T00:00:00Z',
      }),
    );
    const lock = acquireDataDirLock(dir, 'sunshine serve');
    assert.equal(JSON.parse(fs.readFileSync(lockFileOf(dir), 'utf8')).pid, process.pid);
    lock.release();
  });
});
