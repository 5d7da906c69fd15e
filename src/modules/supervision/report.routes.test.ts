import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.ts';
import { systemContext } from '../../platform/http/index.ts';
import { ingestCheckpoints } from './ingest.service.ts';
import { processCheckpoints } from './processor.ts';
import { supervisionSummary } from './summary.service.ts';

/** One file of a zip archive (a .docx), read from the central directory and inflated. */
function unzipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'no end of central directory: not a zip');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra;
  }
  throw new Error(`${name} is not in the archive`);
}

const event = (
  matterId: string,
  kind: string,
  day: string,
  extra: Record<string, unknown> = {},
) => ({
  source: 'rpt-sys',
  eventId: `${matterId}-${kind}`,
  matterType: 'approval',
  matterId,
  org: 'rpt-org',
  itemCode: 'RPT-1',
  kind,
  at: `2026-07-${day}T10:00:00+08:00`,
  ...extra,
});
const accepted = (matterId: string, day: string, promisedDays: number) =>
  event(matterId, 'accepted', day, { promisedDays, statutoryDays: 20, limitUnit: 'working' });

describe('/staff/supervision/reports/monthly', () => {
  let t: TestApp;
  let supervisor: string;
  let clerk: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    const db = t.database.db as Kysely<unknown>;
    const { rows } = await sql<{ id: number }>`select id from accounts_orgs
      where code = '210423'`.execute(db);
    await createTestOrg(db, 'rpt-org', rows[0]!.id);
    // July 2026 (1 July a Wednesday): A early, B late, C open past due, D returned without a
    // reason, E refused without a reason.
    const report = await ingestCheckpoints(db, t.clock, systemContext(), [
      accepted('A', '01', 5),
      event('A', 'completed', '03'),
      accepted('B', '06', 2),
      event('B', 'completed', '20'),
      accepted('C', '20', 3),
      accepted('D', '10', 5),
      event('D', 'returned', '13'),
      event('E', 'refused', '15'),
    ]);
    assert.deepEqual(report.rejected, []);
    await processCheckpoints(db, t.clock);
    // A warning raised in July on B (a yellow card by now) and one in August on C.
    await sql`insert into supervision_warnings
        (supervised_id, org_id, rule, severity, stage, checkpoint_id, raised_on, created_at, updated_at)
      select m.id, m.org_id, 'step_overrun', 'low', w.stage, 990001, w.raised_on::date, now(), now()
      from supervision_matters m
      join (values ('B', 'yellow_card', '2026-07-09'), ('C', 'notice', '2026-08-01'))
        as w (matter_id, stage, raised_on) on w.matter_id = m.matter_id
      where m.source = 'rpt-sys'`.execute(db);
    supervisor = await signIn(t.app, 'jiancha', 'Sunshine-jiancha-2026');
    clerk = await signIn(t.app, 'qingyuan', 'Sunshine-qingyuan-2026');
  });
  after(() => t.close());

  const open = (url: string, cookie = supervisor) => t.app.inject({ url, headers: { cookie } });

  it("shows an org's month with the summary service's figures, each with its definition", async () => {
    const expected = await supervisionSummary(t.database.db, t.clock, {
      from: '2026-07-01',
      to: '2026-07-31',
      orgCode: 'rpt-org',
    });
    // Computed by hand from the events above.
    assert.deepEqual(expected, {
      accepted: 4,
      completed: 2,
      completionRate: 0.5,
      onTime: 1,
      onTimeRate: 0.5,
      early: 1,
      earlyRate: 0.5,
      overdueCompleted: 1,
      overdueOpen: 1,
      returned: 1,
      returnedWithoutReason: 1,
      refused: 1,
      lights: { green: 0, yellow: 0, red: 1 },
    });
    const page = await open('/staff/supervision/reports/monthly?month=2026-07&org=rpt-org');
    assert.equal(page.statusCode, 200);
    const body = page.body;
    assert.match(body, /测试机构 rpt-org2026年7月电子监察月报/);
    const row = (label: string, value: string) =>
      new RegExp(`<th scope="row">${label}</th><td>${value}</td><td>[^<]+</td>`);
    assert.match(body, row('受理件数', '4'));
    assert.match(body, row('办结件数', '2'));
    assert.match(body, row('办结率', '50.00%'));
    assert.match(body, row('按时办结件数', '1'));
    assert.match(body, row('提前办结件数', '1'));
    assert.match(body, row('超期办结件数', '1'));
    assert.match(body, row('在办超期件数', '1'));
    assert.match(body, row('无故退回件数', '1'));
    assert.match(body, row('不予受理件数', '1'));
    assert.match(body, row('红灯（在办）', '1'));
    assert.match(body, /按时办结件数 ÷ 办结件数/);
    // The lists behind the overdue and no-reason figures.
    assert.match(body, /在办超期（至 2026-07-31 仍未办结且已过承诺办结日）（1）/);
    assert.match(
      body,
      /<th scope="row">C<\/th><td>行政审批<\/td><td>测试机构 rpt-org<\/td><td>RPT-1<\/td><td>2026-07-20<\/td><td>2026-07-23<\/td>/,
    );
    assert.match(
      body,
      /<th scope="row">B<\/th><td>行政审批<\/td><td>测试机构 rpt-org<\/td><td>RPT-1<\/td><td>2026-07-06<\/td><td>2026-07-08<\/td><td>2026-07-20<\/td>/,
    );
    assert.match(body, /无理由退回（1）/);
    assert.match(body, /<th scope="row">E<\/th>/);
    assert.match(body, /<caption>各责任单位指标（有办件的单位）<\/caption>/);
    assert.match(
      body,
      /href="\/staff\/supervision\/reports\/monthly\.docx\?month=2026-07&amp;org=rpt-org"/,
    );
    // The warnings raised in July (the rules' own, if any, and the yellow card above), by stage.
    const { rows } = await sql<{ stage: string; n: number }>`select stage, count(*)::int as n
      from supervision_warnings w join accounts_orgs o on o.id = w.org_id
      where o.code = 'rpt-org' and w.raised_on between '2026-07-01' and '2026-07-31'
      group by stage`.execute(t.database.db);
    const total = rows.reduce((n, r) => n + r.n, 0);
    assert.ok(total >= 1);
    assert.match(body, new RegExp(`本月共产生预警 ${total} 条`));
    const yellow = rows.find((r) => r.stage === 'yellow_card')!.n;
    assert.match(body, new RegExp(`<th scope="row">黄牌</th><td>${yellow}</td>`));
    assert.doesNotMatch(body, /<th scope="row">提示<\/th>/);
  });

  it("gives the county's figures the summary's for the whole county", async () => {
    const county = await supervisionSummary(t.database.db, t.clock, {
      from: '2026-07-01',
      to: '2026-07-31',
    });
    const page = await open('/staff/supervision/reports/monthly?month=2026-07');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /清原满族自治县2026年7月电子监察月报/);
    assert.match(page.body, new RegExp(`<th scope="row">受理件数</th><td>${county.accepted}</td>`));
    assert.match(
      page.body,
      new RegExp(`<th scope="row">在办超期件数</th><td>${county.overdueOpen}</td>`),
    );
    assert.match(
      page.body,
      /<th scope="row">测试机构 rpt-org<\/th><td>4<\/td><td>2<\/td><td>50\.00%<\/td>/,
    );
  });

  it('is a Word file with the county name and the figures', async () => {
    const response = await open('/staff/supervision/reports/monthly.docx?month=2026-07');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /wordprocessingml/);
    const docx = response.rawPayload;
    assert.equal(docx.subarray(0, 4).toString('binary'), 'PK\u0003\u0004');
    const xml = unzipEntry(docx, 'word/document.xml');
    assert.match(xml, /清原满族自治县2026年7月电子监察月报/);
    assert.match(xml, /受理件数/);
    assert.match(xml, /测试机构 rpt-org/);
    // The org's row in the table per org: 4 accepted, 2 completed, 50.00%.
    assert.match(xml, /测试机构 rpt-org<\/w:t>.*?>4<\/w:t>.*?>2<\/w:t>.*?>50\.00%<\/w:t>/s);
    const org = await open('/staff/supervision/reports/monthly.docx?month=2026-07&org=rpt-org');
    const orgXml = unzipEntry(org.rawPayload, 'word/document.xml');
    assert.match(orgXml, /测试机构 rpt-org2026年7月电子监察月报/);
    assert.match(orgXml, /在办超期件数<\/w:t>.*?>1<\/w:t>/s);
  });

  it('refuses a bad month or an unknown org with 422 naming the field', async () => {
    const month = await open('/staff/supervision/reports/monthly?month=2026-13');
    assert.equal(month.statusCode, 422);
    assert.match(month.body, /月份：请按 YYYY-MM 填写/);
    assert.match(month.body, /value="2026-13"/);
    const org = await open('/staff/supervision/reports/monthly?month=2026-07&org=nowhere');
    assert.equal(org.statusCode, 422);
    assert.match(org.body, /单位：没有代码为 nowhere 的在用单位/);
    const docx = await open('/staff/supervision/reports/monthly.docx?month=July');
    assert.equal(docx.statusCode, 422);
  });

  it("keeps a township clerk to the township's own report", async () => {
    const own = await open('/staff/supervision/reports/monthly?month=2026-07', clerk);
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /清原镇2026年7月电子监察月报/);
    assert.doesNotMatch(own.body, /全县/);
    const other = await open('/staff/supervision/reports/monthly?month=2026-07&org=rpt-org', clerk);
    assert.equal(other.statusCode, 422);
  });
});
