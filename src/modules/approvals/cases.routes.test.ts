import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import { acceptCase } from './case-acceptance.service.ts';
import { startJointReview } from './case-review.service.ts';
import { actorWith, createTestItem, createTestWindow } from './cases.factories.ts';
import { findOrg } from './cases.queries.ts';
import { registerAtWindow } from './cases.service.ts';

let t: TestApp;
let clerk: string;
let windowId: number;
let instantMaterials: number[];

const applicantFields = {
  applicantType: 'person',
  name: '李四',
  idNumber: '11010519491231002X',
  phone: '13900000000',
};

before(async () => {
  t = await createTestApp({ demo: true });
  const db = t.database.db;
  const center = (await findOrg(db, { code: 'zwfw' }))!;
  const scj = (await findOrg(db, { code: 'scjgj' }))!;
  const gaj = (await findOrg(db, { code: 'gaj' }))!;
  const zrzyj = (await findOrg(db, { code: 'zrzyj' }))!;
  const instant = await createTestItem(db, {
    code: 'RT-INSTANT',
    orgId: scj.id,
    promisedDays: 0,
    materials: [{ name: '身份证原件' }, { name: '申请表' }],
  });
  instantMaterials = instant.materialIds;
  const joint = await createTestItem(db, {
    code: 'RT-JOINT',
    orgId: scj.id,
    promisedDays: 15,
    statutoryDays: 45,
    materials: [{ name: '申请书' }],
    reviewOrgs: [
      { orgId: gaj.id, stepDays: 5 },
      { orgId: zrzyj.id, stepDays: 5 },
    ],
  });
  windowId = await createTestWindow(db, center.id, 'T9', [instant.id, joint.id]);
  clerk = await signIn(t.app, 'chuangkou', 'Sunshine-chuangkou-2026');
  // A joint case already in review, for the reviewer's page.
  const ctx = await actorWith(db, 'clerk', [{ role: 'window_clerk', orgId: center.id }]);
  const receipt = await registerAtWindow(db, t.clock, ctx, {
    windowId,
    itemCode: 'RT-JOINT',
    applicant: {
      type: 'person',
      name: '赵六',
      idNumber: '11010519491231002X',
      phone: '13900000001',
    },
    provided: joint.materialIds,
  });
  await acceptCase(db, t.clock, ctx, receipt.trackingNumber);
  await startJointReview(db, t.clock, ctx, receipt.trackingNumber);
  jointNumber = receipt.trackingNumber;
});
let jointNumber = '';
after(() => t.close());

const deskUrl = () => `/staff/approvals/window?window=${windowId}&item=RT-INSTANT`;
const allMaterials = () =>
  Object.fromEntries(instantMaterials.map((id) => [`material-${id}`, 'on']));

