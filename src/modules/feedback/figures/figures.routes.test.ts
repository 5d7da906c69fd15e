import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../../test/factories.ts';
import { createTestApp, formSession, signIn, type TestApp } from '../../../../test/test-app.ts';
import { systemContext } from '../../../platform/http/index.ts';
import { createUser } from '../../accounts/index.ts';
import { readFeedbackSettings } from '../feedback.settings.ts';
import { replyToAppeal } from '../handling/steps.ts';
import { submitAppeal } from '../submission.service.ts';

const period = 'from=2026-09-01&to=2026-09-30';
const ctx = systemContext('figures-routes-test');

describe('the figures pages, API and settings', () => {
  let t: TestApp;
  let db: Kysely<unknown>;
  let leader: string;
  let officer: string;
  const numbers: string[] = [];
  before(async () => {
    t = await createTestApp();
    db = t.database.db;
    const county = await createTestOrg(db, 'fr-county');
    const roads = await createTestOrg(db, 'fr-roads', county);
    await createTestOrg(db, 'fr-parks', county);
    await sql`insert into feedback_routing_rules (priority, kind, keyword, org_id, created_at, updated_at)
      values (10, 'consultation', '路灯', ${roads}, now(), now())`.execute(db);
    const users = [
      ['frleader', 'leader', 'fr-county'],
      ['fradmin', 'admin', 'fr-county'],
      ['frofficer', 'department_officer', 'fr-parks'],
    ] as const;
    for (const [username, role, orgCode] of users) {
      await createUser(db as never, t.clock, ctx, {
        username,
        displayName: username,
        password: `Sunshine-${username}-2026`,
        grants: [{ role, orgCode }],
      });
    }
    for (let i = 0; i < 6; i += 1) {
      const receipt = await submitAppeal(
        db,
        t.clock,
        ctx,
        {
          kind: 'consultation',
          subject: `路灯咨询 ${i}`,
          content: '小区门口的路灯什么时候修好？',
          name: '王秀英',
          phone: `1391234567${i}`,
        },
        { channel: 'phone' },
      );
      numbers.push(receipt.trackingNumber);
    }
    for (const number of numbers.slice(0, 3)) {
      await replyToAppeal(db, t.clock, ctx, number, { privateText: '已安排维修。' });
    }
    leader = await signIn(t.app, 'frleader', 'Sunshine-frleader-2026');
    officer = await signIn(t.app, 'frofficer', 'Sunshine-frofficer-2026');
  });
  after(() => t.close());

  it('shows the county and each org with definitions, and drills down to the counted appeals', async () => {
    const page = await t.app.inject({
      url: `/staff/feedback/figures?${period}`,
      headers: { cookie: leader },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /回复率 = 已回复件数 ÷ 应回复件数/);
    assert.match(page.body, /<abbr title="应回复件数：/);
    assert.match(page.body, /50\.00%/);
    const link =
      /href="(\/staff\/feedback\/figures\/records\?figure=replied&amp;org=fr-roads[^"]*)"/.exec(
        page.body,
      )?.[1];
    assert.ok(link, 'the replied count of 路灯 links to its records');
    const records = await t.app.inject({
      url: link.replaceAll('&amp;', '&'),
      headers: { cookie: leader },
    });
    assert.equal(records.statusCode, 200);
    const listed = [...records.body.matchAll(/href="\/staff\/feedback\/appeals\/(FK\d+)"/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(listed.sort(), numbers.slice(0, 3).sort());
    const workbook = await t.app.inject({
      url: `/staff/feedback/figures.xlsx?${period}`,
      headers: { cookie: leader },
    });
    assert.equal(workbook.statusCode, 200);
    assert.equal(workbook.rawPayload.subarray(0, 2).toString(), 'PK');
  });

  it('shows an officer only their own org', async () => {
    const page = await t.app.inject({
      url: `/staff/feedback/figures?${period}`,
      headers: { cookie: officer },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /测试机构 fr-parks/);
    assert.doesNotMatch(page.body, /测试机构 fr-roads/);
    const records = await t.app.inject({
      url: `/staff/feedback/figures/records?figure=received&${period}`,
      headers: { cookie: officer },
    });
    assert.doesNotMatch(records.body, /FK\d{14}/);
  });

  it('publishes counts and rates without personal data, rates hidden below 5 valid', async () => {
    const page = await t.app.inject({ url: `/interaction/figures?${period}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /民意诉求办理情况/);
    assert.match(page.body, /50\.00%/);
    assert.doesNotMatch(page.body, /王秀英|1391234567|FK\d{14}|路灯咨询/);
    const json = (await t.app.inject({ url: `/api/v1/feedback/figures?${period}` })).json();
    assert.equal(json.settings.satisfaction, 'broad');
    assert.equal(json.county.valid, 6);
    assert.equal(json.county.replyRate, 0.5);
    const roads = json.orgs.find((o: { org: string }) => o.org === 'fr-roads');
    assert.equal(roads.replied, 3);
    const few = (
      await t.app.inject({ url: '/api/v1/feedback/figures?from=2026-09-30&to=2026-09-30&org=x' })
    ).json();
    assert.equal(few.county.valid, 0);
    assert.equal(few.county.replyRate, null);
    const bad = await t.app.inject({ url: '/api/v1/feedback/figures?from=2026-13-01' });
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['from', 'to']);
  });

  it('edits every setting, refusing bad input field by field', async () => {
    const admin = await signIn(t.app, 'fradmin', 'Sunshine-fradmin-2026');
    assert.equal(
      (await t.app.inject({ url: '/staff/feedback/settings', headers: { cookie: leader } }))
        .statusCode,
      403,
    );
    const form = await formSession(t.app, '/staff/feedback/settings', admin);
    const page = await t.app.inject({
      url: '/staff/feedback/settings',
      headers: { cookie: admin },
    });
    const values = Object.fromEntries(
      [...page.body.matchAll(/name="([a-zA-Z_]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    const good = {
      ...values,
      satisfaction: 'strict',
      dutyRule: 'signin',
      reply_consultation: '2',
    };
    delete good['_csrf'];
    const bad = await form.post('/staff/feedback/settings', {
      ...good,
      reply_complaint: 'abc',
      star_basic: '200',
      dispatchOrgCode: 'nowhere',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /投诉：首次答复时限：请填写 0 至 365 之间的整数/);
    assert.match(bad.body, /基本满意 的分值：请填写 0 至 100 之间的数字/);
    assert.match(bad.body, /分派单位代码：没有代码为此的在用单位/);
    const saved = await form.post('/staff/feedback/settings', good);
    assert.equal(saved.statusCode, 303);
    const settings = await readFeedbackSettings(db);
    assert.equal(settings.satisfaction, 'strict');
    assert.equal(settings.dutyRule, 'signin');
    assert.equal(settings.limits.consultation.replyDays, 2);
    assert.equal(settings.stars.very_satisfied, 5);
  });
});
