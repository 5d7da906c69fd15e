import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { replyAsOrg } from '../ratings/ratings-fixtures.test-support.ts';

let t: TestApp;
let db: Kysely<unknown>;

const good = {
  kind: 'help',
  subject: '独居老人求助',
  content: '邻居独居老人行动不便，冬季取暖有困难。',
  name: '李四',
  phone: '13700000000',
  publicAllowed: true,
  orgCode: 'api-county',
};

const post = (url: string, payload: object, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url, payload, remoteAddress });

describe('the appeal API', () => {
  before(async () => {
    t = await createTestApp();
    db = t.database.db as Kysely<unknown>;
    await createTestOrg(db, 'api-county');
    await sql`update feedback_settings set data = '{"perAddressPerHour": 3, "perContactPerDay": 100}'::jsonb`.execute(
      db,
    );
  });
  after(() => t.close());

  it('receives an appeal (201) and names bad fields (422)', async () => {
    const created = await post('/api/v1/appeals', good);
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json();
    assert.deepEqual(Object.keys(body).sort(), [
      'accessCode',
      'completeDueOn',
      'receivedOn',
      'replyDueOn',
      'trackingNumber',
    ]);
    assert.match(body.trackingNumber, /^FK20260930\d{6}$/);
    assert.equal(body.receivedOn, '2026-09-30');
    const { rows } = await sql<{ channel: string }>`
      select channel from feedback_appeals where tracking_number = ${body.trackingNumber}`.execute(
      db,
    );
    assert.equal(rows[0]!.channel, 'api');

    const bad = await post('/api/v1/appeals', { ...good, kind: 'praise', content: '短' });
    assert.equal(bad.statusCode, 422);
    const fields = bad.json().error.fields;
    assert.deepEqual(Object.keys(fields).sort(), ['content', 'kind']);
    assert.equal(fields.content, '内容应为 5 至 3000 个字');
  });

  it('limits submissions per address (429)', async () => {
    const from = '10.7.7.7';
    for (let i = 0; i < 3; i += 1) {
      assert.equal((await post('/api/v1/appeals', good, from)).statusCode, 201);
    }
    const limited = await post('/api/v1/appeals', good, from);
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().error.code, 'feedback_rate_address');
  });

  it('follows and rates only with the access code, in the body', async () => {
    const { trackingNumber, accessCode } = (await post('/api/v1/appeals', good, '10.1.0.1')).json();
    const wrong = await post(`/api/v1/appeals/${trackingNumber}/status`, {
      accessCode: 'ABCDEFGH',
    });
    assert.equal(wrong.statusCode, 404);
    assert.equal(wrong.json().error.code, 'feedback_appeal_not_found');
    const status = await post(`/api/v1/appeals/${trackingNumber}/status`, { accessCode });
    assert.equal(status.statusCode, 200);
    const view = status.json();
    assert.equal(view.state, 'assigned');
    assert.equal(view.events[0].kind, 'submitted');
    assert.equal(view.canRate, false);
    // No personal data in the status, not even the submitter's own.
    assert.doesNotMatch(status.body, /13700000000|李四/);

    const early = await post(`/api/v1/appeals/${trackingNumber}/rating`, {
      accessCode,
      level: 'satisfied',
    });
    assert.equal(early.statusCode, 409);
    await replyAsOrg(
      db,
      trackingNumber,
      { privateText: '社区已上门', publicText: '已帮扶' },
      '2026-09-30',
    );
    const replied = (await post(`/api/v1/appeals/${trackingNumber}/status`, { accessCode })).json();
    assert.deepEqual(
      replied.replies.map((r: { text: string }) => r.text),
      ['社区已上门'],
    );
    assert.equal(replied.canRate, true);

    const forged = await post(`/api/v1/appeals/${trackingNumber}/rating`, {
      accessCode: 'ABCDEFGH',
      level: 'very_dissatisfied',
    });
    assert.equal(forged.statusCode, 404);
    const badLevel = await post(`/api/v1/appeals/${trackingNumber}/rating`, {
      accessCode,
      level: 'meh',
    });
    assert.equal(badLevel.statusCode, 422);
    assert.ok(badLevel.json().error.fields.level);
    const rated = await post(`/api/v1/appeals/${trackingNumber}/rating`, {
      accessCode,
      level: 'very_dissatisfied',
      comment: '还没解决',
    });
    assert.equal(rated.statusCode, 201);
    assert.equal(rated.json().rectificationOpened, true);
    const again = await post(`/api/v1/appeals/${trackingNumber}/rating`, {
      accessCode,
      level: 'satisfied',
    });
    assert.equal(again.statusCode, 409);
  });

  it('documents the three routes', async () => {
    const document = (await t.app.inject('/api/v1/openapi.json')).json();
    for (const route of [
      '/api/v1/appeals',
      '/api/v1/appeals/{number}/status',
      '/api/v1/appeals/{number}/rating',
    ]) {
      assert.ok(document.paths[route]?.post, route);
    }
  });
});
