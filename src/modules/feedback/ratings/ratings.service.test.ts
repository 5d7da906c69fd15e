import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg, createTestUser } from '../../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { fixedClock } from '../../../platform/clock/index.ts';
import { isAppError } from '../../../platform/errors/index.ts';
import { systemContext, type ActionContext } from '../../../platform/http/index.ts';
import { readClock } from '../../deadlines/index.ts';
import { findAppeal } from '../feedback.queries.ts';
import { submitAppeal } from '../submission.service.ts';
import { actorWith, closeAsOrg, replyAsOrg } from './ratings-fixtures.test-support.ts';
import { rateAppeal, reopenAppeal } from './ratings.service.ts';
import { decideReview, recordCallback, rectify, requestReview } from './rectifications.service.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
// Tuesday 2026-09-29, the day before 国庆节 (1–7 October 2026; Saturday 10 October is worked).
const clock = fixedClock('2026-09-29T10:00:00+08:00');
const publicCtx: ActionContext = {
  actor: {
    kind: 'public',
    id: null,
    name: 'public',
    grants: [],
    scopes: [],
    mustChangePassword: false,
  },
  requestId: null,
  clientIp: '10.1.1.1',
};
let roads: number;
let responder: ActionContext;
let supervisor: ActionContext;

const input = {
  kind: 'complaint' as const,
  subject: '路灯不亮',
  content: '幸福小区门口的路灯已经坏了一周，晚上出行不便。',
  phone: '13800000000',
  publicAllowed: true,
};

async function repliedAppeal() {
  const receipt = await submitAppeal(db, clock, systemContext('t'), input, { channel: 'phone' });
  await replyAsOrg(
    db,
    receipt.trackingNumber,
    { privateText: '已修复', publicText: '已修复' },
    '2026-09-29',
  );
  return receipt;
}

const isKind = (kind: string, code?: string) => (error: unknown) =>
  isAppError(error) && error.kind === kind && (code === undefined || error.code === code);

