import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg, createTestUser } from '../../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { listCheckpoints } from '../../../platform/checkpoints/index.ts';
import { fixedClock } from '../../../platform/clock/index.ts';
import { isAppError } from '../../../platform/errors/index.ts';
import { systemContext, type ActionContext } from '../../../platform/http/index.ts';
import { readClock } from '../../deadlines/index.ts';
import { submitAppeal } from '../submission.service.ts';
import {
  assignAppeal,
  claimAppeal,
  closeAppeal,
  extendAppeal,
  invalidateAppeal,
  replyToAppeal,
  returnToDispatch,
  transferAppeal,
} from './steps.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
// Friday 2026-09-25; 中秋 26–27 September (a weekend) and 国庆节 1–7 October 2026, with Saturday
// 10 October a make-up working day (国务院办公厅放假安排).
const clock = fixedClock('2026-09-25T10:00:00+08:00');
const system = systemContext('feedback-handling-test');
const orgs: Record<string, { id: number; path: string }> = {};
const people: Record<string, ActionContext> = {};

async function responder(username: string, org: string): Promise<ActionContext> {
  const id = await createTestUser(db, username, orgs[org]!.id);
  await sql`insert into accounts_role_grants (user_id, role, org_id)
    values (${id}, 'responder', ${orgs[org]!.id})`.execute(db);
  const grant = { role: 'responder', orgId: orgs[org]!.id, orgCode: org, orgPath: orgs[org]!.path };
  return {
    actor: {
      kind: 'user',
      id,
      name: username,
      grants: [grant],
      scopes: [],
      mustChangePassword: false,
    },
    requestId: null,
    clientIp: null,
  };
}

const complaint = {
  kind: 'complaint' as const,
  subject: '路灯不亮',
  content: '幸福小区门口的路灯已经坏了一周，晚上出行不便。',
  phone: '13800000000',
};

async function submitted(input: Record<string, unknown> = {}) {
  const receipt = await submitAppeal(
    db,
    clock,
    system,
    { ...complaint, ...input },
    { channel: 'phone' },
  );
  return receipt.trackingNumber;
}

function fieldOf(field: string, key?: string) {
  return (error: unknown) =>
    isAppError(error) &&
    error.kind === 'validation' &&
    error.details.fields?.[0]?.field === field &&
    (key === undefined || error.details.fields[0].message === key);
}

