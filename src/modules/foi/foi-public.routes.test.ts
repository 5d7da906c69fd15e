import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, formSession, type TestApp } from '../../../test/test-app.ts';
import { systemContext } from '../../platform/http/index.ts';
import { replyToRequest } from './foi-handling.service.ts';
import { foiPublicMessages } from './foi-public.messages.ts';
import { outcomes } from './foi.model.ts';
import { outcomeKeyList } from './views/public-parts.tsx';

const good = {
  applicantType: 'person',
  name: '王五',
  idType: 'resident_id',
  idNumber: '11010519491231002X',
  phone: '139 0000 0000',
  email: '',
  address: '',
  description: '请提供本县2025年城乡低保资金发放情况',
  documentNumber: '',
  format: 'electronic',
  delivery: 'online',
};

/** The text of the element with this id (the receipt's numbers). */
function byId(html: string, id: string): string {
  const match = new RegExp(`id="${id}"[^>]*>([^<]+)<`).exec(html);
  if (!match) throw new Error(`no #${id} in the page`);
  return match[1]!.trim();
}

/** The field's error paragraph, which sits beside the field. */
function errorBeside(html: string, field: string): string | undefined {
  return new RegExp(`id="field-${field}-error"[^>]*>([^<]+)<`).exec(html)?.[1];
}

