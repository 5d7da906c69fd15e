import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors/index.ts';

/**
 * One process per PGlite data directory: two writers corrupt it (ARCHITECTURE.md §4).
 * The lock is a file holding the owner's pid; a lock left by a dead process is taken over.
 */
export interface DataDirLock {
  release(): void;
}

interface LockOwner {
  pid: number;
  host: string;
  command: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

export function lockFileOf(dir: string): string {
  return path.join(dir, 'sunshine.lock');
}

/** Takes the lock on `dir` or throws `unavailable` / `database_locked` naming the holder. */
export function acquireDataDirLock(dir: string, command: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = lockFileOf(dir);
  const me: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    command,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      return {
        release() {
          if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      const held = owner && (owner.host !== me.host || isAlive(owner.pid));
      if (held) {
        throw new AppError(
          'unavailable',
          'database_locked',
          `数据目录 ${dir} 正被进程 ${owner.pid}（${owner.command}，自 ${owner.since} 起）使用；` +
            `嵌入式数据库只允许一个进程。请先停止该进程，或设置 DATA_DIR 使用另一目录。\n` +
            `The data directory ${dir} is locked by process ${owner.pid} (${owner.command}, since ${owner.since}); ` +
            `lock file ${file}. Stop that process or point DATA_DIR elsewhere.`,
          { dir, pid: owner.pid, lockFile: file },
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('unavailable', 'database_locked', `Could not lock ${file}`);
}