describe('handling steps', () => {
  before(async () => {
    database = await createTestDatabase();
    db = database.db;
    const county = await createTestOrg(db, 'fh-county');
    for (const [code, parent] of [
      ['fh-roads', county],
      ['fh-water', county],
    ] as const) {
      await createTestOrg(db, code, parent);
    }
    const { rows } = await sql<{ id: number; code: string; path: string }>`
      select id, code, path from accounts_orgs where code like 'fh-%'`.execute(db);
    for (const row of rows) orgs[row.code] = { id: Number(row.id), path: row.path };
    people.dispatcher = await responder('fh-dispatcher', 'fh-county');
    people.roads = await responder('fh-roads-1', 'fh-roads');
    people.water = await responder('fh-water-1', 'fh-water');
  });
  after(() => database.close());

  it('assigns, claims and transfers with a reason; the clocks move with the appeal', async () => {
    clock.set('2026-09-25T10:00:00+08:00');
    const number = await submitted();
    await assignAppeal(db, clock, people.dispatcher!, number, { orgCode: 'fh-roads' });
    // A responder of another org may not claim it.
    await assert.rejects(claimAppeal(db, clock, people.water!, number), { kind: 'forbidden' });
    const claimed = await claimAppeal(db, clock, people.roads!, number);
    assert.equal(claimed.state, 'in_progress');
    assert.equal(claimed.claimedBy, people.roads!.actor.id);
    await assert.rejects(
      transferAppeal(db, clock, people.roads!, number, { orgCode: 'fh-water', reason: ' ' }),
      fieldOf('reason', 'feedbackHandling.error.reason'),
    );
    await assert.rejects(
      transferAppeal(db, clock, people.roads!, number, { orgCode: 'nowhere', reason: '供水问题' }),
      fieldOf('orgCode'),
    );
    clock.set('2026-09-28T09:00:00+08:00');
    const moved = await transferAppeal(db, clock, people.roads!, number, {
      orgCode: 'fh-water',
      reason: '属供水管网问题',
    });
    assert.equal(moved.state, 'assigned');
    assert.equal(moved.orgId, orgs['fh-water']!.id);
    assert.equal(moved.claimedBy, null);
    assert.equal(moved.assignedAt?.toISOString(), '2026-09-28T01:00:00.000Z');
    const reply = await readClock(db, clock, moved.replyClockId);
    const complete = await readClock(db, clock, moved.completeClockId);
    assert.equal(Number(reply.row.orgId), orgs['fh-water']!.id);
    assert.equal(Number(complete.row.orgId), orgs['fh-water']!.id);
    // The limits keep running from receipt: still 5 working days after Friday 25 September.
    assert.equal(reply.view.dueOn, '2026-10-09');
    // The old org can no longer act; the new one can.
    await assert.rejects(claimAppeal(db, clock, people.roads!, number), { kind: 'forbidden' });
    assert.equal((await claimAppeal(db, clock, people.water!, number)).state, 'in_progress');
  });

  it('returns to dispatch within 2 working days of assignment, not after (across 国庆节)', async () => {
    // Assigned Wednesday 30 September; the next working days are Thursday 8 and Friday 9 October
    // (1–7 October are holidays), so the limit ends on 9 October; Saturday 10 October (a make-up
    // working day) is already too late. `calendar explain --from 2026-09-30 --days 2` gives 10-09.
    clock.set('2026-09-30T10:00:00+08:00');
    const first = await submitted();
    const second = await submitted();
    for (const number of [first, second]) {
      await assignAppeal(db, clock, people.dispatcher!, number, { orgCode: 'fh-roads' });
    }
    clock.set('2026-10-09T16:00:00+08:00');
    const back = await returnToDispatch(db, clock, people.roads!, first, {
      reason: '不属本单位职责',
    });
    assert.equal(back.state, 'dispatch');
    assert.equal(back.orgId, null);
    const reply = await readClock(db, clock, back.replyClockId);
    assert.equal(Number(reply.row.orgId), back.dispatchOrgId);
    clock.set('2026-10-10T09:00:00+08:00');
    await assert.rejects(
      returnToDispatch(db, clock, people.roads!, second, { reason: '不属本单位职责' }),
      (error) =>
        isAppError(error) &&
        error.kind === 'invalid_state' &&
        /2 个工作日内（截至 2026-10-09）/.test(error.message),
    );
  });

  it('keeps limits across holidays and extends completion by 10 working days', async () => {
    clock.set('2026-09-25T10:00:00+08:00');
    const number = await submitted();
    await assignAppeal(db, clock, people.dispatcher!, number, { orgCode: 'fh-roads' });
    const row = await claimAppeal(db, clock, people.roads!, number);
    // 5 working days after Friday 25 September: 28, 29, 30 September, 8 and 9 October.
    assert.equal((await readClock(db, clock, row.replyClockId)).view.dueOn, '2026-10-09');
    clock.set('2026-10-08T10:00:00+08:00');
    await assert.rejects(
      extendAppeal(db, clock, people.roads!, number, { days: 11, reason: '需现场勘查' }),
      fieldOf('days', 'feedbackHandling.error.days'),
    );
    await extendAppeal(db, clock, people.roads!, number, { days: 10, reason: '需现场勘查' });
    // `calendar explain --from 2026-10-09 --days 10 --builtin`: Saturday 10 October (make-up
    // working day), 12–16 and 19–22 October → Thursday 22 October (= 15 working days from 25 Sep).
    const complete = await readClock(db, clock, row.completeClockId);
    assert.equal(complete.view.dueOn, '2026-10-22');
    // The first-reply limit is not extended.
    assert.equal((await readClock(db, clock, row.replyClockId)).view.dueOn, '2026-10-09');
    await assert.rejects(
      extendAppeal(db, clock, people.roads!, number, { days: 1, reason: '再次延期' }),
      fieldOf('days', 'feedbackHandling.error.extensionUsed'),
    );
  });

  it('replies privately, refuses a public reply the submitter did not allow, and closes', async () => {
    clock.set('2026-09-25T10:00:00+08:00');
    const closedNumber = await submitted();
    const publicNumber = await submitted({ publicAllowed: true, kind: 'consultation' });
    for (const number of [closedNumber, publicNumber]) {
      await assignAppeal(db, clock, people.dispatcher!, number, { orgCode: 'fh-roads' });
    }
    clock.set('2026-09-29T10:00:00+08:00');
    await assert.rejects(
      replyToAppeal(db, clock, people.roads!, closedNumber, {
        privateText: '已安排维修。',
        publicText: '已维修。',
      }),
      fieldOf('publicText', 'feedbackHandling.error.publicNotAllowed'),
    );
    await assert.rejects(
      replyToAppeal(db, clock, people.roads!, closedNumber, { privateText: '  ' }),
      fieldOf('privateText'),
    );
    await assert.rejects(
      closeAppeal(db, clock, people.roads!, closedNumber, { outcome: 'resolved' }),
      fieldOf('outcome', 'feedbackHandling.error.needsReply'),
    );
    const replied = await replyToAppeal(db, clock, people.roads!, closedNumber, {
      privateText: '已安排维修，预计本周内修复。',
    });
    assert.equal(replied.state, 'replied');
    assert.equal(replied.firstReplyOn, '2026-09-29');
    assert.equal(replied.publicReplyAt, null);
    const reply = await readClock(db, clock, replied.replyClockId);
    assert.equal(reply.view.state, 'stopped');
    assert.equal(reply.view.outcome, 'replied');
    clock.set('2026-09-30T10:00:00+08:00');
    const closed = await closeAppeal(db, clock, people.roads!, closedNumber, {
      outcome: 'resolved',
    });
    assert.equal(closed.state, 'closed');
    assert.equal(closed.closedOn, '2026-09-30');
    const kinds = (await listCheckpoints(db, 'appeal', closedNumber)).map((c) => c.kind);
    assert.deepEqual(kinds, ['accepted', 'step_started', 'step_completed', 'completed']);

    const answered = await replyToAppeal(db, clock, people.roads!, publicNumber, {
      privateText: '灵活就业人员可在社保大厅办理。',
      publicText: '灵活就业人员可持身份证到县社保大厅办理参保。',
      close: true,
    });
    assert.equal(answered.state, 'closed');
    assert.equal(answered.closedOutcome, 'answered');
    assert.ok(answered.publicReplyAt);
    const { rows } = await sql<{ publicText: string | null; isFirst: boolean }>`
      select public_text, is_first from feedback_replies where appeal_id = ${answered.id}`.execute(
      db,
    );
    assert.deepEqual(rows, [
      { publicText: '灵活就业人员可持身份证到县社保大厅办理参保。', isFirst: true },
    ]);
    const { rows: sms } = await sql<{ recipient: string; body: string }>`
      select recipient, body from notification_messages where body like ${`%${publicNumber}%`}`.execute(
      db,
    );
    assert.equal(sms.length, 1);
    assert.equal(sms[0]!.recipient, '13800000000');
  });

  it('tells the submitters of merged appeals too, each with their own number only', async () => {
    clock.set('2026-09-25T10:00:00+08:00');
    const main = await submitted({ orgCode: 'fh-roads' });
    const merged = await submitted({ phone: '', email: 'li@example.cn' });
    await sql`update feedback_appeals set state = 'merged',
      merged_into_id = (select id from feedback_appeals where tracking_number = ${main})
      where tracking_number = ${merged}`.execute(db);
    await replyToAppeal(db, clock, people.roads!, main, { privateText: '已修复。' });
    const { rows } = await sql<{ channel: string; recipient: string; body: string }>`
      select channel, recipient, body from notification_messages
      where body like ${`%${main}%`} or body like ${`%${merged}%`} order by id`.execute(db);
    assert.deepEqual(
      rows.map((r) => [r.channel, r.recipient, r.body.includes(main), r.body.includes(merged)]),
      [
        ['sms', '13800000000', true, false],
        ['email', 'li@example.cn', false, true],
      ],
    );
  });

  it('emits a checkpoint per step: accepted, step_started, step_completed, extended, completed', async () => {
    clock.set('2026-09-25T10:00:00+08:00');
    const number = await submitted();
    await assignAppeal(db, clock, people.dispatcher!, number, { orgCode: 'fh-roads' });
    clock.set('2026-09-28T10:00:00+08:00');
    await extendAppeal(db, clock, people.roads!, number, { days: 3, reason: '需协调' });
    await replyToAppeal(db, clock, people.roads!, number, { privateText: '已处理。' });
    await closeAppeal(db, clock, people.roads!, number, { outcome: 'resolved', note: '已回访' });
    const checkpoints = await listCheckpoints(db, 'appeal', number);
    assert.deepEqual(
      checkpoints.map((c) => c.kind),
      ['accepted', 'step_started', 'extended', 'step_completed', 'completed'],
    );
    const [, , extended, completedStep, completed] = checkpoints;
    assert.equal(extended!.data['days'], 3);
    assert.equal(completedStep!.data['stepDays'], 5);
    assert.equal(completedStep!.data['step'], 'first_reply');
    assert.equal(completed!.data['reason'], 'resolved');
    assert.equal(completed!.orgCode, 'fh-roads');
  });

  it('marks an appeal invalid (dispatch desk), stopping both clocks', async () => {
    clock.set('2026-09-25T10:00:00+08:00');
    const number = await submitted();
    await assert.rejects(invalidateAppeal(db, clock, people.roads!, number, { reason: '广告' }), {
      kind: 'forbidden',
    });
    const row = await invalidateAppeal(db, clock, people.dispatcher!, number, {
      reason: '广告信息',
    });
    assert.equal(row.state, 'invalid');
    assert.equal((await readClock(db, clock, row.completeClockId)).view.state, 'stopped');
    const kinds = (await listCheckpoints(db, 'appeal', number)).map((c) => c.kind);
    assert.equal(kinds.at(-1), 'refused');
    await assert.rejects(claimAppeal(db, clock, people.dispatcher!, number), {
      kind: 'invalid_state',
    });
  });
});
