import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestOrg } from '../../../../test/factories.ts';
import { createTestApp, formSession, signIn, type TestApp } from '../../../../test/test-app.ts';
import { systemContext } from '../../../platform/http/index.ts';
import { createUser } from '../../accounts/index.ts';
import { submitAppeal } from '../submission.service.ts';

describe('the feedback staff console', () => {
  let t: TestApp;
  let huiying: string;
  let admin: string;
  let privateNumber: string;
  let publicNumber: string;

  before(async () => {
    t = await createTestApp();
    const db = t.database.db;
    // Our own county: the dispatch desk at its root, 民政局 (mzj) and 教育局 (jyj) below it.
    const county = await createTestOrg(db, 'fr-county');
    await createTestOrg(db, 'mzj', county);
    await createTestOrg(db, 'jyj', county);
    await sql`update feedback_settings set data = ${JSON.stringify({ dispatchOrgCode: 'fr-county' })}::jsonb`.execute(
      db,
    );
    const ctx = systemContext('test');
    for (const [username, role, orgCode] of [
      ['huiying', 'responder', 'mzj'],
      ['admin', 'admin', 'fr-county'],
    ] as const) {
      const password = `Sunshine-${username}-2026`;
      await createUser(db as never, t.clock, ctx, {
        username,
        displayName: username,
        password,
        grants: [{ role, orgCode }],
      });
    }
    const submit = async (publicAllowed: boolean) =>
      (
        await submitAppeal(
          t.database.db,
          t.clock,
          systemContext('test'),
          {
            kind: 'help',
            subject: '低保申请咨询',
            content: '家中老人患病，想了解低保申请需要哪些材料。',
            orgCode: 'mzj',
            phone: '13912345678',
            publicAllowed,
          },
          { channel: 'phone' },
        )
      ).trackingNumber;
    privateNumber = await submit(false);
    publicNumber = await submit(true);
    huiying = await signIn(t.app, 'huiying', 'Sunshine-huiying-2026');
    admin = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
  });
  after(() => t.close());

  it('shows the responder their queue with both clocks and the links of the system', async () => {
    const anonymous = await t.app.inject({ url: '/staff/feedback' });
    assert.notEqual(anonymous.statusCode, 200);
    assert.doesNotMatch(anonymous.body, new RegExp(privateNumber));
    const page = await t.app.inject({ url: '/staff/feedback', headers: { cookie: huiying } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(privateNumber));
    // Received Wednesday 30 September: 5 working days → 8, 9, 10 (make-up Saturday), 12, 13 October.
    assert.match(page.body, /2026-10-13/);
    for (const link of [
      '/staff/feedback/new',
      '/staff/feedback/routing',
      '/staff/feedback/figures',
    ]) {
      assert.match(page.body, new RegExp(`href="${link}"`));
    }
    const list = await t.app.inject({
      url: '/staff/feedback/appeals?state=assigned&kind=help',
      headers: { cookie: huiying },
    });
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(publicNumber));
    const bad = await t.app.inject({
      url: '/staff/feedback/appeals?from=2026-13-40',
      headers: { cookie: huiying },
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /日期格式应为 年-月-日/);
  });

  it('claims and replies through the forms; a public reply not allowed comes back 422', async () => {
    const url = `/staff/feedback/appeals/${privateNumber}`;
    const detail = await formSession(t.app, url, huiying);
    const page = await t.app.inject({ url, headers: { cookie: huiying } });
    assert.match(page.body, /13912345678/);
    assert.match(page.body, /答复申请人（不公开）/);
    assert.match(page.body, /公开答复（将在网站公开，不含个人信息）/);
    assert.match(page.body, /name="privateText"/);
    assert.match(page.body, /提交答复/);
    const claimed = await detail.post(`${url}/claim`, {});
    assert.equal(claimed.statusCode, 303);
    assert.equal(claimed.headers.location, url);
    const refused = await detail.post(`${url}/reply`, {
      privateText: '请携带户口簿和医疗证明到民政局办理。',
      publicText: '低保申请材料：户口簿、收入证明。',
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /申请人未同意公开其诉求，不能填写公开答复/);
    assert.match(refused.body, /请携带户口簿和医疗证明到民政局办理。/);
    const replied = await detail.post(`${url}/reply`, {
      privateText: '请携带户口簿和医疗证明到民政局办理。',
    });
    assert.equal(replied.statusCode, 303);
    const after = await t.app.inject({ url, headers: { cookie: huiying } });
    assert.match(after.body, /已答复/);
    assert.match(after.body, /请携带户口簿和医疗证明到民政局办理。/);
    const late = await detail.post(`${url}/close`, { outcome: '' });
    assert.equal(late.statusCode, 422);
    assert.match(late.body, /请选择办结结果/);
  });

  it('asks for the reason of a transfer beside its field', async () => {
    const url = `/staff/feedback/appeals/${publicNumber}`;
    const detail = await formSession(t.app, url, huiying);
    const refused = await detail.post(`${url}/transfer`, {
      transferOrgCode: 'jyj',
      transferReason: '',
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /id="field-transferReason-error"[^>]*>请填写理由/);
    // Every field id on the page is unique, though several steps ask for a reason.
    const ids = [...refused.body.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
    const moved = await detail.post(`${url}/transfer`, {
      transferOrgCode: 'jyj',
      transferReason: '属教育局职责',
    });
    assert.equal(moved.statusCode, 303);
    // Now the appeal belongs to another org: the responder of 民政局 may no longer act on it.
    const again = await detail.post(`${url}/claim`, {});
    assert.equal(again.statusCode, 403);
  });

  it('enters an appeal from a call and shows its access code once', async () => {
    const form = await formSession(t.app, '/staff/feedback/new', huiying);
    const bad = await form.post('/staff/feedback/new', {
      channel: 'phone',
      kind: 'help',
      subject: 'x',
      content: '',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /标题应为 2 至 100 个字/);
    const made = await form.post('/staff/feedback/new', {
      channel: 'hotline_12345',
      kind: 'complaint',
      subject: '养老院收费问题',
      content: '12345 热线转来：某养老院收费不透明。',
      orgCode: 'mzj',
    });
    assert.equal(made.statusCode, 201);
    assert.match(made.body, /FK20260930\d{6}/);
    assert.match(made.body, /查询码只显示这一次/);
  });

  it('lets the county admin keep routing rules, and not a department responder', async () => {
    const denied = await t.app.inject({
      url: '/staff/feedback/routing',
      headers: { cookie: huiying },
    });
    assert.equal(denied.statusCode, 403);
    const form = await formSession(t.app, '/staff/feedback/routing', admin);
    const empty = await form.post('/staff/feedback/routing', {
      priority: '10',
      kind: '',
      keyword: '',
      place: '',
      orgCode: 'mzj',
    });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /请至少填写类型、关键词或地点中的一项/);
    const added = await form.post('/staff/feedback/routing', {
      priority: '10',
      kind: 'help',
      keyword: '低保、救助',
      place: '',
      orgCode: 'mzj',
    });
    assert.equal(added.statusCode, 303);
    const list = await t.app.inject({ url: '/staff/feedback/routing', headers: { cookie: admin } });
    assert.match(list.body, /低保、救助/);
    const id = /href="\/staff\/feedback\/routing\/(\d+)"/.exec(list.body)![1];
    const edit = await formSession(t.app, `/staff/feedback/routing/${id}`, admin);
    assert.match(
      (await t.app.inject({ url: `/staff/feedback/routing/${id}`, headers: { cookie: admin } }))
        .body,
      /value="低保、救助"/,
    );
    const badEdit = await edit.post(`/staff/feedback/routing/${id}`, {
      priority: '-1',
      kind: 'help',
      keyword: '低保',
      place: '',
      orgCode: 'mzj',
    });
    assert.equal(badEdit.statusCode, 422);
    assert.match(badEdit.body, /优先级应为 0 至 9999 的整数/);
    const edited = await edit.post(`/staff/feedback/routing/${id}`, {
      priority: '5',
      kind: 'help',
      keyword: '低保 临时救助',
      place: '',
      orgCode: 'mzj',
    });
    assert.equal(edited.statusCode, 303);
    const off = await edit.post(`/staff/feedback/routing/${id}/deactivate`, {});
    assert.equal(off.statusCode, 303);
    const { rows } = await sql<{ action: string }>`select action from audit_log
      where action like 'feedback.routing.%' order by id`.execute(t.database.db);
    assert.deepEqual(
      rows.map((r) => r.action),
      ['feedback.routing.create', 'feedback.routing.update', 'feedback.routing.deactivate'],
    );
  });
});
