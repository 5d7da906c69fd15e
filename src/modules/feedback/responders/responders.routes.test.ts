import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../../test/factories.ts';
import { createTestApp, formSession, signIn, type TestApp } from '../../../../test/test-app.ts';
import { systemContext } from '../../../platform/http/index.ts';
import { createUser } from '../../accounts/index.ts';

describe('the responders page and the sign-in hook', () => {
  let t: TestApp;
  let db: Kysely<unknown>;
  let responderId: number;
  before(async () => {
    t = await createTestApp();
    db = t.database.db;
    const county = await createTestOrg(db, 'rr-county');
    await createTestOrg(db, 'rr-roads', county);
    await createTestOrg(db, 'rr-parks', county);
    const users = [
      ['rradmin', 'admin', 'rr-county'],
      ['rrresp', 'responder', 'rr-roads'],
      ['rrofficer', 'department_officer', 'rr-parks'],
    ] as const;
    for (const [username, role, orgCode] of users) {
      const { id } = await createUser(db as never, t.clock, systemContext(), {
        username,
        displayName: `用户${username}`,
        password: `Sunshine-${username}-2026`,
        grants: [{ role, orgCode }],
      });
      if (username === 'rrresp') responderId = id;
    }
  });
  after(() => t.close());

  it('records a responder’s sign-in on any console page', async () => {
    const cookie = await signIn(t.app, 'rrresp', 'Sunshine-rrresp-2026');
    const home = await t.app.inject({ url: '/staff', headers: { cookie } });
    assert.equal(home.statusCode, 200);
    const { rows } = await sql<{ onDate: string }>`
      select on_date::text from feedback_duty_signins where user_id = ${responderId}`.execute(db);
    // The test clock: 2026-09-30 09:30 in Shanghai.
    assert.deepEqual(
      rows.map((r) => r.onDate),
      ['2026-09-30'],
    );
  });

  it('adds a responder to the roster, refuses a bad date, schedules and rates duty', async () => {
    const admin = await signIn(t.app, 'rradmin', 'Sunshine-rradmin-2026');
    const url = '/staff/feedback/responders?org=rr-roads&month=2026-09';
    const form = await formSession(t.app, url, admin);
    const bad = await form.post('/staff/feedback/responders/add', {
      org: 'rr-roads',
      userId: String(responderId),
      title: '科员',
      since: '2026-9-1',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /起始日期：请按“年-月-日”填写/);
    const notResponder = await form.post('/staff/feedback/responders/add', {
      org: 'rr-roads',
      userId: '999999',
      since: '2026-09-01',
    });
    assert.equal(notResponder.statusCode, 422);
    const added = await form.post('/staff/feedback/responders/add', {
      org: 'rr-roads',
      userId: String(responderId),
      title: '科员',
      since: '2026-09-01',
    });
    assert.equal(added.statusCode, 303);
    const { rows } = await sql<{ id: number }>`
      select id from feedback_responders where user_id = ${responderId}`.execute(db);
    const id = rows[0]!.id;
    const shifts = await form.post('/staff/feedback/responders/shifts', {
      org: 'rr-roads',
      month: '2026-09',
      responders: String(id),
      [`d_${id}`]: '2026-09-30',
    });
    assert.equal(shifts.statusCode, 303);
    const page = await t.app.inject({ url, headers: { cookie: admin } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /用户rrresp/);
    assert.match(page.body, /值守规则：/);
    // One scheduled day (30 September), signed in that day: 1/1.
    assert.match(page.body, /<td>1<\/td><td>1<\/td><td>100\.00%<\/td>/);
    const audit = await sql<{ n: number }>`
      select count(*)::int as n from audit_log where action like 'feedback.responder.%'`.execute(
      db,
    );
    assert.equal(audit.rows[0]!.n, 2);
  });

  it('lets an officer manage only their own org', async () => {
    const officer = await signIn(t.app, 'rrofficer', 'Sunshine-rrofficer-2026');
    const page = await t.app.inject({
      url: '/staff/feedback/responders?org=rr-roads',
      headers: { cookie: officer },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<option value="rr-parks" selected/);
    assert.doesNotMatch(page.body, /<option value="rr-roads"/);
    const form = await formSession(t.app, '/staff/feedback/responders', officer);
    const refused = await form.post('/staff/feedback/responders/add', {
      org: 'rr-roads',
      userId: String(responderId),
      since: '2026-09-01',
    });
    assert.equal(refused.statusCode, 403);
  });
});
