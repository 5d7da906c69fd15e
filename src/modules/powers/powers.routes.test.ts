import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';

/** The page's visible text, tags dropped. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function upload(file: Buffer, fields: Record<string, string> = {}) {
  const boundary = '----powers-test-boundary';
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        parts.join('') +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="清单.xlsx"\r\n` +
          'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

describe('the power catalog pages', () => {
  let t: TestApp;
  let admin: string;
  let minzheng: string;
  let jiaoyu: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    admin = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
    minzheng = await signIn(t.app, 'minzheng', 'Sunshine-minzheng-2026');
    jiaoyu = await signIn(t.app, 'jiaoyu', 'Sunshine-jiaoyu-2026');
  });
  after(() => t.close());

  it('lists the catalog in force with its count, 20 a page, without scripts', async () => {
    const page = await t.app.inject({ url: '/services/powers' });
    assert.equal(page.statusCode, 200);
    const text = textOf(page.body);
    assert.match(text, /共 215 项，显示第 1–20 项/, '217 less the 2 cancelled');
    assert.match(page.body, /<form method="get" action="\/services\/powers"/);
    assert.match(page.body, /<caption class="visually-hidden">权责清单<\/caption>/);
    assert.match(page.body, /<th scope="col">权力编码<\/th>/);
    assert.match(page.body, /href="\/services\/powers\?page=2" rel="next"/);
    const second = await t.app.inject({ url: '/services/powers?page=2' });
    assert.match(textOf(second.body), /显示第 21–40 项/);
  });

  it('searches by words and filters by org and category', async () => {
    const food = textOf(
      (await t.app.inject({ url: '/services/powers?q=食品&category=permit' })).body,
    );
    assert.match(food, /共 2 项/);
    assert.match(food, /食品经营许可/);
    assert.match(food, /食品生产许可/);
    const civil = await t.app.inject({
      url: `/services/powers?org=mzj&category=benefit&q=${encodeURIComponent('救助')}`,
    });
    const text = textOf(civil.body);
    assert.match(text, /共 3 项/);
    assert.match(text, /最低生活保障金给付/);
    assert.match(text, /临时救助金给付 行政给付 县民政局 乡镇（街道） 已下放乡镇/);
    assert.doesNotMatch(text, /孤儿基本生活费给付/);
    assert.match(civil.body, /<option value="mzj" selected>县民政局<\/option>/);
    const byLaw = textOf(
      (await t.app.inject({ url: `/services/powers?q=${encodeURIComponent('森林法')}` })).body,
    );
    assert.match(byLaw, /林木采伐许可证核发/);
    const none = await t.app.inject({
      url: '/services/powers?q=不存在的事项&category=bogus&page=x',
    });
    assert.equal(none.statusCode, 200);
    assert.match(textOf(none.body), /没有符合条件的权力事项/);
  });

  it('shows a power: current version, stages, laws, phone, flowchart as SVG and as text, history', async () => {
    const page = await t.app.inject({ url: '/services/powers/XK-SCJGJ-001' });
    assert.equal(page.statusCode, 200);
    const text = textOf(page.body);
    assert.match(text, /第 2 版/);
    assert.match(text, /024-53021315/);
    assert.match(text, /《食品经营许可和备案管理办法》/);
    assert.match(page.body, /<th scope="row">受理责任<\/th>/);
    // The flowchart: an image with a title and description, and an ordered list of the same steps.
    assert.match(page.body, /<svg role="img" aria-labelledby="flow-svg-title flow-svg-desc"/);
    assert.match(page.body, /<title id="flow-svg-title">食品经营许可流程图<\/title>/);
    assert.match(
      page.body,
      /<desc id="flow-svg-desc">共 4 个环节，各环节时限合计 22 个工作日，其中 4 个环节为监察点。/,
    );
    const list = /<ol class="flow-steps">([\s\S]*?)<\/ol>/.exec(page.body)?.[1] ?? '';
    assert.equal((list.match(/<li>/g) ?? []).length, 4);
    assert.match(
      textOf(list),
      /第 2 步：审查.*责任岗位：业务科室审查岗.*时限：10 个工作日.*监察点/,
    );
    // History, newest first, with document numbers.
    assert.match(
      text,
      /2025-03-20 调整 清政发〔2025〕12号 第 2 版 .* 2024-06-28 新增 清政发〔2024〕8号 第 1 版/,
    );
    assert.match(text, /本事项不涉及中介服务/);

    const cancelled = textOf((await t.app.inject({ url: '/services/powers/XK-JYJ-003' })).body);
    assert.match(cancelled, /本权力事项已取消/);
    assert.match(cancelled, /取消 清政发〔2025〕12号/);
    const missing = await t.app.inject({ url: '/services/powers/NO-SUCH-1' });
    assert.equal(missing.statusCode, 404);
  });

  it('shows the intermediary list, the powers each serves, and that nothing else may be demanded', async () => {
    const page = await t.app.inject({ url: '/services/intermediaries' });
    const text = textOf(page.body);
    assert.match(text, /清单之外的中介服务事项，一律不得作为行政审批的受理条件/);
    assert.match(text, /建设项目环境影响报告书（表）编制/);
    assert.match(page.body, /href="\/services\/powers\/XK-STHJJ-001"/);
    const power = textOf((await t.app.inject({ url: '/services/powers/XK-STHJJ-001' })).body);
    assert.match(power, /建设项目环境影响报告书（表）编制/);
  });

  it('answers the API: a page of matches and one power with steps and adjustments', async () => {
    const list = await t.app.inject({ url: '/api/v1/powers?org=zrzyj&category=permit' });
    assert.equal(list.statusCode, 200);
    const body = list.json();
    assert.equal(body.total, 6);
    assert.equal(body.items[0].code, 'XK-ZRZYJ-001');
    assert.equal(body.items[0].categoryName, '行政许可');
    const one = (await t.app.inject({ url: '/api/v1/powers/xk-zrzyj-006' })).json();
    assert.equal(one.status, 'delegated');
    assert.equal(one.level, 'township');
    assert.deepEqual(one.flowSteps.map((s: { limitDays: number }) => s.limitDays).length, 4);
    assert.deepEqual(one.adjustments[0], {
      kind: 'delegate',
      documentNumber: '清政办发〔2025〕21号',
      adoptedOn: '2025-07-01',
      note: '由乡镇人民政府审核批准（《中华人民共和国土地管理法》第六十二条）',
      version: 2,
    });
    const missing = await t.app.inject({ url: '/api/v1/powers/NOPE-1' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'power_not_found');
  });

  it('lands the 行政权力运行 system on statistics and links to every page of the system', async () => {
    const page = await t.app.inject({ url: '/staff/powers', headers: { cookie: jiaoyu } });
    assert.equal(page.statusCode, 200);
    for (const href of [
      '/staff/powers/catalog',
      '/staff/powers/import',
      '/staff/powers/export.xlsx',
      '/staff/approvals/items',
      '/staff/approvals/windows',
      '/staff/approvals/cases',
      '/staff/approvals/window',
      '/staff/approvals/stats',
      '/staff/approvals/registrations',
    ]) {
      assert.match(page.body, new RegExp(`href="${href}"`), href);
    }
    const text = textOf(page.body);
    assert.match(text, /县市场监督管理局 5 6 2 0 0 2 1 1 0 1 18/);
    assert.match(text, /全县 70 56 14 7 18 18 9 10 4 9 215/);
  });

  it('lets the implementing org’s officer amend a power, and refuses another org’s officer', async () => {
    const url = '/staff/powers/catalog/JF-MZJ-001';
    const refused = await t.app.inject({ url: `${url}/amend`, headers: { cookie: jiaoyu } });
    assert.equal(refused.statusCode, 403);
    const other = await formSession(t.app, '/staff/powers', jiaoyu);
    const post = await other.post(`${url}/amend`, {
      name: 'x',
      documentNumber: 'x',
      adoptedOn: '2026-09-01',
    });
    assert.equal(post.statusCode, 403);
    const readOnly = await t.app.inject({ url, headers: { cookie: jiaoyu } });
    assert.match(textOf(readOnly.body), /您可以查看这项权力/);

    const form = await formSession(t.app, `${url}/amend`, minzheng);
    const bad = await form.post(`${url}/amend`, {
      category: 'benefit',
      name: '最低生活保障金给付',
      basis: '《社会救助暂行办法》第九条',
      orgCode: 'mzj',
      level: 'county',
      responsibilities: '受理责任：受理',
      documentNumber: '',
      adoptedOn: '2026-10-09',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(textOf(bad.body), /文号：请填写作出调整的文件文号/);
    const ok = await form.post(`${url}/amend`, {
      category: 'benefit',
      name: '最低生活保障金给付',
      basis: '《社会救助暂行办法》第九条、第十一条；《辽宁省最低生活保障办法》',
      orgCode: 'mzj',
      level: 'county',
      responsibilities: '受理责任：受理申请\n审核责任：入户调查',
      supervisionPhone: '024-53024028',
      documentNumber: '清政发〔2026〕3号',
      adoptedOn: '2026-09-28',
    });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, url);
    const shown = textOf((await t.app.inject({ url: '/services/powers/JF-MZJ-001' })).body);
    assert.match(shown, /第 2 版/);
    assert.match(shown, /2026-09-28 调整 清政发〔2026〕3号/);
    assert.match(shown, /《辽宁省最低生活保障办法》/);
  });

  it('edits a flowchart and re-renders a bad step with its row named', async () => {
    const url = '/staff/powers/catalog/XK-MZJ-003';
    const form = await formSession(t.app, `${url}/steps`, minzheng);
    const bad = await form.post(`${url}/steps`, { 'name-0': '受理', 'limit-0': '-1' });
    assert.equal(bad.statusCode, 422);
    assert.match(textOf(bad.body), /第 1 步 时限：请填写 0–365 之间的整数/);
    const ok = await form.post(`${url}/steps`, {
      'name-0': '受理',
      'post-0': '民政窗口',
      'limit-0': '0',
      'checkpoint-0': '1',
      'name-1': '现场勘查',
      'post-1': '社会事务股',
      'limit-1': '5',
    });
    assert.equal(ok.statusCode, 303);
    const page = await t.app.inject({ url: '/services/powers/XK-MZJ-003' });
    assert.match(page.body, /共 2 个环节，各环节时限合计 5 个工作日，其中 1 个环节为监察点/);
    assert.match(textOf(page.body), /时限：即时办理/);
  });

  it('adds a power with its category’s stages pre-filled', async () => {
    const chooser = await t.app.inject({
      url: '/staff/powers/catalog/new?category=penalty',
      headers: { cookie: admin },
    });
    assert.match(chooser.body, /立案责任：/);
    const form = await formSession(t.app, '/staff/powers/catalog/new?category=penalty', admin);
    const created = await form.post('/staff/powers/catalog/new', {
      code: 'cf-scjgj-901',
      category: 'penalty',
      name: '对电子商务经营者未公示营业执照信息的处罚',
      basis: '《中华人民共和国电子商务法》第七十六条',
      orgCode: 'scjgj',
      level: 'county',
      responsibilities: '',
      documentNumber: '清政发〔2026〕4号',
      adoptedOn: '2026-09-30',
    });
    assert.equal(created.statusCode, 303);
    assert.equal(created.headers.location, '/staff/powers/catalog/CF-SCJGJ-901');
    const page = textOf((await t.app.inject({ url: '/services/powers/CF-SCJGJ-901' })).body);
    assert.match(page, /调查取证责任/);
  });

  it('exports the catalog and names the expected headers of a wrong upload', async () => {
    const exported = await t.app.inject({
      url: '/staff/powers/export.xlsx',
      headers: { cookie: jiaoyu },
    });
    assert.equal(exported.statusCode, 200);
    assert.equal(
      exported.headers['content-disposition'],
      'attachment; filename="powers-2026-09-30.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ExcelJS.Buffer);
    assert.equal(workbook.worksheets[0]!.getRow(1).getCell(1).text, '权力编码');

    const wrong = new ExcelJS.Workbook();
    wrong.addWorksheet('x').addRow(['编码', '名称']);
    const file = Buffer.from(await wrong.xlsx.writeBuffer());
    const form = await formSession(t.app, '/staff/powers/import', admin);
    const response = await t.app.inject({
      method: 'POST',
      url: `/staff/powers/import?_csrf=${encodeURIComponent(form.token)}`,
      headers: { cookie: form.cookie, ...upload(file).headers },
      payload: upload(file).payload,
    });
    assert.equal(response.statusCode, 422);
    assert.match(
      textOf(response.body),
      /表头不正确，缺少 权力编码、权力类别、权力名称、权力依据、实施主体、责任事项。第 1 行应为：权力编码、权力类别、权力名称、权力依据、实施主体、行使层级、责任事项、追责情形、监督电话、状态、备注/,
    );
    const jiaoyuImport = await t.app.inject({
      url: '/staff/powers/import',
      headers: { cookie: jiaoyu },
    });
    assert.equal(jiaoyuImport.statusCode, 200, 'a department officer imports their own org’s rows');
  });
});
