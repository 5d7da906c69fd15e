import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import { registrationMaterials } from './registration.service.ts';

const listUrl = '/staff/approvals/registrations';

/** The list's rows: tracking number cell, name, and credit code cell, as text. */
function rowsOf(html: string): { tracking: string; name: string; code: string }[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => {
    const cells = [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      c[1]!.replace(/<[^>]+>/g, ''),
    );
    return { tracking: cells[0]!, name: cells[1]!, code: cells[4]! };
  });
}

const totalOf = (html: string) => Number(/共 (\d+) 条/.exec(html)?.[1] ?? NaN);

describe('/staff/approvals/registrations (五证合一 registrations and licences)', () => {
  let t: TestApp;
  let clerk: string;
  let leader: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    clerk = await signIn(t.app, 'chuangkou', 'Sunshine-chuangkou-2026');
    leader = await signIn(t.app, 'lingdao', 'Sunshine-lingdao-2026');
  });
  after(() => t.close());

  const open = (query: string, cookie: string) =>
    t.app.inject({ url: `${listUrl}${query}`, headers: { cookie } });

  it('lists the five demo licences, each code linking to its printable licence', async () => {
    const page = await open('', leader);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>企业登记与营业执照<\/h1>/);
    assert.match(page.body, /<caption>企业登记与营业执照，新登记在前<\/caption>/);
    assert.equal(totalOf(page.body), 5);
    const { rows } = await sql<{ creditCode: string }>`
      select credit_code from approvals_licences where is_demo`.execute(t.database.db);
    assert.equal(rows.length, 5);
    for (const { creditCode } of rows) {
      assert.ok(page.body.includes(`href="${listUrl}/${creditCode}/licence"`), creditCode);
    }
    assert.match(page.body, /清原满族自治县山泉农业科技有限公司/);
    assert.doesNotMatch(page.body, /href="\/staff\/approvals\/registrations\/new"/);
    const licence = await t.app.inject({
      url: `${listUrl}/${rows[0]!.creditCode}/licence`,
      headers: { cookie: clerk },
    });
    assert.equal(licence.statusCode, 200);
  });

  it('filters by status and by name or credit code', async () => {
    assert.equal(totalOf((await open('?status=active', leader)).body), 4);
    const gone = await open('?status=deregistered', leader);
    assert.equal(totalOf(gone.body), 1);
    assert.deepEqual(
      rowsOf(gone.body).map((r) => r.name),
      ['清原满族自治县晨光商贸有限公司'],
    );
    assert.equal(totalOf((await open(`?q=${encodeURIComponent('面馆')}`, leader)).body), 1);
    const { rows } = await sql<{ creditCode: string }>`
      select credit_code from approvals_licences where name = '清原镇李记面馆'`.execute(
      t.database.db,
    );
    const code = rows[0]!.creditCode;
    const byCode = await open(`?q=${code.slice(2, 14).toLowerCase()}`, leader);
    assert.deepEqual(
      rowsOf(byCode.body).map((r) => r.code),
      [code],
    );
    assert.equal(totalOf((await open('?q=%25', leader)).body), 0, 'a % is a character');
  });

  it('shows a registration made through the form first, linked to its case, before its licence', async () => {
    const page = await open('', clerk);
    assert.equal(page.statusCode, 200);
    assert.match(
      page.body,
      /<a class="button" href="\/staff\/approvals\/registrations\/new">新办企业登记（五证合一）<\/a>/,
    );
    const form = await t.app.inject({ url: `${listUrl}/new`, headers: { cookie: clerk } });
    const window = /name="window" value="(\d+)"/.exec(form.body)![1]!;
    const ticked = Object.fromEntries(
      (await registrationMaterials(t.database.db)).map((m) => [`material-${m.id}`, 'on']),
    );
    const session = await formSession(t.app, `${listUrl}/new`, clerk);
    const made = await session.post(`${listUrl}/new`, {
      window,
      name: '清原满族自治县列表测试科技有限公司',
      kind: 'enterprise',
      legalRepresentative: '陈明',
      idNumber: '11010519491231002x',
      capital: '10',
      address: '清原镇兴业街8号',
      businessScope: '软件开发',
      phone: '13800001234',
      ...ticked,
    });
    assert.equal(made.statusCode, 201, made.body.slice(0, 1000));
    const trackingNumber = /id="tracking-number">([^<]+)</.exec(made.body)![1]!;

    const after = await open('', clerk);
    assert.equal(totalOf(after.body), 6);
    const first = rowsOf(after.body)[0]!;
    assert.deepEqual(first, {
      tracking: trackingNumber,
      name: '清原满族自治县列表测试科技有限公司',
      code: '未发照',
    });
    assert.ok(after.body.includes(`href="/staff/approvals/cases/${trackingNumber}"`));
    assert.match(after.body, /并联审查中/);
    const pending = await open('?status=pending', clerk);
    assert.deepEqual(
      rowsOf(pending.body).map((r) => r.tracking),
      [trackingNumber],
    );
    assert.equal(totalOf((await open(`?q=${trackingNumber}`, leader)).body), 1);
  });

  it('re-renders the filter with 422 and the field named on a bad status or page', async () => {
    const bad = await open('?status=lost&page=0', leader);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /状态：请从列表中选择/);
    assert.match(bad.body, /页码：应为正整数/);
  });

  it('is read by supervisors and leaders, not the public nor an unrelated reviewer', async () => {
    const supervisor = await signIn(t.app, 'jiancha', 'Sunshine-jiancha-2026');
    assert.equal((await open('', supervisor)).statusCode, 200);
    const anonymous = await t.app.inject({ url: listUrl });
    assert.equal(anonymous.statusCode, 303, 'the public is sent to sign in');
    assert.match(String(anonymous.headers.location), /^\/staff\/login/);
    const reviewer = await signIn(t.app, 'lianshen', 'Sunshine-lianshen-2026');
    assert.equal((await open('', reviewer)).statusCode, 403);
    const english = await t.app.inject({
      url: listUrl,
      headers: { cookie: `${leader}; lang=en` },
    });
    assert.match(english.body, /<h1>Business registrations and licences<\/h1>/);
  });
});
