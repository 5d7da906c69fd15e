import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

/** Runs `sunshine …` as a user would (bin/sunshine.js), on the embedded database unless `env` says otherwise. */
export function runSunshine(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/sunshine.js', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr, lines: stdout.split('\n') }));
  });
}

/** Temporary directories that `removeAll` deletes (call it from `after`). */
export function tempDirs(prefix: string) {
  const made: string[] = [];
  return {
    make(): string {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
      made.push(dir);
      return dir;
    },
    removeAll(): void {
      for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Makes `dataDir` hold the demo county, as `sunshine seed-demo` would: from the run's demo
 * template when there is one (seconds, not a minute), else by running the command.
 */
export async function demoDataDir(dataDir: string): Promise<void> {
  const template = process.env.SUNSHINE_TEST_PGLITE_DEMO_TEMPLATE;
  if (!template) {
    const seeded = await runSunshine(['seed-demo'], { DATA_DIR: dataDir });
    if (seeded.code !== 0) throw new Error(seeded.stderr);
    return;
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pgliteExtensions } = await import('../src/platform/db/index.ts');
  const lite = await PGlite.create(path.join(dataDir, 'db'), {
    loadDataDir: new Blob([fs.readFileSync(template)]),
    extensions: pgliteExtensions,
  });
  await lite.close();
}