describe('ratings, rectifications and reopening', () => {
  before(async () => {
    database = await createTestDatabase();
    db = database.db;
    const county = await createTestOrg(db, 'rt-county');
    roads = await createTestOrg(db, 'rt-roads', county);
    await sql`insert into feedback_routing_rules (priority, keyword, org_id, created_at, updated_at)
      values (10, '路灯', ${roads}, now(), now())`.execute(db);
    const u1 = await createTestUser(db, 'rt-responder', roads);
    const u2 = await createTestUser(db, 'rt-supervisor', county);
    responder = { ...publicCtx, actor: await actorWith(db, u1, 'responder', roads) };
    supervisor = { ...publicCtx, actor: await actorWith(db, u2, 'supervisor', county) };
  });
  after(() => database.close());

  it('rates only with the access code, once per reply, and only after a reply', async () => {
    const fresh = await submitAppeal(db, clock, systemContext('t'), input, { channel: 'phone' });
    await assert.rejects(
      rateAppeal(db, clock, publicCtx, fresh.trackingNumber, fresh.accessCode, {
        level: 'satisfied',
      }),
      isKind('invalid_state'),
    );
    const receipt = await repliedAppeal();
    await assert.rejects(
      rateAppeal(db, clock, publicCtx, receipt.trackingNumber, 'WRONGCODE', {
        level: 'satisfied',
      }),
      isKind('not_found', 'feedback_appeal_not_found'),
    );
    await assert.rejects(
      rateAppeal(db, clock, publicCtx, receipt.trackingNumber, receipt.accessCode, {
        level: 'great' as never,
      }),
      (error) => isAppError(error) && error.details.fields?.[0]?.field === 'level',
    );
    const rated = await rateAppeal(
      db,
      clock,
      publicCtx,
      receipt.trackingNumber,
      receipt.accessCode.toLowerCase(),
      { level: 'satisfied', comment: '很快' },
    );
    assert.equal(rated.rectificationId, null);
    await assert.rejects(
      rateAppeal(db, clock, publicCtx, receipt.trackingNumber, receipt.accessCode, {
        level: 'very_satisfied',
      }),
      isKind('conflict', 'feedback_already_rated'),
    );
    // A new reply may be rated again.
    await replyAsOrg(db, receipt.trackingNumber, { privateText: '补充答复' }, '2026-09-29');
    const again = await rateAppeal(
      db,
      clock,
      publicCtx,
      receipt.trackingNumber,
      receipt.accessCode,
      {
        level: 'very_satisfied',
      },
    );
    assert.notEqual(again.ratingId, rated.ratingId);
  });

  it('opens a rectification with a 15-working-day clock on a bad rating', async () => {
    const receipt = await repliedAppeal();
    const rated = await rateAppeal(
      db,
      clock,
      publicCtx,
      receipt.trackingNumber,
      receipt.accessCode,
      {
        level: 'very_dissatisfied',
        comment: '路灯还是不亮',
      },
    );
    assert.ok(rated.rectificationId);
    const { rows } = await sql<{ clockId: string; orgId: string; state: string }>`
      select clock_id, org_id, state from feedback_rectifications where id = ${rated.rectificationId}`.execute(
      db,
    );
    assert.equal(Number(rows[0]!.orgId), roads);
    assert.equal(rows[0]!.state, 'open');
    const rectClock = await readClock(db, clock, Number(rows[0]!.clockId));
    // `calendar explain --from 2026-09-29 --days 15 --builtin`: 国庆节 1–7 October not counted,
    // Saturday 10 October (调休) counted → the 15th working day is Monday 2026-10-26.
    assert.equal(rectClock.view.dueOn, '2026-10-26');
    assert.equal(rectClock.row.purpose, `rectification:${rated.ratingId}`);
    const notices = await sql<{ n: string }>`
      select count(*) as n from notifications where recipient_org_id = ${roads}
        and link = ${`/staff/feedback/rectifications/${rated.rectificationId}`}`.execute(db);
    assert.equal(Number(notices.rows[0]!.n), 1);
    const events = await sql<{ kind: string }>`
      select e.kind from feedback_appeal_events e join feedback_appeals a on a.id = e.appeal_id
      where a.tracking_number = ${receipt.trackingNumber} order by e.id`.execute(db);
    assert.deepEqual(events.rows.map((e) => e.kind).slice(-2), ['rated', 'rectification_opened']);

    // Only the org's responder records the finding; then the clock stops.
    const id = rated.rectificationId;
    const done = { finding: '灯泡损坏，已更换', action: '更换灯泡并巡查全路段' };
    await assert.rejects(rectify(db, clock, publicCtx, id, done), isKind('forbidden'));
    await assert.rejects(
      rectify(db, clock, responder, id, { finding: '', action: '' }),
      (error) => isAppError(error) && error.details.fields?.[0]?.field === 'finding',
    );
    await rectify(db, clock, responder, id, done);
    const stopped = await readClock(db, clock, Number(rows[0]!.clockId));
    assert.equal(stopped.view.state, 'stopped');
    await assert.rejects(rectify(db, clock, responder, id, done), isKind('invalid_state'));
  });

  it('sends a review to a county supervisor, who dismisses it or reopens it', async () => {
    const receipt = await repliedAppeal();
    const rated = await rateAppeal(
      db,
      clock,
      publicCtx,
      receipt.trackingNumber,
      receipt.accessCode,
      {
        level: 'dissatisfied',
      },
    );
    const id = rated.rectificationId!;
    await requestReview(db, clock, responder, id, { reason: '诉求人误选评价，已电话确认' });
    await assert.rejects(
      decideReview(db, clock, responder, id, { decision: 'dismiss' }),
      isKind('forbidden'),
    );
    await decideReview(db, clock, supervisor, id, { decision: 'reopen', note: '需继续整改' });
    let state = await sql<{
      state: string;
    }>`select state from feedback_rectifications where id = ${id}`.execute(db);
    assert.equal(state.rows[0]!.state, 'open');
    await requestReview(db, clock, responder, id, { reason: '再次说明：诉求人确认误评' });
    await decideReview(db, clock, supervisor, id, { decision: 'dismiss' });
    state = await sql<{
      state: string;
    }>`select state from feedback_rectifications where id = ${id}`.execute(db);
    assert.equal(state.rows[0]!.state, 'dismissed');
    const callbackId = await recordCallback(
      db,
      clock,
      responder,
      { trackingNumber: receipt.trackingNumber, method: 'phone', reached: 'on', level: 'basic' },
      id,
    );
    assert.ok(callbackId > 0);
  });

  it('records call-backs on closed appeals only (without a rectification)', async () => {
    const receipt = await repliedAppeal();
    const form = { trackingNumber: receipt.trackingNumber, method: 'sms', note: '已回访' };
    await assert.rejects(
      recordCallback(db, clock, responder, form),
      (error) =>
        isAppError(error) &&
        error.details.fields?.[0]?.message === 'feedbackRatings.error.notClosed',
    );
    await closeAsOrg(db, receipt.trackingNumber, '2026-09-29');
    await recordCallback(db, clock, responder, form);
    const { rows } = await sql<{ method: string; reached: boolean }>`
      select c.method, c.reached from feedback_callbacks c join feedback_appeals a on a.id = c.appeal_id
      where a.tracking_number = ${receipt.trackingNumber}`.execute(db);
    assert.deepEqual(rows, [{ method: 'sms', reached: false }]);
  });

  it('reopens a closed appeal within 15 working days of its close, not after', async () => {
    const receipt = await repliedAppeal();
    await closeAsOrg(db, receipt.trackingNumber, '2026-09-29');
    const late = fixedClock('2026-10-27T09:00:00+08:00');
    await assert.rejects(
      reopenAppeal(db, late, publicCtx, receipt.trackingNumber, receipt.accessCode, {
        reason: '问题再次出现，请重新处理',
      }),
      isKind('invalid_state', 'feedback_reopen_window_passed'),
    );
    await assert.rejects(
      reopenAppeal(db, clock, publicCtx, receipt.trackingNumber, 'WRONG', {
        reason: '问题再次出现',
      }),
      isKind('not_found'),
    );
    // The last day of the window: 2026-10-26 (as above).
    const lastDay = fixedClock('2026-10-26T09:00:00+08:00');
    const before = (await findAppeal(db, receipt.trackingNumber))!;
    const row = await reopenAppeal(
      db,
      lastDay,
      publicCtx,
      receipt.trackingNumber,
      receipt.accessCode,
      {
        reason: '问题再次出现，请重新处理',
      },
    );
    assert.equal(row.state, 'in_progress');
    assert.equal(row.reopenedCount, 1);
    assert.equal(row.closedOn, null);
    assert.notEqual(row.completeClockId, before.completeClockId);
    const complete = await readClock(db, lastDay, row.completeClockId);
    assert.equal(complete.row.purpose, 'completion:reopen:1');
    await assert.rejects(
      reopenAppeal(db, lastDay, publicCtx, receipt.trackingNumber, receipt.accessCode, {
        reason: '再次申请重新办理',
      }),
      isKind('invalid_state'),
    );
  });
});
