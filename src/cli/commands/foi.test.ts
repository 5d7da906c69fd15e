import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { runSunshine, tempDirs, type CliRun } from '../../../test/cli.ts';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import {
  computeAnnualReport,
  receiveRequest,
  replyToRequest,
  type ApplicationInput,
} from '../../modules/foi/index.ts';
import { parseCommandArgs, UsageError } from '../command.ts';
import { foiCommand, runFoiCommand } from './foi.ts';

let database: TestDatabase;
const dirs = tempDirs('sunshine-foi');

const application: ApplicationInput = {
  applicant: {
    type: 'person',
    name: '张三',
    idType: 'resident_id',
    idNumber: '11010519491231002X',
    phone: '13800000000',
  },
  description: '请公开本县2025年城乡低保资金发放情况',
  form: 'electronic',
  delivery: 'online',
};

before(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const clock = fixedClock('2025-12-31T10:00:00+08:00');
  const ctx = systemContext('foi-cli-test');
  const county = await createTestOrg(db, 'cli-county');
  const bureau = await createTestOrg(db, 'cli-bureau', county);
  const receive = (orgId: number, receivedOn: string) =>
    receiveRequest(db, clock, ctx, application, { channel: 'post', receivedOn, orgId });
  const replied = await receive(bureau, '2025-03-03');
  await replyToRequest(db, clock, ctx, replied.trackingNumber, {
    on: '2025-03-20',
    outcome: '予以公开',
    legalBasis: '',
    text: '现予公开。',
  });
  await receive(county, '2025-06-02');
  await receive(county, '2024-06-03');
});
after(async () => {
  await database.close();
  dirs.removeAll();
});

/** The command run in this process on the test database, as main.ts would run it. */
async function foi(args: string[], terminal = false): Promise<CliRun & { bytes: Buffer }> {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  let code: number;
  try {
    const { values, positionals } = parseCommandArgs(foiCommand, args);
    code = await runFoiCommand(
      values,
      positionals,
      {
        out: (text) => (stdout += text),
        err: (text) => (stderr += text),
        bytes: (data) => bytes.push(data),
        terminal,
      },
      // The test's database stays open for the next run.
      async () => ({ ...database, close: async () => undefined }),
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr += error.message;
    code = 2;
  }
  return { code, stdout, stderr, lines: stdout.split('\n'), bytes: Buffer.concat(bytes) };
}

describe('sunshine foi annual-report', () => {
  it('prints the JSON of the API, pretty-printed, exit 0 when every check passes', async () => {
    const run = await foi(['annual-report', '--year', '2025', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const report = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(report).slice(0, 4), [
      'year',
      'applications',
      'reviews',
      'checks',
    ]);
    assert.deepEqual(
      report,
      JSON.parse(JSON.stringify(await computeAnnualReport(database.db, 2025))),
    );
    assert.equal(run.stdout, `${JSON.stringify(report, null, 2)}\n`);
    const row = (label: string) =>
      report.applications.rows.find((r: { label: string }) => r.label === label).values;
    assert.equal(row('一、本年新收政府信息公开申请数量').at(-1), 2);
    assert.equal(row('二、上年结转政府信息公开申请数量').at(-1), 1);
    assert.equal(row('（一）予以公开').at(-1), 1);
    assert.equal(report.reviews.values.length, 15);
  });

  it('limits the count to an org and the orgs under it with --org', async () => {
    const run = await foi([
      'annual-report',
      '--year',
      '2025',
      '--format',
      'json',
      '--org',
      'cli-bureau',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.applications.rows[0].values, [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(report.applications.rows[1].values.at(-1), 0);
    const html = await foi([
      'annual-report',
      '--year',
      '2025',
      '--format',
      'html',
      '--org',
      'cli-bureau',
    ]);
    assert.match(html.stdout, /<h1>测试机构 cli-bureau2025年政府信息公开工作年度报告<\/h1>/);
    assert.match(html.stdout, /统计范围：测试机构 cli-bureau及其下属机构/);
  });

  it('prints the printable report with --format html', async () => {
    const run = await foi(['annual-report', '--year', '2025', '--format', 'html']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^<!doctype html>/);
    assert.match(run.stdout, /<h2>三、收到和处理政府信息公开申请情况<\/h2>/);
    assert.match(run.stdout, /阳光政务平台2025年政府信息公开工作年度报告/);
  });

  it('refuses wrong usage with exit 2 and a message in both languages', async () => {
    const cases: [string[], RegExp][] = [
      [[], /缺少子命令 \/ missing subcommand: annual-report/],
      [['report'], /未知子命令 \/ unknown subcommand: report/],
      [['annual-report', '--format', 'json'], /缺少 --year \/ --year is required/],
      [
        ['annual-report', '--year', '25', '--format', 'json'],
        /--year must be a year from 2008 to 2100, got "25"/,
      ],
      [['annual-report', '--year', '2025'], /--format is required: json, html or docx/],
      [
        ['annual-report', '--year', '2025', '--format', 'pdf'],
        /应为 json、html 或 docx .* got "pdf"/,
      ],
      [
        ['annual-report', '--year', '2025', '--format', 'json', '--org', 'nope'],
        /没有代码为 nope 的机构 \/ no org with code nope/,
      ],
      [
        ['annual-report', '--year', '2025', '--format', 'json', '--org', 'a b'],
        /--org must be an org code/,
      ],
      [['annual-report', '--yaer', '2025'], /yaer/],
    ];
    for (const [args, message] of cases) {
      const run = await foi(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stdout, '', args.join(' '));
      assert.match(run.stderr, message);
    }
  });

  it('writes the Word file with --format docx, but not onto a terminal', async () => {
    const run = await foi(['annual-report', '--year', '2025', '--format', 'docx']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.bytes.subarray(0, 4).toString('binary'), 'PK\u0003\u0004');
    const terminal = await foi(['annual-report', '--year', '2025', '--format', 'docx'], true);
    assert.equal(terminal.code, 2);
    assert.equal(terminal.bytes.length, 0);
    assert.match(terminal.stderr, /redirect it to a file, e.g. > report.docx/);
  });

  it('still prints the report when a check fails, names the failures on stderr, exit 1', async () => {
    // A reply whose outcome is not one of the report's rows: checks (b) and (d) must catch it.
    await sql`update foi_requests set outcome = '未分类' where outcome = '予以公开'`.execute(
      database.db,
    );
    const run = await foi(['annual-report', '--year', '2025', '--format', 'json']);
    assert.equal(run.code, 1);
    assert.equal(JSON.parse(run.stdout).year, 2025);
    assert.match(
      run.stderr,
      /勾稽校验未通过 \/ check failed: \(d\) 每件申请只有一个办理结果: 1 件申请的办理结果不在报表分类中/,
    );
    assert.match(run.stderr, /check failed: \(b\)/);
  });

  it('is a command of the sunshine process: wrong usage there exits 2 with the help', async () => {
    const run = await runSunshine(['foi', 'annual-report', '--year', '2025', '--format', 'xml'], {
      DATA_DIR: dirs.make(),
    });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /--format must be json, html or docx, got "xml"/);
    assert.match(
      run.stderr,
      /sunshine foi annual-report --year <YYYY> --format <json \| html \| docx>/,
    );
  });
});