describe('the window desk', () => {
  it('shows the one-click button for an instant item', async () => {
    const page = await t.app.inject({ url: deskUrl(), headers: { cookie: clerk } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /受理并办结/);
  });

  it('refuses acceptance with a material missing, naming it, and keeps what was typed', async () => {
    const form = await formSession(t.app, deskUrl(), clerk);
    const response = await form.post('/staff/approvals/window', {
      window: String(windowId),
      item: 'RT-INSTANT',
      action: 'accept',
      ...applicantFields,
      [`material-${instantMaterials[0]}`]: 'on',
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /缺少申请材料：申请表/);
    assert.doesNotMatch(response.body, /缺少申请材料：身份证原件/);
    assert.match(response.body, /value="李四"/);
  });

  it('accepts and completes an instant item in one click; the applicant sees it completed', async () => {
    const form = await formSession(t.app, deskUrl(), clerk);
    const response = await form.post('/staff/approvals/window', {
      window: String(windowId),
      item: 'RT-INSTANT',
      action: 'complete',
      ...applicantFields,
      ...allMaterials(),
    });
    assert.equal(response.statusCode, 201);
    const trackingNumber = /id="tracking-number">([^<]+)</.exec(response.body)?.[1];
    const accessCode = /id="access-code">([^<]+)</.exec(response.body)?.[1];
    assert.ok(trackingNumber && accessCode);
    assert.match(response.body, /已办结/);

    const track = await formSession(t.app, '/services/track');
    const status = await track.post('/services/track', { trackingNumber, accessCode });
    assert.equal(status.statusCode, 200);
    assert.match(status.body, /id="track-state">已办结</);
    // Only the first character of the name; no ID number or phone.
    assert.match(status.body, /李\*/);
    assert.doesNotMatch(status.body, /李四|11010519491231002X|13900000000/);

    const wrong = await track.post('/services/track', { trackingNumber, accessCode: 'AAAAAAAA' });
    assert.equal(wrong.statusCode, 404);

    const page = await t.app.inject({
      url: `/staff/approvals/cases/${trackingNumber}`,
      headers: { cookie: clerk },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /light-green/);

    const api = await t.app.inject({
      url: `/api/v1/cases/${trackingNumber}`,
      headers: { cookie: clerk },
    });
    assert.equal(api.statusCode, 200);
    assert.equal(api.json().state, 'completed');
    const anonymous = await t.app.inject({ url: `/api/v1/cases/${trackingNumber}` });
    assert.equal(anonymous.statusCode, 403);
  });

  it('gives a printable one-time notice listing every missing material', async () => {
    const form = await formSession(t.app, deskUrl(), clerk);
    const response = await form.post('/staff/approvals/window', {
      window: String(windowId),
      item: 'RT-INSTANT',
      action: 'notice',
      ...applicantFields,
    });
    assert.equal(response.statusCode, 201);
    const trackingNumber = /id="tracking-number">([^<]+)</.exec(response.body)![1]!;
    const notice = await t.app.inject({
      url: `/staff/approvals/cases/${trackingNumber}/notice`,
      headers: { cookie: clerk },
    });
    assert.equal(notice.statusCode, 200);
    assert.match(notice.body, /<li>身份证原件<\/li><li>申请表<\/li>/);
  });
});

describe('cases for staff', () => {
  it('lists cases with filters and refuses the public', async () => {
    const list = await t.app.inject({
      url: '/staff/approvals/cases?item=RT-JOINT&state=reviewing',
      headers: { cookie: clerk },
    });
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(jointNumber));
    const bad = await t.app.inject({
      url: '/staff/approvals/cases?from=yesterday',
      headers: { cookie: clerk },
    });
    assert.equal(bad.statusCode, 422);
  });

  it('shows the reviewer of a department the form for its opinion only', async () => {
    const reviewer = await signIn(t.app, 'lianshen', 'Sunshine-lianshen-2026');
    const page = await t.app.inject({
      url: `/staff/approvals/cases/${jointNumber}`,
      headers: { cookie: reviewer },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /opinion-zrzyj/);
    assert.doesNotMatch(page.body, /opinion-gaj/);
    const form = await formSession(t.app, `/staff/approvals/cases/${jointNumber}`, reviewer);
    const empty = await form.post(`/staff/approvals/cases/${jointNumber}/opinion-zrzyj`, {
      'opinion-zrzyj_approve': 'yes',
      'opinion-zrzyj_opinion': '',
    });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /请填写审查意见/);
    const other = await form.post(`/staff/approvals/cases/${jointNumber}/opinion-gaj`, {
      'opinion-gaj_approve': 'yes',
      'opinion-gaj_opinion': '同意',
    });
    assert.equal(other.statusCode, 403);
    const done = await form.post(`/staff/approvals/cases/${jointNumber}/opinion-zrzyj`, {
      'opinion-zrzyj_approve': 'yes',
      'opinion-zrzyj_opinion': '同意',
    });
    assert.equal(done.statusCode, 303);
  });
});
