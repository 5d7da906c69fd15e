import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg, createTestUser } from '../../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { fixedClock } from '../../../platform/clock/index.ts';
import { systemContext } from '../../../platform/http/index.ts';
import { readFeedbackSettings } from '../feedback.settings.ts';
import { computeFigures } from '../figures/figures.queries.ts';
import { replyToAppeal } from '../handling/steps.ts';
import { submitAppeal } from '../submission.service.ts';
import { computeDuty, dutyByOrg, workingDaysOfMonth } from './duty.ts';
import { recordSignin } from './signin.hook.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
const ctx = systemContext('duty-test');
const september = { from: '2026-09-01', to: '2026-09-30' };

async function responder(orgId: number, username: string, since: string): Promise<number> {
  const userId = await createTestUser(db, username, orgId);
  await sql`insert into accounts_role_grants (user_id, role, org_id)
    values (${userId}, 'responder', ${orgId})`.execute(db);
  const { rows } = await sql<{ id: number }>`
    insert into feedback_responders (org_id, user_id, title, since, created_at)
    values (${orgId}, ${userId}, '网络回应人', ${since}::date, now()) returning id`.execute(db);
  return rows[0]!.id;
}

async function signIn(responderId: number, dates: string[]): Promise<void> {
  for (const date of dates) {
    await sql`insert into feedback_duty_signins (user_id, on_date, first_at)
      select user_id, ${date}::date, now() from feedback_responders where id = ${responderId}`.execute(
      db,
    );
  }
}

describe('the duty rate (在线值守率) on a constructed month', () => {
  let org: number;
  let other: number;
  let a: number;
  let b: number;
  before(async () => {
    database = await createTestDatabase();
    db = database.db;
    const county = await createTestOrg(db, 'duty-county');
    org = await createTestOrg(db, 'duty-roads', county);
    other = await createTestOrg(db, 'duty-parks', county);
    await sql`insert into feedback_routing_rules (priority, kind, keyword, org_id, created_at, updated_at)
      values (10, 'consultation', '路灯', ${org}, now(), now())`.execute(db);
    // A: on duty 28–30 September only; B: no schedule, on the roster from 21 September.
    a = await responder(org, 'duty-a', '2026-09-01');
    b = await responder(org, 'duty-b', '2026-09-21');
    const c = await responder(other, 'duty-c', '2026-09-01');
    await sql`insert into feedback_duty_shifts (responder_id, on_date)
      values (${a}, '2026-09-28'), (${a}, '2026-09-29'), (${a}, '2026-09-30')`.execute(db);
    await signIn(a, ['2026-09-28', '2026-09-29', '2026-09-30']);
    await signIn(b, ['2026-09-29', '2026-09-30']);
    await signIn(c, ['2026-09-28']);
  });
  after(() => database.close());

  it('counts working days only: 中秋节 25 September 2026 is a holiday', async () => {
    const days = await workingDaysOfMonth(db, '2026-09');
    assert.ok(!days.includes('2026-09-25'));
    assert.ok(days.includes('2026-09-24') && days.includes('2026-09-28'));
  });

  it('leaves out the day an unclaimed appeal of the org was past its first-reply limit', async () => {
    // Received Tuesday 22 September: 3 working days (23, 24, 28) → due Monday 28 September.
    const receipt = await submitAppeal(
      db,
      fixedClock('2026-09-22T10:00:00+08:00'),
      ctx,
      { kind: 'consultation', subject: '路灯不亮', content: '路灯坏了。', phone: '13800000001' },
      { channel: 'phone' },
    );
    assert.equal(receipt.replyDueOn, '2026-09-28');
    assert.equal(receipt.appeal.orgId, org);
    // Overdue on 29 September; replied on 30 September, which clears that day.
    await replyToAppeal(db, fixedClock('2026-09-30T09:00:00+08:00'), ctx, receipt.trackingNumber, {
      privateText: '已安排维修。',
    });

    const duty = await computeDuty(db, { ...september, orgIds: [org] }, 'signin_and_no_overdue');
    const dutyA = duty.find((d) => d.responderId === a)!;
    assert.deepEqual(
      dutyA.days.map((d) => [d.date, d.counted]),
      [
        ['2026-09-28', true],
        ['2026-09-29', false],
        ['2026-09-30', true],
      ],
    );
    const dutyB = duty.find((d) => d.responderId === b)!;
    // 21–24, 28–30 September: 7 working days; signed in on 29 (overdue) and 30.
    assert.equal(dutyB.dutyDays, 7);
    assert.equal(dutyB.countedDays, 1);
    assert.equal(duty.length, 2);
    const byOrg = dutyByOrg(duty).get(org)!;
    assert.deepEqual(byOrg, { dutyDays: 10, counted: 3 });

    // The figures' duty rate of the org: (2 + 1) ÷ (3 + 7); the parks' responder, unscheduled,
    // owes all 22 working days of September 2026 and signed in on one; the county (3 + 1) ÷ 32.
    const figures = await computeFigures(db, september, await readFeedbackSettings(db));
    assert.equal(figures.orgs.find((o) => o.orgId === org)!.rates.dutyRate, 0.3);
    assert.equal(figures.orgs.find((o) => o.orgId === other)!.rates.dutyRate, 0.0455);
    assert.equal(figures.county.rates.dutyRate, 0.125);

    // Under the sign-in-only rule the overdue appeal does not matter.
    const signinOnly = await computeDuty(db, { ...september, orgIds: [org] }, 'signin');
    assert.equal(signinOnly.find((d) => d.responderId === a)!.countedDays, 3);
    assert.equal(signinOnly.find((d) => d.responderId === b)!.countedDays, 2);
  });

  it('records a responder’s sign-in once a day, and nobody else’s', async () => {
    const { rows } = await sql<{ userId: number }>`
      select user_id from feedback_responders where id = ${a}`.execute(db);
    const userId = rows[0]!.userId;
    const actor = {
      kind: 'user' as const,
      id: userId,
      name: 'duty-a',
      grants: [{ role: 'responder', orgId: org, orgCode: 'duty-roads', orgPath: '/' }],
      scopes: [],
      mustChangePassword: false,
    };
    const seen = new Set<string>();
    // 23:30 UTC on 1 October is 07:30 on 2 October in Shanghai.
    const at = new Date('2026-10-01T23:30:00Z');
    assert.equal(await recordSignin(db, seen, actor, at), true);
    assert.equal(await recordSignin(db, seen, actor, at), false);
    const officer = { ...actor, grants: [{ ...actor.grants[0]!, role: 'department_officer' }] };
    assert.equal(await recordSignin(db, new Set(), officer, at), false);
    const { rows: signins } = await sql<{ onDate: string }>`
      select on_date::text from feedback_duty_signins
      where user_id = ${userId} and on_date > '2026-09-30'`.execute(db);
    assert.deepEqual(
      signins.map((s) => s.onDate),
      ['2026-10-02'],
    );
  });
});
