import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import { runSeeders } from '../../platform/seed/index.ts';
import { guidesMessages } from './guides.messages.ts';
import { itemsMessages } from './items.messages.ts';
import { seedersFor } from './items.testing.ts';
import { windowsMessages } from './windows.messages.ts';

const logger = { info: () => undefined, warn: () => undefined };

describe('the item, guide and window pages', () => {
  let t: TestApp;
  let admin: string;
  let minzheng: string;
  let chuangkou: string;
  let dataDir: string;
  before(async () => {
    const parent = process.env.SUNSHINE_TEST_TMP ?? os.tmpdir();
    fs.mkdirSync(parent, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(parent, 'item-templates-'));
    t = await createTestApp({ env: { DATA_DIR: dataDir } });
    await runSeeders(seedersFor(['settings', 'accounts.users', 'demo-windows']), {
      db: t.database.db,
      clock: t.clock,
      logger,
    });
    admin = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
    minzheng = await signIn(t.app, 'minzheng', 'Sunshine-minzheng-2026');
    chuangkou = await signIn(t.app, 'chuangkou', 'Sunshine-chuangkou-2026');
  });
  after(async () => {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, cookie = '') =>
    t.app.inject({ url, headers: cookie ? { cookie } : {} });

  it('have Chinese and English for every string', () => {
    for (const catalog of [itemsMessages, guidesMessages, windowsMessages]) {
      assert.deepEqual(Object.keys(catalog.en).sort(), Object.keys(catalog['zh-CN']).sort());
    }
  });

  it('list the guides, searched by name and filtered by department and kind', async () => {
    const all = await get('/services/guides');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /<caption>办事事项，共 7\d 项<\/caption>/);
    assert.match(all.body, /<label for="field-q">事项名称<\/label>/);
    const found = await get(`/services/guides?q=${encodeURIComponent('五证合一')}`);
    assert.match(found.body, /共 1 项/);
    assert.match(found.body, /href="\/services\/guides\/SC-QYDJ-001"/);
    assert.match(found.body, /联办件/);
    const instant = await get('/services/guides?org=scjgj&kind=instant');
    assert.match(instant.body, /个体工商户名称变更/);
    assert.doesNotMatch(instant.body, /食品经营许可/);
    const page2 = await get('/services/guides?page=2');
    assert.match(page2.body, /第 2 \/ 4 页/);
    assert.match(page2.body, /rel="prev"/);
    const nonsense = await get('/services/guides?page=abc&kind=x');
    assert.equal(nonsense.statusCode, 200);
  });

  it('show every element of a guide: free, 即办件, materials, windows, the apply link', async () => {
    const page = await get('/services/guides/SC-GTDJ-002');
    assert.equal(page.statusCode, 200);
    const html = page.body;
    assert.match(html, /<h1>个体工商户名称变更<\/h1>/);
    assert.match(html, /承诺时限：即办件/);
    assert.match(html, /法定时限：3 个工作日/);
    assert.match(html, /<h2 id="guide-fee">收费标准<\/h2>\s*<p>免费<\/p>/);
    assert.match(html, /<caption class="visually-hidden">申请材料清单<\/caption>/);
    assert.match(html, /<th scope="row">营业执照正、副本<\/th>\s*<td>原件<\/td>\s*<td>1<\/td>/);
    assert.match(html, /县政务服务中心 2 号窗口（市场准入窗口）/);
    assert.match(html, /href="\/services\/apply\/SC-GTDJ-002"/);
    assert.match(html, /《中华人民共和国市场主体登记管理条例》第二十四条/);
    assert.match(html, /href="\/services\/powers\/[^"]+"/);
  });

  it('show the joint-review departments and a fee with its basis', async () => {
    const joint = await get('/services/guides/SC-QYDJ-001');
    assert.match(joint.body, /联审部门（并联审批）/);
    assert.match(joint.body, /<th scope="row">县人力资源和社会保障局<\/th>\s*<td>1 个工作日<\/td>/);
    assert.match(joint.body, /承诺时限：3 个工作日/);
    const fee = await get('/services/guides/ZR-BDC-001');
    assert.match(fee.body, /<p>80 元<\/p>/);
    assert.match(fee.body, /收费依据：/);
    assert.equal((await get('/services/guides/NOPE-1')).statusCode, 404);
  });

  it('list the county center and the 14 township centers with their windows', async () => {
    const page = await get('/services/centers');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h3 id="center-zwfw-title">县政务服务中心<\/h3>/);
    assert.equal(page.body.match(/便民服务中心<\/h3>/g)?.length, 14);
    assert.match(page.body, /<th scope="row">市场准入窗口<\/th>\s*<td>县市场监督管理局<\/td>/);
  });

  it('serve the guides as JSON', async () => {
    const list = await get(`/api/v1/service-items?org=scjgj&q=${encodeURIComponent('登记')}`);
    assert.equal(list.statusCode, 200);
    const body = list.json();
    assert.ok(body.items.some((i: { code: string }) => i.code === 'SC-QYDJ-001'));
    assert.ok(body.items.every((i: { org: { code: string } }) => i.org.code === 'scjgj'));
    const guide = (await get('/api/v1/service-items/SC-QYDJ-001')).json();
    assert.equal(guide.kind, 'joint');
    assert.equal(guide.promisedDays, 3);
    assert.equal(guide.feeFen, 0);
    assert.deepEqual(
      guide.reviewOrgs.map((r: { code: string }) => r.code),
      ['rsj', 'tjj', 'gaj'],
    );
    assert.ok(guide.windows.some((w: { center: { code: string } }) => w.center.code === 'zwfw'));
    const missing = await get('/api/v1/service-items/NOPE-1');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'item_not_found');
  });

  it('let a department officer save a new version of an item of the department', async () => {
    const form = await formSession(t.app, '/staff/approvals/items/MZ-SHTT-002', minzheng);
    const page = await get('/staff/approvals/items/MZ-SHTT-002', minzheng);
    const fields = Object.fromEntries(
      [...page.body.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    for (const m of page.body.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) {
      fields[m[1]!] = m[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    }
    for (const m of page.body.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
      fields[m[1]!] = /<option value="([^"]*)" selected/.exec(m[2]!)?.[1] ?? '';
    }
    delete fields._csrf;
    const more = await form.post('/staff/approvals/items/MZ-SHTT-002', {
      ...fields,
      intent: 'addRows',
    });
    assert.equal(more.statusCode, 200);
    assert.match(more.body, /name="m5_name"/);
    assert.match(more.body, /name="r2_org"/);
    const bad = await form.post('/staff/approvals/items/MZ-SHTT-002', {
      ...fields,
      fee: '50',
      feeBasis: '',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /收费依据：收费的事项必须写明收费依据/);
    const saved = await form.post('/staff/approvals/items/MZ-SHTT-002', {
      ...fields,
      m3_name: '会员名册',
      m3_form: 'electronic',
      m3_copies: '1',
      note: '增加会员名册',
    });
    assert.equal(saved.statusCode, 303);
    const versions = await get('/staff/approvals/items/MZ-SHTT-002/versions', minzheng);
    assert.match(versions.body, /增加会员名册/);
    assert.match(versions.body, /材料 4 项/);
    const guide = await get('/services/guides/MZ-SHTT-002');
    assert.match(guide.body, /会员名册/);
    assert.match(guide.body, /电子材料/);
  });

  it('refuse a department officer of another department, and let a window clerk read', async () => {
    const form = await formSession(t.app, '/staff/approvals/items', minzheng);
    const refused = await form.post('/staff/approvals/items/SC-QYDJ-001', { name: 'x' });
    assert.equal(refused.statusCode, 403);
    const readOnly = await get('/staff/approvals/items/SC-QYDJ-001', minzheng);
    assert.match(readOnly.body, /您可以查看本事项，但没有修改权限/);
    const list = await get('/staff/approvals/items?org=scjgj', chuangkou);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /企业设立登记（五证合一、一照一码）/);
    assert.doesNotMatch(list.body, /新建事项/);
    assert.equal((await get('/staff/approvals/items/new', chuangkou)).statusCode, 403);
  });

  it('let the admin create an item and refuse a bad one with every field named', async () => {
    const form = await formSession(t.app, '/staff/approvals/items/new', admin);
    const bad = await form.post('/staff/approvals/items/new', {
      code: 'TS-NEW-001',
      name: '测试事项',
      org: 'scjgj',
      statutoryDays: '25',
      promisedDays: '30',
      fee: '0',
      m0_name: '申请书',
      m0_form: 'original',
      m0_copies: '1',
      intent: 'save',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /法定时限：单一部门办理不得超过 20 个工作日/);
    assert.match(bad.body, /承诺时限：不得超过法定时限/);
    assert.match(bad.body, /value="TS-NEW-001"/);
    const good = await form.post('/staff/approvals/items/new', {
      code: 'TS-NEW-001',
      name: '测试事项',
      org: 'scjgj',
      statutoryDays: '20',
      promisedDays: '0',
      fee: '',
      m0_name: '',
      m1_name: '申请书',
      m1_form: 'original',
      m1_copies: '1',
      r0_org: 'gaj',
      r0_days: '0',
      online: 'on',
      intent: 'save',
    });
    assert.equal(good.statusCode, 303);
    assert.equal(good.headers.location, '/staff/approvals/items/TS-NEW-001');
  });

  it('let the admin set up a window and a window clerk only read them', async () => {
    const list = await get('/staff/approvals/windows', chuangkou);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /综合受理窗口/);
    assert.doesNotMatch(list.body, /新增窗口/);
    const form = await formSession(t.app, '/staff/approvals/windows/new?center=zwfw', admin);
    const payload = new URLSearchParams({
      _csrf: form.token,
      center: 'zwfw',
      number: '2',
      name: '重复',
      active: 'on',
    });
    const post = (
      body: URLSearchParams,
      url = '/staff/approvals/windows/new',
      cookie = form.cookie,
    ) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: body.toString(),
      });
    const clash = await post(payload);
    assert.equal(clash.statusCode, 422);
    assert.match(clash.body, /窗口号：本中心已有这个窗口号/);
    payload.set('number', '20');
    payload.set('name', '企业开办专窗');
    payload.append('orgs', 'scjgj');
    payload.append('orgs', 'gaj');
    payload.append('items', 'SC-QYDJ-001');
    payload.append('items', 'GA-YZBA-001');
    const created = await post(payload);
    assert.equal(created.statusCode, 303);
    const id = Number(/\/(\d+)$/.exec(created.headers.location as string)![1]);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from approvals_window_items where window_id = ${id}`.execute(
      t.database.db,
    );
    assert.equal(rows[0]!.n, 2);
    const clerk = await formSession(t.app, '/staff/approvals/windows', chuangkou);
    const refused = await post(
      new URLSearchParams({ _csrf: clerk.token, number: '21', name: 'x' }),
      `/staff/approvals/windows/${id}`,
      clerk.cookie,
    );
    assert.equal(refused.statusCode, 403);
    const centers = await get('/services/centers');
    assert.match(centers.body, /企业开办专窗/);
  });

  it('keep a PDF form template of a material for download from the guide, and refuse another kind', async () => {
    const page = await get('/staff/approvals/items/SC-GTDJ-002', admin);
    const action =
      /<form method="post" class="inline-form" enctype="multipart\/form-data" action="([^"]+)"/
        .exec(page.body)?.[1]
        ?.replace(/&amp;/g, '&');
    assert.ok(action, 'a template upload form');
    const upload = (name: string, bytes: Buffer) => {
      const boundary = '----item-template';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({
        method: 'POST',
        url: action,
        headers: { cookie: admin, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
    };
    const fixtures = new URL('../../platform/files/fixtures/', import.meta.url);
    const png = await upload('form.png', fs.readFileSync(new URL('scan.png', fixtures)));
    assert.equal(png.statusCode, 422);
    assert.match(png.body, /只接受 PDF/);
    const pdf = fs.readFileSync(new URL('scan.pdf', fixtures));
    const saved = await upload('form.pdf', pdf);
    assert.equal(saved.statusCode, 303);
    const guide = await get('/services/guides/SC-GTDJ-002');
    const link = /href="(\/services\/guides\/SC-GTDJ-002\/templates\/\d+)"/.exec(guide.body)?.[1];
    assert.ok(link, 'a download link');
    const download = await get(link);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.match(String(download.headers['content-disposition']), /^attachment/);
    assert.deepEqual(download.rawPayload, pdf);
    const versions = await get('/staff/approvals/items/SC-GTDJ-002/versions', admin);
    assert.match(versions.body, /上传表格模板：个体工商户变更登记申请书/);
  });
});
