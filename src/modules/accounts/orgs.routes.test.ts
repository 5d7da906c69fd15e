import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import type { AccountsTables } from './accounts.tables.ts';
import { listOrgHistory } from './orgs.queries.ts';
import { getOrgByCode } from './orgs.service.ts';

describe('/staff/orgs pages', () => {
  let t: TestApp;
  let db: Kysely<AccountsTables>;
  let admin: string;
  let officer: string;
  const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });

  before(async () => {
    t = await createTestApp({ demo: true });
    db = t.database.db as Kysely<AccountsTables>;
    admin = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
    officer = await signIn(t.app, 'minzheng', 'Sunshine-minzheng-2026');
  });
  after(() => t.close());

  it('shows the tree as nested lists with kind labels, linked from the staff navigation', async () => {
    const page = await get('/staff/orgs', admin);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<a href="\/staff\/orgs" aria-current="page">机构与账号<\/a>/);
    assert.match(page.body, /<ul class="org-tree" aria-label="机构树">/);
    // 清原镇 is a township with its service centre nested inside its own list item.
    assert.match(
      page.body,
      /<a href="\/staff\/orgs\/qyz" lang="zh-CN">清原镇<\/a> <span class="org-kind">（乡镇）<\/span><ul class="org-tree">/,
    );
    assert.match(page.body, /共 69 个机构/);
    const home = await get('/staff', admin);
    assert.match(home.body, /href="\/staff\/orgs"/);
  });

  it('filters by kind with a GET form', async () => {
    const page = await get('/staff/orgs?kind=township', admin);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /乡镇：共 14 个/);
    assert.match(page.body, /<option value="township" selected>/);
    assert.doesNotMatch(page.body, /县民政局/);
    assert.equal((await get('/staff/orgs?kind=nonsense', admin)).statusCode, 200);
  });

  it('lets an admin edit an org: 422 keeps the input and names the fields, 303 saves', async () => {
    const form = await formSession(t.app, '/staff/orgs/wjj', admin);
    const bad = await form.post('/staff/orgs/wjj', {
      name: '',
      nameEn: 'Health Commission',
      sortOrder: 'first',
      effectiveOn: '2026-02-30',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /有 3 处需要修改/);
    assert.match(bad.body, /名称：请填写机构名称/);
    assert.match(bad.body, /排序：请填写整数/);
    assert.match(bad.body, /生效日期：请按 2026-10-08 的格式/);
    assert.match(bad.body, /href="#field-name"/);
    assert.match(bad.body, /value="Health Commission"/);
    assert.match(bad.body, /value="first"/);

    const good = await form.post('/staff/orgs/wjj', {
      name: '县卫生健康委员会',
      nameEn: 'Health Commission',
      contactPhone: '024-53021234',
      contactAddress: '清原镇健康路 8 号',
      sortOrder: '19',
      effectiveOn: '2026-10-08',
      documentNumber: '清政发〔2026〕30号',
    });
    assert.equal(good.statusCode, 303);
    assert.equal(good.headers.location, '/staff/orgs/wjj');
    const page = await get('/staff/orgs/wjj', admin);
    assert.match(page.body, /<h1>县卫生健康委员会/);
    // The history table keeps the old name, the date and the document number.
    assert.match(page.body, /<td>设立<\/td><td>县卫生健康局<\/td>/);
    assert.match(page.body, /<td>2026-10-08<\/td><td>更名<\/td><td>县卫生健康委员会<\/td>/);
    assert.match(page.body, /清政发〔2026〕30号/);
  });

  it('moves and merges through the small forms, refusing a cycle with a message', async () => {
    const form = await formSession(t.app, '/staff/orgs/dgjz', admin);
    const cycle = await form.post('/staff/orgs/dgjz/move', { parentCode: 'dgjz-bmfw' });
    assert.equal(cycle.statusCode, 422);
    assert.match(cycle.body, /新的上级机构：不能是本机构或本机构的下级机构/);
    assert.match(cycle.body, /<option value="dgjz-bmfw" selected>|id="field-parentCode"/);

    const moved = await form.post('/staff/orgs/dgjz-bmfw/move', {
      parentCode: 'zwfw',
      moveEffectiveOn: '2026-10-12',
    });
    assert.equal(moved.statusCode, 303);
    const center = await getOrgByCode(db, 'dgjz-bmfw');
    const zwfw = await getOrgByCode(db, 'zwfw');
    assert.equal(center.path, `${zwfw.path}${center.id}/`);

    const merged = await form.post('/staff/orgs/dgjz-bmfw/merge', {
      intoCode: 'zwfw',
      mergeEffectiveOn: '2026-10-20',
      mergeDocumentNumber: '清编发〔2026〕5号',
    });
    assert.equal(merged.statusCode, 303);
    const page = await get('/staff/orgs/dgjz-bmfw', admin);
    assert.match(page.body, /<span class="status-tag">已撤销<\/span>/);
    assert.match(page.body, /已并入<\/dt><dd><a href="\/staff\/orgs\/zwfw">县政务服务中心<\/a>/);
    assert.deepEqual(
      (await listOrgHistory(db, center.id)).map((h) => h.change),
      ['created', 'moved', 'merged'],
    );
    // Deactivated orgs leave the tree unless asked for, and then carry a tag.
    assert.doesNotMatch((await get('/staff/orgs', admin)).body, /dgjz-bmfw/);
    assert.match(
      (await get('/staff/orgs?inactive=1', admin)).body,
      /大孤家镇便民服务中心<\/a> <span class="org-kind">（服务中心）<\/span> <span class="status-tag">已撤销<\/span>/,
    );
  });

  it('shows a non-admin the tree read-only, and answers their POST with 403', async () => {
    const tree = await get('/staff/orgs', officer);
    assert.equal(tree.statusCode, 200);
    assert.doesNotMatch(tree.body, /从 Excel 导入/);
    const page = await get('/staff/orgs/mzj', officer);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /只有覆盖该机构的系统管理员可以修改/);
    assert.doesNotMatch(page.body, /action="\/staff\/orgs\/mzj"/);
    const form = await formSession(t.app, '/staff/orgs/mzj', officer);
    const edit = await form.post('/staff/orgs/mzj', { name: '县民政局（改）' });
    assert.equal(edit.statusCode, 403);
    const deactivate = await form.post('/staff/orgs/mzj/deactivate', {});
    assert.equal(deactivate.statusCode, 403);
    assert.equal((await getOrgByCode(db, 'mzj')).name, '县民政局');
    assert.equal((await get('/staff/orgs/import', officer)).statusCode, 403);
  });

  it('answers an unknown org with 404 and a malformed code with 400', async () => {
    assert.equal((await get('/staff/orgs/no-such-org', admin)).statusCode, 404);
    assert.equal((await get('/staff/orgs/bad%20code', admin)).statusCode, 400);
  });

  it('speaks English when asked, with English names where there are some', async () => {
    const page = await get('/staff/orgs/mzj', `${admin}; lang=en`);
    assert.match(page.body, /<h1>Civil Affairs Bureau/);
    assert.match(page.body, /History/);
    assert.match(page.body, /Orgs and accounts/);
  });
});
