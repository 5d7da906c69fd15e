import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { sql, type Kysely } from 'kysely';
import { runSunshine, type CliRun } from '../../../test/cli.ts';
import { createTestDatabase } from '../../../test/test-database.ts';
import { enterSchedule } from '../../platform/calendar/index.ts';
import vectors from '../../platform/calendar/fixtures/working-days.json' with { type: 'json' };
import { fixedClock } from '../../platform/clock/index.ts';
import {
  acquireDataDirLock,
  connectDatabase,
  migrateToLatest,
  pgliteExtensions,
} from '../../platform/db/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { parseCommandArgs, UsageError } from '../command.ts';
import { calendarCommand, runCalendarCommand } from './calendar.ts';

const sunshine = (args: string[], env: Record<string, string> = {}) =>
  runSunshine(['calendar', ...args], env);

const created: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-calendar-'));
  created.push(dir);
  return dir;
}
after(() => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});

/** The `sunshine` process with built-in data only: no database is opened. */
const builtinProcess = (args: string[]) =>
  sunshine([...args, '--builtin'], { DATA_DIR: tempDir() });

/**
 * The same command run in this process (a process start costs seconds): output and exit code as
 * main.ts would give them, wrong usage included.
 */
async function inProcess(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let code: number;
  try {
    const { values, positionals } = parseCommandArgs(calendarCommand, ['calendar', ...args]);
    code = await runCalendarCommand(values, positionals.slice(1), {
      out: (text) => (stdout += text),
      err: (text) => (stderr += text),
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr += error.message;
    code = 2;
  }
  return { code, stdout, stderr, lines: stdout.split('\n') };
}

const builtin = (args: string[]) => inProcess([...args, '--builtin']);

/** Runs `work` with some environment variables set, as the CLI would see them. */
async function withEnv<T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** A migrated embedded data directory: unpacked from the run's template when there is one. */
async function embeddedDataDir(): Promise<string> {
  const dir = tempDir();
  const template = process.env.SUNSHINE_TEST_PGLITE_TEMPLATE;
  if (template) {
    const lite = await PGlite.create(path.join(dir, 'db'), {
      loadDataDir: new Blob([fs.readFileSync(template)]),
      extensions: pgliteExtensions,
    });
    await lite.close();
  } else {
    const handle = await connectDatabase({ dataDir: dir, command: 'test' });
    await migrateToLatest(handle.db);
    await handle.close();
  }
  return dir;
}

const provisional2027 =
  '暂定：2027 年放假安排尚未公布，按法定节假日推算 / provisional: the 2027 schedule is not published yet';

describe('sunshine calendar: the first-line contract', () => {
  it('holds for the sunshine process: is-workday, add-working-days, explain', async () => {
    const [isWorkday, added, explained, malformed] = await Promise.all([
      builtinProcess(['is-workday', '2026-02-14']),
      builtinProcess(['add-working-days', '2026-02-13', '5']),
      builtinProcess([
        'explain',
        '--from',
        '2025-03-03',
        '--days',
        '20',
        '--pause',
        '2025-03-10:2025-03-21',
      ]),
      builtinProcess(['is-workday', '2026-02-30']),
    ]);
    for (const run of [isWorkday, added, explained]) assert.equal(run.code, 0, run.stderr);
    assert.equal(isWorkday.lines[0], 'true');
    assert.equal(added.lines[0], '2026-02-27');
    assert.equal(explained.lines[0], '2025-04-14');
    assert.equal(malformed.code, 2);
    assert.equal(malformed.stdout, '');
    assert.match(malformed.stderr, /<date>: .*"2026-02-30"/);
    assert.match(malformed.stderr, /sunshine calendar is-workday <date>/);
  });

  it('is-workday prints true or false on its first line', async () => {
    const [saturdayWorked, holiday] = await Promise.all([
      builtin(['is-workday', '2026-02-14']),
      builtin(['is-workday', '2026-02-16']),
    ]);
    assert.equal(saturdayWorked.code, 0, saturdayWorked.stderr);
    assert.equal(saturdayWorked.lines[0], 'true');
    assert.match(saturdayWorked.lines[1]!, /^2026-02-14 星期六 春节调休上班/);
    assert.equal(holiday.lines[0], 'false');
    assert.match(saturdayWorked.stderr, /built-in data only/);
  });

  it('add-working-days prints the date on its first line, then the explanation', async () => {
    const run = await builtin(['add-working-days', '2026-02-13', '5']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.lines[0], '2026-02-27');
    assert.doesNotMatch(run.lines[1]!, /暂定/);
    assert.ok(run.lines.includes('第 5 个工作日：2026-02-27（星期五）'), run.stdout);
    assert.ok(run.lines.some((l) => l.startsWith('2026-02-15 至 2026-02-23 春节放假 9 天')));
  });

  it('explain prints the due date of a count with a pause, then how it was reached', async () => {
    const run = await builtin([
      'explain',
      '--from',
      '2025-03-03',
      '--days',
      '20',
      '--pause',
      '2025-03-10:2025-03-21',
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.lines[0], '2025-04-14');
    assert.equal(run.lines[1], '起算日 2025-03-03（星期一），当日不计；期限 20 个工作日');
    assert.equal(
      run.lines[2],
      '暂停 2025-03-10 至 2025-03-20，2025-03-21 恢复计时：其间 9 个工作日不计入',
    );
    assert.match(run.lines[3]!, /^2025-04-04 至 2025-04-06 清明放假 3 天/);
    assert.match(run.stdout, /日历版本 calendar version: cal-[0-9a-f]{16}/);
  });

  for (const vector of vectors.foiDeadline) {
    const pauses = ('pauses' in vector ? vector.pauses : []) as string[][];
    it(`explain agrees with the vector: received ${vector.receivedOn}, ${pauses.length} pause(s), due ${vector.dueOn}`, async () => {
      // 条例第33条: 20 working days.
      const args = ['explain', '--from', vector.receivedOn, '--days', '20'];
      for (const [p, r] of pauses) args.push('--pause', `${p}:${r}`);
      const run = await builtin(args);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.lines[0], vector.dueOn);
    });
  }

  it('working-days-between prints the count, start excluded and end included', async () => {
    const run = await builtin(['working-days-between', '2025-03-03', '2025-03-31']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.lines[0], '20');
  });
});

describe('sunshine calendar: provisional answers', () => {
  it('says so on the second line, naming the year', async () => {
    const [added, holiday, between] = await Promise.all([
      builtin(['add-working-days', '2026-12-31', '1']),
      builtin(['is-workday', '2027-01-01']),
      builtin(['working-days-between', '2026-12-01', '2028-01-10']),
    ]);
    assert.equal(added.code, 0, added.stderr);
    assert.deepEqual(added.lines.slice(0, 2), ['2027-01-04', provisional2027]);
    assert.deepEqual(holiday.lines.slice(0, 2), ['false', provisional2027]);
    assert.equal(
      between.lines[1],
      '暂定：2027、2028 年放假安排尚未公布，按法定节假日推算 / provisional: the 2027, 2028 schedules are not published yet',
    );
  });

  it('with --strict refuses instead, naming the year, exit 2', async () => {
    const [refused, answered] = await Promise.all([
      builtinProcess(['add-working-days', '2026-12-31', '1', '--strict']),
      builtin(['add-working-days', '2026-12-30', '1', '--strict']),
    ]);
    assert.equal(refused.code, 2);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /拒绝（--strict）：结果依赖尚未公布的 2027 年放假安排/);
    assert.equal(answered.code, 0, answered.stderr);
    assert.equal(answered.lines[0], '2026-12-31');
  });
});

describe('sunshine calendar: wrong usage exits 2 naming the argument', () => {
  const cases: [string[], RegExp][] = [
    [['is-workday', '2026-02-30'], /<date>: .*"2026-02-30"/],
    [['add-working-days', '2026-02-13', 'five'], /<days>: .*"five"/],
    [['add-working-days', '2026/02/13', '5'], /<date>: .*"2026\/02\/13"/],
    [['explain', '--from', '2025-3-3', '--days', '20'], /--from: .*"2025-3-3"/],
    [['explain', '--from', '2025-03-03'], /--days is required/],
    [
      ['explain', '--from', '2025-03-03', '--days', '20', '--pause', '2025-03-10'],
      /--pause must be PAUSED:RESUMED/,
    ],
    [
      ['explain', '--from', '2025-03-03', '--days', '20', '--pause', '2025-03-21:2025-03-10'],
      /resume date must be after/,
    ],
    [['is-workday'], /<date> is required/],
    [['is-workday', '2026-02-14', 'extra'], /unexpected: extra/],
    [['leap-year', '2026'], /unknown subcommand: leap-year/],
    [['is-workday', '1999-01-01'], /1999/],
  ];
  for (const [args, message] of cases) {
    it(`sunshine calendar ${args.join(' ')}`, async () => {
      const run = await builtin(args);
      assert.equal(run.code, 2, run.stdout);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
    });
  }
});

describe('sunshine calendar: the database', () => {
  it('exits 2 naming the lock while another process holds the embedded database', async () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir, 'sunshine serve');
    try {
      const run = await sunshine(['is-workday', '2026-02-14'], { DATA_DIR: dir });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /sunshine\.lock/);
    } finally {
      lock.release();
    }
  });

  it('answers from the entries an administrator made: 2027 official once entered', async () => {
    // The run's own database kind: a PostgreSQL database of this file, or an embedded data
    // directory. The command runs in this process, reading DATABASE_URL / DATA_DIR as the CLI does.
    let env: Record<string, string>;
    let withDb: (work: (db: Kysely<unknown>) => Promise<void>) => Promise<void>;
    let close = async () => {};
    if (process.env.TEST_DATABASE_URL) {
      const database = await createTestDatabase();
      env = { DATABASE_URL: database.url! };
      withDb = (work) => work(database.db);
      close = () => database.close();
    } else {
      const dir = await embeddedDataDir();
      env = { DATABASE_URL: '', DATA_DIR: dir };
      withDb = async (work) => {
        const handle = await connectDatabase({ dataDir: dir, command: 'test' });
        try {
          await work(handle.db);
        } finally {
          await handle.close();
        }
      };
    }
    const fromDatabase = (args: string[]) => withEnv(env, () => inProcess(args));
    try {
      const before = await fromDatabase(['add-working-days', '2027-02-04', '1']);
      assert.equal(before.code, 0, before.stderr);
      assert.deepEqual(before.lines.slice(0, 2), ['2027-02-11', provisional2027]);

      await withDb(async (db) => {
        await enterSchedule(db, fixedClock('2026-11-20T02:00:00Z'), systemContext('admin'), {
          year: 2027,
          sourceDocument: '测试〔2026〕3号',
          days: ['05', '06', '07', '08', '09', '10', '11', '12'].map((d) => ({
            date: `2027-02-${d}`,
            kind: 'holiday' as const,
            name: '春节',
          })),
          complete: true,
        });
      });
      const entered = await fromDatabase(['add-working-days', '2027-02-04', '1', '--strict']);
      assert.equal(entered.code, 0, entered.stderr);
      assert.equal(entered.lines[0], '2027-02-15');
      assert.doesNotMatch(entered.stdout, /暂定/);
      assert.match(entered.stdout, /管理员录入，测试〔2026〕3号/);

      await withDb(async (db) => {
        await sql`drop table calendar_years`.execute(db);
      });
      const unmigrated = await fromDatabase(['is-workday', '2026-02-14']);
      assert.equal(unmigrated.code, 1);
      assert.match(unmigrated.stderr, /sunshine migrate/);
    } finally {
      await close();
    }
  });
});
