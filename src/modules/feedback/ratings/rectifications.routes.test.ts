import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../../test/test-app.ts';
import { systemContext } from '../../../platform/http/index.ts';
import { submitAppeal } from '../submission.service.ts';
import { closeAsOrg, replyAsOrg } from './ratings-fixtures.test-support.ts';
import { rateAppeal } from './ratings.service.ts';

let t: TestApp;
let db: Kysely<unknown>;
let responder: string;
let supervisor: string;

/** An appeal to 县民政局 (mzj), replied and rated badly: its rectification's id. */
async function badlyRated(): Promise<{ id: number; number: string }> {
  const receipt = await submitAppeal(
    db,
    t.clock,
    systemContext('t'),
    {
      kind: 'help',
      subject: '低保申请无人答复',
      content: '上月递交的低保申请至今没有答复。',
      orgCode: 'mzj',
      phone: '13600000000',
    },
    { channel: 'phone' },
  );
  await replyAsOrg(db, receipt.trackingNumber, { privateText: '正在审核' }, '2026-09-30');
  const rated = await rateAppeal(
    db,
    t.clock,
    systemContext('t'),
    receipt.trackingNumber,
    receipt.accessCode,
    {
      level: 'very_dissatisfied',
    },
  );
  return { id: rated.rectificationId!, number: receipt.trackingNumber };
}

describe('rectification staff pages', () => {
  before(async () => {
    t = await createTestApp({ demo: true });
    db = t.database.db as Kysely<unknown>;
    responder = await signIn(t.app, 'huiying', 'Sunshine-huiying-2026');
    supervisor = await signIn(t.app, 'jiancha', 'Sunshine-jiancha-2026');
  });
  after(() => t.close());

  it('lists the org’s rectifications with the due date and records the finding', async () => {
    const { id, number } = await badlyRated();
    const list = await t.app.inject({
      url: '/staff/feedback/rectifications',
      headers: { cookie: responder },
    });
    assert.equal(list.statusCode, 200);
    assert.match(
      list.body,
      new RegExp(`href="/staff/feedback/rectifications/${id}">${number}</a>`),
    );
    // 15 working days after Wednesday 30 September 2026 (国庆节 1–7 October, 10 October worked).
    assert.match(list.body, /2026-10-27/);
    assert.equal(
      (await t.app.inject({ url: '/staff/feedback/rectifications' })).statusCode !== 200,
      true,
    );

    const page = await formSession(t.app, `/staff/feedback/rectifications/${id}`, responder);
    const empty = await page.post(`/staff/feedback/rectifications/${id}/rectify`, {
      finding: '',
      action: '',
    });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /核实情况应为 2 至 2000 个字/);
    const done = await page.post(`/staff/feedback/rectifications/${id}/rectify`, {
      finding: '材料齐全，审核延误',
      action: '已完成审核并电话告知',
    });
    assert.equal(done.statusCode, 303);
    const callback = await page.post(`/staff/feedback/rectifications/${id}/callbacks`, {
      trackingNumber: number,
      method: 'phone',
      reached: 'on',
      level: 'satisfied',
      note: '诉求人表示满意',
    });
    assert.equal(callback.statusCode, 303);
    const after = await t.app.inject({
      url: `/staff/feedback/rectifications/${id}`,
      headers: { cookie: responder },
    });
    assert.match(after.body, /已整改/);
    assert.match(after.body, /诉求人表示满意/);
  });

  it('sends a review to the county supervisor, who decides it', async () => {
    const { id } = await badlyRated();
    const page = await formSession(t.app, `/staff/feedback/rectifications/${id}`, responder);
    const review = await page.post(`/staff/feedback/rectifications/${id}/review`, {
      reason: '诉求人误选评价，电话已确认',
    });
    assert.equal(review.statusCode, 303);
    const notYours = await page.post(`/staff/feedback/rectifications/${id}/decide`, {
      decision: 'dismiss',
    });
    assert.equal(notYours.statusCode, 403);
    const desk = await formSession(t.app, `/staff/feedback/rectifications/${id}`, supervisor);
    const decided = await desk.post(`/staff/feedback/rectifications/${id}/decide`, {
      decision: 'dismiss',
    });
    assert.equal(decided.statusCode, 303);
    const { rows } = await sql<{ state: string }>`
      select state from feedback_rectifications where id = ${id}`.execute(db);
    assert.equal(rows[0]!.state, 'dismissed');
  });

  it('records a call-back on a closed appeal by its number', async () => {
    const { number } = await badlyRated();
    const page = await formSession(t.app, '/staff/feedback/rectifications', responder);
    const open = await page.post('/staff/feedback/callbacks', {
      trackingNumber: number,
      method: 'sms',
    });
    assert.equal(open.statusCode, 422);
    assert.match(open.body, /该诉求尚未办结/);
    await closeAsOrg(db, number, '2026-09-30');
    const saved = await page.post('/staff/feedback/callbacks', {
      trackingNumber: number,
      method: 'sms',
    });
    assert.equal(saved.statusCode, 303);
  });
});