describe('the public FOI pages', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  async function apply(fields: Record<string, string>, cookie = '') {
    const session = await formSession(t.app, '/foi/apply', cookie);
    return session.post('/foi/apply', fields);
  }

  async function follow(trackingNumber: string, accessCode: string, cookie = '') {
    const session = await formSession(t.app, '/foi/status', cookie);
    return session.post('/foi/status', { trackingNumber, accessCode });
  }

  it('shows the form with labelled fields, radio groups in fieldsets, and what happens next', async () => {
    const page = await t.app.inject('/foi/apply');
    assert.equal(page.statusCode, 200);
    const html = page.body;
    assert.match(html, /<h1>申请政府信息公开<\/h1>/);
    assert.match(html, /20 个工作日内答复/);
    assert.match(html, /条例第三十三条/);
    assert.match(html, /一般不收费/);
    assert.match(html, /证件号码和联系电话只用于办理本申请，不会公开/);
    for (const name of ['name', 'idNumber', 'phone', 'email', 'address', 'description']) {
      assert.match(html, new RegExp(`<label for="field-${name}">`), name);
    }
    assert.match(html, /<legend>申请人类型<\/legend>/);
    assert.match(html, /<legend>法人或其他组织<\/legend>/);
    assert.match(html, /autocomplete="tel"/);
    assert.match(html, /autocomplete="email"/);
    assert.match(html, /name="_csrf"/);
    assert.match(html, /href="\/openness" aria-current="page"/);
  });

  it('takes a good application, shows the receipt once, and the status page then shows it', async () => {
    const response = await apply(good);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers.location, undefined);
    assert.equal(response.headers['cache-control'], 'no-store');
    const html = response.body;
    const trackingNumber = byId(html, 'tracking-number');
    const accessCode = byId(html, 'access-code');
    assert.match(trackingNumber, /^2026-\d{4}-\d{4}$/);
    assert.match(accessCode, /^[A-Z2-9]{8}$/);
    assert.match(html, /查询码只在这里显示这一次/);
    // The test clock: 2026-09-30, the day before 国庆; 20 working days end 2026-11-03.
    assert.match(html, /<time datetime="2026-09-30">2026年9月30日（星期三）<\/time>/);
    assert.match(html, /<time datetime="2026-11-03">2026年11月3日（星期二）<\/time>/);
    assert.doesNotMatch(html, /暂定/);
    assert.match(html, new RegExp(`href="/foi/status\\?trackingNumber=${trackingNumber}"`));

    const status = await follow(trackingNumber, accessCode.toLowerCase());
    assert.equal(status.statusCode, 200, status.body);
    assert.match(status.body, /<h1>申请办理进度<\/h1>/);
    assert.match(status.body, new RegExp(trackingNumber));
    assert.match(status.body, /办理中/);
    assert.match(status.body, /2026年11月3日（星期二）/);
    assert.match(status.body, /收到申请：网上申请/);
    assert.doesNotMatch(status.body, /11010519491231002X|139 0000 0000/);
    assert.doesNotMatch(status.body, new RegExp(accessCode));

    // Typed as twelve full-width digits, it is still found.
    const plain = trackingNumber.replaceAll('-', '');
    const fullWidth = [...plain].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    assert.equal((await follow(fullWidth, accessCode)).statusCode, 200);
  });

  it('shows the reply, its outcome and the timeline once replied', async () => {
    const receipt = await apply(good);
    const trackingNumber = byId(receipt.body, 'tracking-number');
    const accessCode = byId(receipt.body, 'access-code');
    await replyToRequest(t.database.db, t.clock, systemContext('test'), trackingNumber, {
      on: '2026-09-30',
      outcome: '不予公开.属于国家秘密',
      legalBasis: '条例第14条',
      text: '经审查，所申请信息属于国家秘密。\n特此告知。',
    });
    const status = await follow(trackingNumber, accessCode);
    assert.equal(status.statusCode, 200);
    assert.match(status.body, /已答复/);
    assert.match(status.body, /不予公开：属于国家秘密/);
    assert.match(status.body, /<p lang="zh-CN">特此告知。<\/p>/);
    assert.match(status.body, /60 日内申请行政复议/);
    assert.match(status.body, /2026年9月30日（星期三）<\/time> 作出答复/);
  });

  it('answers bad input with 422: each message beside its field, in the summary, values kept', async () => {
    const response = await apply({
      ...good,
      name: '王五<b>',
      idNumber: '110105194912310021',
      phone: 'x',
      delivery: 'post',
      format: '',
    });
    assert.equal(response.statusCode, 422);
    const html = response.body;
    assert.match(errorBeside(html, 'idNumber')!, /不是有效的 18 位居民身份证号码/);
    assert.match(errorBeside(html, 'phone')!, /联系电话/);
    assert.match(errorBeside(html, 'address')!, /选择邮寄时必须填写/);
    assert.match(errorBeside(html, 'format')!, /提供形式/);
    assert.equal(errorBeside(html, 'name'), undefined);
    assert.match(html, /有 4 处需要修改/);
    // The summary in page order, each linking to its field.
    const links = [...html.matchAll(/<a href="#field-(\w+)">/g)].map((m) => m[1]);
    assert.deepEqual(links, ['idNumber', 'phone', 'address', 'format']);
    assert.match(
      html,
      /id="field-idNumber" name="idNumber" type="text" value="110105194912310021"/,
    );
    assert.match(html, /value="王五&lt;b>"/);
    assert.match(html, /请提供本县2025年城乡低保资金发放情况<\/textarea>/);
    assert.match(html, /id="field-applicantType" name="applicantType" value="person" checked/);
    assert.match(html, /name="delivery" value="post" checked/);
  });

  it('names an unchosen applicant type and a wrong ID type for an organisation', async () => {
    const unchosen = await apply({ ...good, applicantType: '' });
    assert.equal(unchosen.statusCode, 422);
    assert.match(errorBeside(unchosen.body, 'applicantType')!, /申请人类型/);
    const organisation = await apply({ ...good, applicantType: 'business' });
    assert.match(errorBeside(organisation.body, 'idType')!, /统一社会信用代码/);
  });

  it('gives one message for a wrong code and a wrong number: 404, number kept, code not', async () => {
    const receipt = await apply(good);
    const trackingNumber = byId(receipt.body, 'tracking-number');
    const accessCode = byId(receipt.body, 'access-code');
    const wrongCode = await follow(trackingNumber, 'WRONG234');
    const wrongNumber = await follow('2026-0000-0000', accessCode);
    assert.equal(wrongCode.statusCode, 404);
    assert.equal(wrongNumber.statusCode, 404);
    const message = (html: string) => errorBeside(html, 'trackingNumber');
    assert.equal(message(wrongCode.body), '受理编号或查询码不正确，请核对后重新输入。');
    assert.equal(message(wrongCode.body), message(wrongNumber.body));
    assert.match(
      wrongCode.body,
      new RegExp(`name="trackingNumber" type="text" value="${trackingNumber}"`),
    );
    assert.match(wrongNumber.body, /name="accessCode" type="text" value autocomplete/);
    assert.doesNotMatch(wrongNumber.body, new RegExp(accessCode));

    const empty = await follow('', '');
    assert.equal(empty.statusCode, 422);
    assert.match(errorBeside(empty.body, 'accessCode')!, /查询码/);
  });

  it('refuses a form POST without the CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/foi/status',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'trackingNumber=2026-0000-0000&accessCode=ABCDEFGH',
    });
    assert.equal(response.statusCode, 403);
  });

  it('speaks English with the lang=en cookie', async () => {
    const page = await t.app.inject({ url: '/foi/apply', headers: { cookie: 'lang=en' } });
    assert.match(page.body, /<h1>Request government information<\/h1>/);
    assert.match(page.body, /within 20 working days/);
    const receipt = await apply(good, 'lang=en');
    assert.equal(receipt.statusCode, 200);
    assert.match(receipt.body, /<h1>Request sent<\/h1>/);
    assert.match(receipt.body, /Tuesday 3 November 2026/);
    const wrong = await follow('2026-0000-0000', 'ABCDEFGH', 'lang=en');
    assert.equal(wrong.statusCode, 404);
    assert.match(wrong.body, /The tracking number or the access code is not right/);
  });

  it('marks a due date 暂定 when it rests on an unpublished year', async () => {
    t.clock.set('2026-12-15T10:00:00+08:00');
    try {
      const response = await apply(good);
      assert.equal(response.statusCode, 200, response.body);
      assert.match(response.body, /<strong class="status-tag">暂定<\/strong>/);
      assert.match(response.body, /放假安排尚未公布/);
    } finally {
      t.clock.set('2026-09-30T09:30:00+08:00');
    }
  });

  it('links the pages from the 政务公开 section', async () => {
    const section = await t.app.inject('/openness');
    assert.match(section.body, /href="\/foi\/apply"/);
    assert.match(section.body, /href="\/foi\/status"/);
  });
});

describe('the public FOI wording', () => {
  it('has the same keys in both languages and a wording for every outcome', () => {
    assert.deepEqual(
      Object.keys(foiPublicMessages.en).sort(),
      Object.keys(foiPublicMessages['zh-CN']).sort(),
    );
    assert.deepEqual(Object.keys(outcomeKeyList).sort(), [...outcomes].sort());
    for (const key of Object.values(outcomeKeyList)) {
      assert.ok(`foiPublic.outcome.${key}` in foiPublicMessages['zh-CN'], key);
    }
  });
});
