/**
 * `npm test`: finds every *.test.ts under src/ and test/, prepares one migrated database template
 * for the run (PGlite by default, PostgreSQL when TEST_DATABASE_URL is set), runs node:test over
 * the explicit file list with TZ=UTC (TEST_TZ=Asia/Shanghai runs it in Beijing time instead: dates
 * must not depend on the process time zone), and removes what it created. No test file found is a
 * failure.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { connectDatabase, migrateToLatest } from '../src/platform/db/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const runId = `${Date.now().toString(36)}${crypto.randomBytes(2).toString('hex')}`;

function findTestFiles(filter: string[]): string[] {
  const files = ['src', 'test']
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .map((f) => path.join(dir, f)),
    )
    .filter((f) => f.endsWith('.test.ts') || f.endsWith('.test.tsx'))
    .sort();
  return filter.length === 0 ? files : files.filter((f) => filter.some((part) => f.includes(part)));
}

/**
 * Files that say `test-run: embedded-only` near their top spawn the CLI on embedded data
 * directories of their own whatever the run's database is: the PostgreSQL run would repeat them
 * exactly, so it leaves them to the PGlite run.
 */
function embeddedOnly(file: string): boolean {
  return fs
    .readFileSync(path.join(root, file), 'utf8')
    .slice(0, 600)
    .includes('test-run: embedded-only');
}

function databaseUrlWithName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** The tests' environment: the time zone under test. */
function testEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra, TZ: process.env.TEST_TZ ?? 'UTC', NODE_ENV: 'test' };
}

/** Seeds the demo county once into a template (test/demo-template.ts), in the tests' time zone. */
async function buildDemoTemplate(args: string[]): Promise<void> {
  const script = path.join(root, 'test', 'demo-template.ts');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: testEnv(),
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`seeding the demo template failed (${code})`)),
    );
  });
}

async function preparePostgres(
  url: string,
): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const prefix = `sunshine_test_${runId}`;
  const template = `${prefix}_tpl`;
  const admin = await connectDatabase({ databaseUrl: url, poolSize: 1 });
  await sql`create database ${sql.id(template)}`.execute(admin.db);
  const tpl = await connectDatabase({
    databaseUrl: databaseUrlWithName(url, template),
    poolSize: 1,
  });
  await migrateToLatest(tpl.db);
  await tpl.close();
  const demo = `${prefix}_demo`;
  await sql`create database ${sql.id(demo)} template ${sql.id(template)}`.execute(admin.db);
  await buildDemoTemplate(['--postgres', databaseUrlWithName(url, demo)]);
  return {
    env: {
      SUNSHINE_TEST_PG_TEMPLATE: template,
      SUNSHINE_TEST_PG_DEMO_TEMPLATE: demo,
      SUNSHINE_TEST_PG_PREFIX: prefix,
    },
    async cleanup() {
      const { rows } = await sql<{
        datname: string;
      }>`select datname from pg_database where datname like ${prefix + '%'}`.execute(admin.db);
      for (const { datname } of rows)
        await sql`drop database if exists ${sql.id(datname)} with (force)`.execute(admin.db);
      await admin.close();
    },
  };
}

async function preparePglite(): Promise<{
  env: Record<string, string>;
  cleanup: () => Promise<void>;
}> {
  const dir = path.join(root, '.test-tmp', runId);
  fs.mkdirSync(dir, { recursive: true });
  const handle = await connectDatabase({ memory: true });
  await migrateToLatest(handle.db);
  const dump = await handle.dump!();
  await handle.close();
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  const demoFile = path.join(dir, 'demo-template.tar');
  await buildDemoTemplate([file, demoFile]);
  return {
    env: {
      SUNSHINE_TEST_PGLITE_TEMPLATE: file,
      SUNSHINE_TEST_PGLITE_DEMO_TEMPLATE: demoFile,
      SUNSHINE_TEST_TMP: dir,
    },
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function main(): Promise<number> {
  const url = process.env.TEST_DATABASE_URL;
  const found = findTestFiles(process.argv.slice(2));
  const files = url ? found.filter((f) => !embeddedOnly(f)) : found;
  if (found.length === 0) {
    process.stderr.write('No test files found (src/**/*.test.ts, test/**/*.test.ts): failing.\n');
    return 1;
  }
  process.stdout.write(
    `Database: ${url ? 'PostgreSQL (TEST_DATABASE_URL)' : 'PGlite (embedded)'}; ` +
      `TZ=${process.env.TEST_TZ ?? 'UTC'}; ${files.length} test files` +
      (found.length > files.length
        ? ` (${found.length - files.length} embedded-only left out)`
        : '') +
      '\n',
  );
  if (files.length === 0) return 0;
  const prepared = url ? await preparePostgres(url) : await preparePglite();
  try {
    return await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
        {
          cwd: root,
          stdio: 'inherit',
          env: testEnv(prepared.env),
        },
      );
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    await prepared.cleanup();
  }
}

process.exitCode = await main();
