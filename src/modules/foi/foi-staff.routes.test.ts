import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import { foiStaffMessages } from './foi-staff.messages.ts';

/** A request by post, as the registration form takes it (a valid resident ID). */
const letter = {
  channel: 'post',
  receivedOn: '2026-09-01',
  org: 'xzfb',
  applicantType: 'person',
  applicantName: '孙晓明',
  idType: 'resident_id',
  idNumber: '210423198803150013',
  phone: '13912345678',
  email: '',
  address: '清原镇人民路 8 号',
  description: '请公开2025年本县农村公路养护资金使用情况',
  documentNumber: '',
  form: 'paper',
  delivery: 'post',
};

describe('the FOI staff pages', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  let leader: string;
  /** The request registered by the officer in the tests below. */
  let tracking = '';
  before(async () => {
    // The demo's 44 requests: over 2025 and 2026, in xzfb, mzj, jyj, zrzyj and qyz.
    t = await createTestApp({ demo: true });
    admin = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
    officer = await signIn(t.app, 'gongkai', 'Sunshine-gongkai-2026');
    leader = await signIn(t.app, 'lingdao', 'Sunshine-lingdao-2026');
  });
  after(() => t.close());

  const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
  const requestUrl = () => `/staff/foi/${tracking}`;
  /** Posts a step's form from the request's page, as the officer. */
  const step = async (segment: string, fields: Record<string, string>, cookie = officer) => {
    const form = await formSession(t.app, requestUrl(), cookie);
    return form.post(`${requestUrl()}/${segment}`, fields);
  };

  it('have Chinese and English for every string', () => {
    assert.deepEqual(
      Object.keys(foiStaffMessages.en).sort(),
      Object.keys(foiStaffMessages['zh-CN']).sort(),
    );
  });

  it('refuse a bad ID number at registration with 422, the message, and the other values kept', async () => {
    const form = await formSession(t.app, '/staff/foi/new', officer);
    const response = await form.post('/staff/foi/new', {
      ...letter,
      idNumber: '210423198803150014',
      receivedOn: '2026-10-08',
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /证件号码：不是有效的 18 位居民身份证号码/);
    assert.match(response.body, /收到申请日期：格式应为 YYYY-MM-DD|日期：不能晚于今天/);
    assert.match(response.body, /value="孙晓明"/);
    assert.match(response.body, /value="210423198803150014"/);
    assert.match(response.body, /请公开2025年本县农村公路养护资金使用情况<\/textarea>/);
    assert.match(response.body, /value="post" checked/);
  });

  it('register a letter and show its access code once', async () => {
    const form = await formSession(t.app, '/staff/foi/new', officer);
    const response = await form.post('/staff/foi/new', letter);
    assert.equal(response.statusCode, 201, response.body.slice(0, 500));
    assert.equal(response.headers['cache-control'], 'no-store');
    const [, number, code] =
      /<code class="receipt-code">([^<]+)<\/code>[\s\S]*<code class="receipt-code">([^<]+)<\/code>/.exec(
        response.body,
      ) ?? [];
    assert.match(number!, /^2026-\d{4}-\d{4}$/);
    assert.match(code!, /^[A-Z2-9]{8}$/);
    assert.match(response.body, /只在此页显示一次/);
    tracking = number!;
    const page = await get(requestUrl(), officer);
    assert.equal(page.statusCode, 200);
    assert.equal(page.body.includes(code!), false);
    // Personal data masked: the ID number but its last 4, the phone's middle.
    assert.equal(page.body.includes('210423198803150013'), false);
    assert.match(page.body, /\*{14}0013/);
    assert.match(page.body, /139\*\*\*\*5678/);
    assert.match(page.body, /信函/);
    // 20 working days from 2026-09-01 (国庆 10-01..10-07 lies beyond).
    assert.match(page.body, /2026-09-29/);
  });

  it('list the ledger newest first, filtered, without ID numbers or phones', async () => {
    const all = await get('/staff/foi', admin);
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /共 45 件，显示第 1–45 件/);
    assert.ok(all.body.indexOf(tracking) < all.body.indexOf('2025-01-'));
    assert.equal(all.body.includes('210423198803150013'), false);
    assert.equal(all.body.includes('13912345678'), false);
    assert.match(all.body, /<th scope="col">期满日<\/th>/);
    assert.match(all.body, /class="light light-(green|yellow|red)"/);

    const byText = await get('/staff/foi?q=农村公路', admin);
    assert.match(byText.body, /共 1 件/);
    assert.match(byText.body, new RegExp(tracking));
    const byName = await get('/staff/foi?q=孙晓明&state=open&applicantType=person', admin);
    assert.match(byName.body, /共 1 件/);
    const byOrg = await get('/staff/foi?org=mzj', admin);
    assert.match(byOrg.body, /共 9 件/);
    assert.doesNotMatch(byOrg.body, new RegExp(tracking));
    const byDate = await get('/staff/foi?from=2026-09-01&to=2026-09-01', admin);
    assert.match(byDate.body, new RegExp(tracking));
    const before = await get('/staff/foi?to=2025-12-31', admin);
    assert.doesNotMatch(before.body, new RegExp(tracking));
    const withheld = await get(`/staff/foi?outcome=${encodeURIComponent('不予公开')}`, admin);
    assert.match(withheld.body, /不予公开：/);
    assert.doesNotMatch(withheld.body, /<td lang="zh-CN">予以公开<\/td>/);

    // The officer of 县政府办公室 sees that office's requests only.
    const own = await get('/staff/foi', officer);
    assert.match(own.body, /共 10 件/);
    assert.doesNotMatch(own.body, /县民政局<\/td>/);
  });

  it('explain a malformed filter with 422 and keep it', async () => {
    const page = await get('/staff/foi?from=2026-02-30&q=abc', admin);
    assert.equal(page.statusCode, 422);
    assert.match(page.body, /日期：请按 YYYY-MM-DD 填写/);
    assert.match(page.body, /value="abc"/);
  });

  it('export the filtered ledger to Excel', async () => {
    const response = await get('/staff/foi/ledger.xlsx?org=xzfb', admin);
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-disposition'] as string, /foi-ledger-2026-09-30\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(header, [
      '受理编号',
      '申请人类型',
      '姓名/名称',
      '申请渠道',
      '收到申请之日',
      '所需信息描述',
      '获取方式',
      '期满日',
      '办理结果',
      '法律依据',
      '答复日',
      '送达日',
      '归档号',
    ]);
    assert.equal(sheet.rowCount - 1, 10);
    const first = sheet.getRow(2);
    assert.equal(first.getCell(1).value, tracking);
    assert.equal(first.getCell(2).value, '自然人');
    assert.equal(first.getCell(3).value, '孙晓明');
    assert.equal(first.getCell(4).value, '信函');
    assert.equal(first.getCell(8).value, '2026-09-29');
    const text = JSON.stringify(sheet.getSheetValues());
    assert.equal(text.includes('210423198803150013'), false);
  });

  it('refuse a step the state does not allow, with the reason beside it', async () => {
    const response = await step('deliver', { deliverOn: '2026-09-10', deliverMethod: '邮寄' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /申请办理中，不能执行此操作/);
    assert.match(response.body, /<h3 id="field-deliver"/);
  });

  it('let a leader read a request but not handle it', async () => {
    const page = await get(requestUrl(), leader);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /您可以查看此申请，但不能办理/);
    assert.doesNotMatch(page.body, /\/consultation-start"/);
    const refused = await step(
      'consultation-start',
      { consultOn: '2026-09-07', consultParty: 'third_party' },
      leader,
    );
    assert.equal(refused.statusCode, 403);
  });

  it('take a request through consultation, extension, reply, delivery and archive', async () => {
    const start = await step('consultation-start', {
      consultOn: '2026-09-07',
      consultParty: 'third_party',
    });
    assert.equal(start.statusCode, 303, start.body.slice(0, 300));
    assert.equal(start.headers.location, requestUrl());
    let page = await get(requestUrl(), officer);
    assert.match(page.body, /征求意见中/);
    assert.match(page.body, /暂停计时/);

    assert.equal((await step('consultation-end', { consultEndOn: '2026-09-14' })).statusCode, 303);
    const tooLong = await step('extend', {
      extendOn: '2026-09-15',
      extendDays: '30',
      extendApprover: '县政府办公室主任',
      extendReason: '需调取档案',
    });
    assert.equal(tooLong.statusCode, 422);
    assert.match(tooLong.body, /延长天数：请填写 1 到 20 之间的整数/);
    assert.match(tooLong.body, /value="县政府办公室主任"/);
    const extended = await step('extend', {
      extendOn: '2026-09-15',
      extendDays: '10',
      extendApprover: '县政府办公室主任',
      extendReason: '需调取档案',
    });
    assert.equal(extended.statusCode, 303);
    page = await get(requestUrl(), officer);
    // The one extension of 条例第33条 is used: its form is gone.
    assert.doesNotMatch(page.body, /\/extend"/);
    assert.match(page.body, /延长/);

    const noBasis = await step('reply', {
      replyOn: '2026-09-25',
      replyOutcome: '部分公开',
      replyLegalBasis: '',
      replyText: '部分信息涉及第三方商业秘密。',
    });
    assert.equal(noBasis.statusCode, 422);
    assert.match(noBasis.body, /请写明答复的法律依据/);
    const replied = await step('reply', {
      replyOn: '2026-09-25',
      replyOutcome: '部分公开',
      replyLegalBasis: '条例第十五条、第三十七条',
      replyText: '部分信息涉及第三方商业秘密。',
    });
    assert.equal(replied.statusCode, 303);
    assert.equal(
      (await step('deliver', { deliverOn: '2026-09-28', deliverMethod: '挂号信' })).statusCode,
      303,
    );
    const archived = await step('archive', {
      archiveOn: '2026-09-30',
      archiveNumber: 'GK-2026-901',
    });
    assert.equal(archived.statusCode, 303);

    page = await get(requestUrl(), officer);
    assert.match(page.body, /已办结归档/);
    assert.match(page.body, /此申请已归档，没有可办理的事项/);
    for (const event of [
      '收到申请',
      '征求第三方或其他机关意见（期间不计入期限）',
      '征求意见结束，恢复计时',
      '延长答复期限',
      '作出答复',
      '答复已送达',
      '归档',
    ]) {
      assert.ok(page.body.includes(event), event);
    }
    assert.match(page.body, /GK-2026-901/);
    assert.ok(page.body.includes(`href="${requestUrl()}/letter"`));
    assert.equal((await get(`${requestUrl()}/letter`, officer)).statusCode, 200);
    assert.match(page.body, /挂号信/);
    const ledger = await get('/staff/foi?q=农村公路', officer);
    assert.match(ledger.body, /部分公开/);
    assert.match(ledger.body, /2026-09-25/);
  });

  it('show the annual report with both sections and every check passed', async () => {
    const page = await get('/staff/foi/report?year=2026', admin);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /三、收到和处理政府信息公开申请情况/);
    assert.match(page.body, /<th scope="row" lang="zh-CN">一、本年新收政府信息公开申请数量<\/th>/);
    assert.match(page.body, /<th scope="row" lang="zh-CN">四、结转下年度继续办理<\/th>/);
    assert.match(page.body, /<th scope="col" lang="zh-CN">法律服务机构<\/th>/);
    // Section 四: 15 columns under three groups of 5.
    assert.equal((page.body.match(/<th scope="colgroup" colspan="5"/g) ?? []).length, 3);
    assert.match(page.body, /<th scope="colgroup" colspan="5" lang="zh-CN">行政复议<\/th>/);
    assert.equal((page.body.match(/<th scope="col" lang="zh-CN">结果维持<\/th>/g) ?? []).length, 3);
    assert.equal((page.body.match(/class="check-ok"/g) ?? []).length, 5);
    assert.doesNotMatch(page.body, /check-failed/);
    assert.match(page.body, /href="\/api\/v1\/foi\/annual-report\?year=2026"/);
    assert.match(page.body, /href="\/staff\/foi\/report\/entries\?year=2026"/);
    const bad = await get('/staff/foi/report?year=1999', admin);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /年度：请填写 2008 到 2100 之间的年份/);
  });

  it('is closed to staff without a part in 依申请公开', async () => {
    const clerk = await signIn(t.app, 'chuangkou', 'Sunshine-chuangkou-2026');
    assert.equal((await get('/staff/foi', clerk)).statusCode, 403);
    assert.equal((await get('/staff/foi/new', leader)).statusCode, 403);
    assert.equal((await get('/staff/foi/ledger.xlsx', clerk)).statusCode, 403);
  });

  it('drafts the reply letter for the chosen outcome, for the officer to edit and send', async () => {
    const { rows } = await sql<{ trackingNumber: string }>`
      select r.tracking_number from foi_requests r join accounts_orgs o on o.id = r.org_id
      where o.code = 'xzfb' and r.state = 'open' order by r.id limit 1`.execute(t.database.db);
    const number = rows[0]!.trackingNumber;
    const outcome = encodeURIComponent('不予公开.属于国家秘密');
    const basis = encodeURIComponent('《中华人民共和国政府信息公开条例》第十四条');
    const page = await get(
      `/staff/foi/${number}?draftOutcome=${outcome}&draftBasis=${basis}`,
      officer,
    );
    assert.equal(page.statusCode, 200);
    const text =
      /<textarea[^>]*name="replyText"[^>]*>([^<]*)<\/textarea>/.exec(page.body)?.[1] ?? '';
    assert.match(
      text,
      /属于国家秘密。根据《中华人民共和国政府信息公开条例》第十四条的规定，本机关决定不予公开/,
    );
    assert.match(text, /六十日内依法申请行政复议/);
    assert.match(page.body, /<details open/);
    const ignored = await get(`/staff/foi/${number}?draftOutcome=nonsense`, officer);
    assert.doesNotMatch(ignored.body, /六十日内依法申请行政复议/);
  });
});
