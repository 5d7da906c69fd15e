import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.ts';

const body = {
  applicant: {
    type: 'person',
    name: '李四',
    idType: 'resident_id',
    idNumber: '11010519491231002X',
    phone: '024-55000000',
  },
  description: '请提供2025年本县公共资源交易项目清单',
  form: 'electronic',
  delivery: 'online',
};

describe('the FOI API (issue 5 contract)', () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    admin = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
  });
  after(() => t.close());

  it('takes an application and answers 201 with the tracking number, access code and dates', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/foi/requests',
      payload: body,
    });
    assert.equal(response.statusCode, 201, response.body);
    const receipt = response.json();
    assert.deepEqual(Object.keys(receipt).sort(), [
      'accessCode',
      'dueOn',
      'receivedOn',
      'trackingNumber',
    ]);
    // The test clock: 2026-09-30, the day before 国庆 (10-01..10-07 off, Saturday 10-10 worked: 20 working days end 11-03).
    assert.equal(receipt.receivedOn, '2026-09-30');
    assert.equal(receipt.dueOn, '2026-11-03');

    const status = await t.app.inject({
      url: `/api/v1/foi/requests/${receipt.trackingNumber}`,
      headers: { 'x-access-code': receipt.accessCode },
    });
    assert.equal(status.statusCode, 200);
    const json = status.json();
    assert.equal(json.state, 'open');
    assert.equal(json.dueOn, '2026-11-03');
    assert.equal(json.outcome, null);
    assert.deepEqual(
      json.timeline.map((e: { kind: string }) => e.kind),
      ['received'],
    );
    assert.equal(JSON.stringify(json).includes('11010519491231002X'), false);

    const wrongCode = await t.app.inject({
      url: `/api/v1/foi/requests/${receipt.trackingNumber}`,
      headers: { 'x-access-code': 'WRONG123' },
    });
    const wrongNumber = await t.app.inject({
      url: '/api/v1/foi/requests/2026-0000-0000',
      headers: { 'x-access-code': receipt.accessCode },
    });
    assert.equal(wrongCode.statusCode, 404);
    assert.equal(wrongNumber.statusCode, 404);
    assert.equal(wrongCode.body, wrongNumber.body);
  });

  it('answers invalid input with 422 and a message per field path', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/foi/requests',
      payload: {
        ...body,
        applicant: { ...body.applicant, idNumber: '110105194912310021', phone: 'x' },
        form: 'fax',
      },
    });
    assert.equal(response.statusCode, 422);
    const { error } = response.json();
    assert.equal(error.code, 'validation');
    assert.match(error.fields['applicant.idNumber'], /居民身份证号码/);
    assert.match(error.fields['applicant.phone'], /联系电话/);
    assert.match(error.fields.form, /提供形式/);
  });

  it('gives the annual report to staff in the contract shape, and not to the public', async () => {
    const refused = await t.app.inject({ url: '/api/v1/foi/annual-report?year=2026' });
    assert.equal(refused.statusCode, 403);
    const response = await t.app.inject({
      url: '/api/v1/foi/annual-report?year=2026',
      headers: { cookie: admin },
    });
    assert.equal(response.statusCode, 200);
    const report = response.json();
    assert.equal(report.year, 2026);
    assert.deepEqual(report.applications.columns, [
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    const labels = report.applications.rows.map((r: { label: string }) => r.label);
    assert.equal(labels[0], '一、本年新收政府信息公开申请数量');
    assert.ok(labels.includes('（七）总计'));
    assert.equal(labels.at(-1), '四、结转下年度继续办理');
    for (const row of report.applications.rows) assert.equal(row.values.length, 7);
    assert.ok(report.checks.every((c: { ok: boolean }) => c.ok));
  });
});
