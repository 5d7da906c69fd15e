import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.ts';
import { systemContext } from '../../platform/http/index.ts';
import { createApiToken, type AccountsTables } from '../accounts/index.ts';

let t: TestApp;
let cookie: string;

before(async () => {
  t = await createTestApp({ demo: true });
  cookie = await signIn(t.app, 'chuangkou', 'Sunshine-chuangkou-2026');
});

after(async () => {
  await t.close();
});

const period = 'from=2025-10-01&to=2026-09-30';

describe('/staff/approvals/stats', () => {
  it('shows a captioned table per grouping, each count linking to the case list', async () => {
    const page = await t.app.inject({
      url: `/staff/approvals/stats?${period}`,
      headers: { cookie },
    });
    assert.equal(page.statusCode, 200);
    for (const caption of ['按服务中心', '按窗口', '按实施部门', '按事项', '按月份']) {
      assert.match(
        page.body,
        new RegExp(`<caption>${caption}（2025-10-01 至 2026-09-30）</caption>`),
      );
    }
    assert.match(page.body, /<th scope="col">按时办结率<\/th>/);
    assert.match(
      page.body,
      /href="\/staff\/approvals\/cases\?center=zwfw&amp;dateField=received&amp;from=2025-10-01&amp;to=2026-09-30"/,
    );
    assert.match(
      page.body,
      /href="\/staff\/approvals\/cases\?org=[a-z]+&amp;orgRole=decides&amp;state=completed&amp;dateField=completed&amp;from=/,
    );
    assert.match(page.body, /RULES\.md 第 4\.5 节/);
    assert.match(page.body, /提前办结率 = 实际用时少于承诺时限的办结件数/);
  });

  it('re-renders the period form with 422 and the field named on a bad date', async () => {
    const bad = await t.app.inject({
      url: '/staff/approvals/stats?from=2026-02-30',
      headers: { cookie },
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /开始日期应为 YYYY-MM-DD 格式的有效日期/);
    assert.match(bad.body, /value="2026-02-30"/);
    const order = await t.app.inject({
      url: '/staff/approvals/stats?from=2026-09-01&to=2026-08-01',
      headers: { cookie },
    });
    assert.equal(order.statusCode, 422);
    assert.match(order.body, /结束日期不能早于开始日期/);
  });

  it('exports the same figures to Excel', async () => {
    const file = await t.app.inject({
      url: `/staff/approvals/stats.xlsx?${period}`,
      headers: { cookie },
    });
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      ['服务中心', '窗口', '实施部门', '事项', '月份', '指标口径'],
    );
    const sheet = workbook.getWorksheet('实施部门')!;
    const total = sheet.getRow(sheet.rowCount);
    assert.equal(total.getCell(1).value, '合计');
    const api = await t.app.inject({
      url: `/api/v1/approvals/statistics?${period}&groupBy=org`,
      headers: { cookie },
    });
    assert.equal(total.getCell(2).value, api.json().total.received);
  });
});

describe('GET /api/v1/approvals/statistics', () => {
  it('answers a token with approvals:read, and matches the demo cases', async () => {
    const { token } = await createApiToken(
      t.database.db as Kysely<AccountsTables>,
      t.clock,
      systemContext('test'),
      {
        orgCode: '210423',
        scopes: ['approvals:read'],
      },
    );
    const response = await t.app.inject({
      url: `/api/v1/approvals/statistics?${period}&groupBy=month`,
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.groups.length, 12);
    assert.equal(body.groups[0].key, '2025-10');
    const { rows } = await sql<{ n: number; completed: number }>`select count(*)::int as n,
        count(*) filter (where state = 'completed' and completed_on <= '2026-09-30')::int as completed
      from approvals_cases where received_on between '2025-10-01' and '2026-09-30'`.execute(
      t.database.db,
    );
    assert.equal(body.total.received, rows[0]!.n);
    assert.ok(body.total.onTimeRate > 0.8 && body.total.onTimeRate < 1, body.total.onTimeRate);
    assert.ok(body.total.instantShare > 0.3 && body.total.instantShare < 0.45);
  });

  it('refuses the public and tokens without the scope; 422 on a bad groupBy', async () => {
    const anonymous = await t.app.inject({ url: '/api/v1/approvals/statistics' });
    assert.equal(anonymous.statusCode, 403);
    const { token } = await createApiToken(
      t.database.db as Kysely<AccountsTables>,
      t.clock,
      systemContext('test'),
      {
        orgCode: '210423',
        scopes: ['foi:read'],
      },
    );
    const other = await t.app.inject({
      url: '/api/v1/approvals/statistics',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(other.statusCode, 403);
    const bad = await t.app.inject({
      url: '/api/v1/approvals/statistics?groupBy=year',
      headers: { cookie, 'accept-language': 'zh-CN' },
    });
    assert.equal(bad.statusCode, 422);
    assert.equal(
      bad.json().error.fields.groupBy,
      '分组应为 center、window、org、item 或 month 之一',
    );
  });
});
