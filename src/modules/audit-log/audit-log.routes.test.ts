import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.ts';
import { verifyAuditChain } from '../../platform/audit/index.ts';

describe('the audit log page', () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    admin = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
  });
  after(() => t.close());

  it('shows the demo county’s changes, newest first, to the admin', async () => {
    // The accounts' records: the demo's FOI requests come later and would fill the first page.
    const page = await t.app.inject({
      url: '/staff/audit?targetType=user',
      headers: { cookie: admin },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /accounts\.user\.change_password/);
    assert.match(page.body, /accounts\.user\.create/);
    assert.ok(
      page.body.indexOf('accounts.user.change_password') <
        page.body.indexOf('accounts.user.create'),
    );
  });

  it('filters by action and by date (Asia/Shanghai days)', async () => {
    const byAction = await t.app.inject({
      url: '/staff/audit?action=accounts.session.login',
      headers: { cookie: admin },
    });
    assert.match(byAction.body, /accounts\.session\.login/);
    assert.doesNotMatch(byAction.body, /accounts\.user\.create/);
    // The test clock stands at 2026-09-30 09:30 in Shanghai.
    const sameDay = await t.app.inject({
      url: '/staff/audit?from=2026-09-30&to=2026-09-30',
      headers: { cookie: admin },
    });
    assert.match(sameDay.body, /accounts\.session\.login/);
    const nextDay = await t.app.inject({
      url: '/staff/audit?from=2026-10-01',
      headers: { cookie: admin },
    });
    assert.match(nextDay.body, /没有符合条件的记录/);
  });

  it('explains a malformed date with 422 and keeps the filter', async () => {
    const page = await t.app.inject({
      url: '/staff/audit?from=2026-13-45&action=x',
      headers: { cookie: admin },
    });
    assert.equal(page.statusCode, 422);
    assert.match(page.body, /日期：请按 YYYY-MM-DD 填写/);
    assert.match(page.body, /value="x"/);
  });

  it('exports the filtered log to Excel', async () => {
    const response = await t.app.inject({
      url: '/staff/audit/export.xlsx?action=accounts.user.create',
      headers: { cookie: admin },
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-disposition'] as string, /audit-log-2026-09-30\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(7).value, '操作');
    const actions = new Set<unknown>();
    sheet.eachRow((row, n) => n > 1 && actions.add(row.getCell(7).value));
    assert.deepEqual([...actions], ['accounts.user.create']);
    // One row per demo account created (the 12 logins and the responders of the feedback demo).
    const { rows } = await sql<{ n: string }>`select count(*) as n from audit_log
      where action = 'accounts.user.create'`.execute(t.database.db);
    assert.ok(Number(rows[0]!.n) >= 12);
    assert.equal(sheet.rowCount - 1, Number(rows[0]!.n));
  });

  it('is closed to everyone but county admins and supervisors', async () => {
    const leader = await signIn(t.app, 'lingdao', 'Sunshine-lingdao-2026');
    assert.equal(
      (await t.app.inject({ url: '/staff/audit', headers: { cookie: leader } })).statusCode,
      403,
    );
    const officer = await signIn(t.app, 'minzheng', 'Sunshine-minzheng-2026');
    assert.equal(
      (await t.app.inject({ url: '/staff/audit/export.xlsx', headers: { cookie: officer } }))
        .statusCode,
      403,
    );
    const supervisor = await signIn(t.app, 'jiancha', 'Sunshine-jiancha-2026');
    assert.equal(
      (await t.app.inject({ url: '/staff/audit', headers: { cookie: supervisor } })).statusCode,
      200,
    );
  });

  it('leaves an unbroken chain after all of this', async () => {
    const report = await verifyAuditChain(t.database.db);
    assert.equal(report.ok, true);
    assert.ok(report.count > 12);
  });
});
