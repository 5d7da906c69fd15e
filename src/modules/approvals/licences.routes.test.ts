import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.ts';
import { systemContext } from '../../platform/http/index.ts';
import { getOrgByCode } from '../accounts/index.ts';
import { issueLicence } from './licences.service.ts';

/** The field's error paragraph, which sits beside the field. */
function errorBeside(html: string, field: string): string | undefined {
  return new RegExp(`id="field-${field}-error"[^>]*>([^<]+)<`).exec(html)?.[1];
}

describe('the licence pages', () => {
  let t: TestApp;
  let code: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    const bureau = await getOrgByCode(t.database.db as never, 'scjgj');
    const center = await getOrgByCode(t.database.db as never, 'zwfw');
    ({ creditCode: code } = await issueLicence(t.database.db, t.clock, systemContext('test'), {
      name: '清原满族自治县测试科技有限公司',
      kind: 'enterprise',
      legalRepresentative: '周建国',
      legalRepresentativeIdNumber: '11010519491231002X',
      registeredCapitalFen: 1_234_500,
      address: '清原镇测试街1号',
      businessScope: '软件开发；信息技术咨询服务',
      contactPhone: '13900001111',
      establishedOn: '2026-09-28',
      issuingOrgId: bureau.id,
      centerOrgId: center.id,
    }));
  });
  after(() => t.close());

  const lookUp = (value: string) =>
    t.app.inject({ url: `/services/licences?code=${encodeURIComponent(value)}` });

  it('offers a GET form with a labelled code field', async () => {
    const response = await t.app.inject({ url: '/services/licences' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<h1>营业执照查询<\/h1>/);
    assert.match(response.body, /<form method="get" action="\/services\/licences"/);
    assert.match(response.body, /<label for="field-code">统一社会信用代码<\/label>/);
  });

  it('refuses a mistyped code with the reason beside the field, in Chinese', async () => {
    const cases: [string, RegExp][] = [
      ['91330100716105852G', /第18位校验码不符/],
      ['9133010071610585', /应为 18 位/],
      ['9133O100716105852F', /不允许的字符/],
      ['', /请输入营业执照上的 18 位代码/],
    ];
    for (const [value, reason] of cases) {
      const response = await lookUp(value);
      assert.equal(response.statusCode, 422, value);
      assert.match(errorBeside(response.body, 'code') ?? '', /^统一社会信用代码：/);
      assert.match(errorBeside(response.body, 'code') ?? '', reason);
      assert.match(response.body, /href="#field-code"/);
      assert.doesNotMatch(response.body, /查询结果/);
    }
    const kept = await lookUp('91330100716105852G');
    assert.match(kept.body, /value="91330100716105852G"/);
  });

  it('says when a valid code was not issued here', async () => {
    const response = await lookUp('91330100716105852F');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /本县登记机关没有核发过这个代码的营业执照/);
    assert.doesNotMatch(response.body, /营业执照登记信息/);
  });

  it('shows the public facts of a licence issued here, never ID numbers or phones', async () => {
    const response = await lookUp(` ${code.toLowerCase()} `);
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.match(body, /这是本县登记机关核发的营业执照/);
    assert.match(body, /<caption>营业执照登记信息（公示）<\/caption>/);
    for (const fact of [
      code,
      '清原满族自治县测试科技有限公司',
      '企业',
      '周建国',
      '清原镇测试街1号',
    ]) {
      assert.ok(body.includes(fact), fact);
    }
    assert.match(body, /成立日期<\/th><td>2026-09-28/);
    assert.match(body, /登记状态<\/th><td>存续/);
    assert.match(body, /县市场监督管理局/);
    assert.doesNotMatch(body, /11010519491231002X/);
    assert.doesNotMatch(body, /13900001111/);
  });

  it('shows a demo licence’s status as registered', async () => {
    const { rows } = await sql<{ creditCode: string }>`
      select credit_code from approvals_licences where status = 'deregistered' and is_demo`.execute(
      t.database.db,
    );
    assert.equal(rows.length, 1);
    const response = await lookUp(rows[0]!.creditCode);
    assert.match(response.body, /登记状态<\/th><td>注销/);
  });

  it('prints the licence for the window clerk of the center that accepted it', async () => {
    const url = `/staff/approvals/registrations/${code}/licence`;
    const anonymous = await t.app.inject({ url });
    assert.equal(anonymous.statusCode, 303);
    const cookie = await signIn(t.app, 'chuangkou', 'Sunshine-chuangkou-2026');
    const response = await t.app.inject({ url, headers: { cookie } });
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.match(body, /href="\/static\/css\/licence.css"/);
    assert.match(body, /营业执照/);
    assert.ok(body.includes(code));
    for (const fact of [
      '周建国',
      '人民币 1.2345 万元',
      '2026-09-28',
      '软件开发；信息技术咨询服务',
    ]) {
      assert.ok(body.includes(fact), fact);
    }
    assert.match(body, /国办发〔2016〕53号/);
    assert.match(body, /登记日期：2026-09-30/);
    const missing = await t.app.inject({
      url: '/staff/approvals/registrations/91330100716105852F/licence',
      headers: { cookie },
    });
    assert.equal(missing.statusCode, 404);
  });

  it('does not show the licence to a reviewer of another department', async () => {
    const cookie = await signIn(t.app, 'lianshen', 'Sunshine-lianshen-2026');
    const response = await t.app.inject({
      url: `/staff/approvals/registrations/${code}/licence`,
      headers: { cookie },
    });
    assert.equal(response.statusCode, 403);
  });
});
