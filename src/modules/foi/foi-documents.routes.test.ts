import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';

describe('reply letters and the annual report’s written parts', () => {
  let t: TestApp;
  let admin: string;
  let replied: string;
  let open: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    admin = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
    const { rows } = await sql<{ replied: string; open: string }>`
      select (select tracking_number from foi_requests where replied_on is not null order by id limit 1) as replied,
             (select tracking_number from foi_requests where replied_on is null order by id limit 1) as open`.execute(
      t.database.db,
    );
    ({ replied, open } = rows[0]!);
  });
  after(() => t.close());

  it('serves the saved letter as a printable page and as .docx to staff', async () => {
    const html = await t.app.inject({
      url: `/staff/foi/${replied}/letter`,
      headers: { cookie: admin },
    });
    assert.equal(html.statusCode, 200);
    assert.match(html.body, /政府信息公开申请答复书/);
    assert.match(html.body, /关于您申请的政府信息/);
    const docx = await t.app.inject({
      url: `/staff/foi/${replied}/letter.docx`,
      headers: { cookie: admin },
    });
    assert.equal(docx.statusCode, 200);
    assert.equal(docx.rawPayload.subarray(0, 2).toString(), 'PK');
  });

  it('has no letter before the reply, and none for the public', async () => {
    const before = await t.app.inject({
      url: `/staff/foi/${open}/letter`,
      headers: { cookie: admin },
    });
    assert.equal(before.statusCode, 409);
    const anonymous = await t.app.inject({ url: `/staff/foi/${replied}/letter` });
    assert.notEqual(anonymous.statusCode, 200);
  });

  it('takes the hand-written parts of the annual report, refusing a bad figure by its cell', async () => {
    const url = '/staff/foi/report/entries?year=2025';
    const page = await formSession(t.app, url, admin);
    const figures = {
      p_0_0: '0',
      p_0_1: '0',
      p_0_2: '0',
      p_1_0: '3',
      p_1_1: '1',
      p_1_2: '12',
      p_2_0: '156',
      p_3_0: '48',
      p_4_0: '2',
    };
    const bad = await page.post(url, { ...figures, p_5_0: '-1', overview: '本年度，我县……' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /行政事业性收费·本年收费金额（单位：万元）：请填写不小于 0 的数/);
    assert.match(bad.body, /本年度，我县……/);
    const good = await page.post(url, {
      ...figures,
      p_5_0: '12.5',
      overview: '本年度，我县……',
      problems: '问题',
      otherMatters: '无',
    });
    assert.equal(good.statusCode, 303);
    const report = (
      await t.app.inject({ url: '/api/v1/foi/annual-report?year=2025', headers: { cookie: admin } })
    ).json();
    assert.equal(report.proactive.source, 'manual');
    assert.deepEqual(report.proactive.rows[1].values, [3, 1, 12]);
    assert.deepEqual(report.proactive.rows[5].values, [12.5]);
    assert.equal(report.sections.overview, '本年度，我县……');
    const officer = await signIn(t.app, 'minzheng', 'Sunshine-minzheng-2026');
    const refused = await t.app.inject({ url, headers: { cookie: officer } });
    assert.equal(refused.statusCode, 403);
  });

  it('records a reconsideration for section 四, refusing a decided case without its date', async () => {
    const url = `/staff/foi/${replied}/reviews`;
    const before = (
      await t.app.inject({ url: '/api/v1/foi/annual-report?year=2026', headers: { cookie: admin } })
    ).json();
    const page = await formSession(t.app, url, admin);
    const bad = await page.post(url, {
      kind: 'reconsideration',
      filedOn: '2026-09-15',
      result: 'upheld',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /已审结的案件请填写不早于提起日期的审结日期/);
    const good = await page.post(url, {
      kind: 'reconsideration',
      filedOn: '2026-09-15',
      result: 'pending',
    });
    assert.equal(good.statusCode, 303);
    const list = await t.app.inject({ url, headers: { cookie: admin } });
    assert.match(list.body, /2026-09-15/);
    const after = (
      await t.app.inject({ url: '/api/v1/foi/annual-report?year=2026', headers: { cookie: admin } })
    ).json();
    // 行政复议·尚未审结 and its 总计 each grew by one.
    assert.equal(after.reviews.values[3], before.reviews.values[3] + 1);
    assert.equal(after.reviews.values[4], before.reviews.values[4] + 1);
  });
});
