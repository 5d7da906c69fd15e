import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { isAppError } from '../../platform/errors/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { accessCodeMatches } from '../../platform/identifiers/index.ts';
import { readClock } from '../deadlines/index.ts';
import { matchRoute, type RoutingRule } from './routing.ts';
import { submitAppeal } from './submission.service.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
// Friday 2026-09-25; 国庆节 is 1–7 October 2026 (国务院办公厅放假安排).
const clock = fixedClock('2026-09-25T10:00:00+08:00');
const ctx = systemContext('feedback-test');
let county: number;
let roads: number;

const base = {
  kind: 'complaint' as const,
  subject: '路灯不亮',
  content: '幸福小区门口的路灯已经坏了一周，晚上出行不便。',
  phone: '13800000000',
};

describe('submitting an appeal', () => {
  before(async () => {
    database = await createTestDatabase();
    db = database.db;
    county = await createTestOrg(db, 'fb-county');
    roads = await createTestOrg(db, 'fb-roads', county);
    await sql`insert into feedback_routing_rules (priority, kind, keyword, org_id, created_at, updated_at)
      values (10, 'complaint', '路灯、井盖', ${roads}, now(), now())`.execute(db);
  });
  after(() => database.close());

  it('routes by rule, gives a tracking number and access code, and starts both clocks', async () => {
    const receipt = await submitAppeal(db, clock, ctx, base, {
      channel: 'web',
      clientAddress: '10.0.0.1',
    });
    assert.match(receipt.trackingNumber, /^FK20260925\d{6}$/);
    assert.equal(receipt.appeal.orgId, roads);
    assert.equal(receipt.appeal.state, 'assigned');
    assert.ok(
      accessCodeMatches(receipt.trackingNumber, receipt.accessCode, receipt.appeal.accessCodeHash),
    );
    assert.notEqual(receipt.appeal.submitterPhone, receipt.appeal.contactKey);
    // 5 working days after Friday 25 September: 28, 29, 30 September, then 8 and 9 October.
    assert.equal(receipt.completeDueOn, '2026-10-09');
    const reply = await readClock(db, clock, receipt.appeal.replyClockId);
    assert.equal(reply.view.dueOn, '2026-10-09');
    const { rows: notices } = await sql<{ link: string }>`select link from notifications
      where recipient_org_id = ${roads}`.execute(db);
    assert.deepEqual(
      notices.map((n) => n.link),
      [`/staff/feedback/appeals/${receipt.trackingNumber}`],
    );
  });

  it('waits at dispatch when no rule matches, and says which field is wrong', async () => {
    const receipt = await submitAppeal(
      db,
      clock,
      ctx,
      {
        ...base,
        kind: 'consultation',
        subject: '社保咨询',
        content: '请问灵活就业人员如何缴纳社保？',
      },
      { channel: 'phone' },
    );
    assert.equal(receipt.appeal.state, 'dispatch');
    assert.equal(receipt.appeal.orgId, null);
    // 3 working days: 28, 29, 30 September.
    assert.equal(receipt.completeDueOn, '2026-09-30');
    await assert.rejects(
      submitAppeal(db, clock, ctx, { ...base, phone: '', subject: 'x' }, { channel: 'web' }),
      (error) =>
        isAppError(error) &&
        JSON.stringify(error.details.fields) ===
          JSON.stringify([
            { field: 'subject', message: 'feedback.error.subject' },
            { field: 'phone', message: 'feedback.error.contact' },
          ]),
    );
  });

  it('matches rules by kind, any keyword and place, in priority order', () => {
    const rules: RoutingRule[] = [
      { id: 2, priority: 20, kind: null, keyword: null, place: '清原镇', orgId: 2 },
      { id: 1, priority: 10, kind: 'report', keyword: '污染 排污', place: null, orgId: 1 },
    ];
    const appeal = {
      kind: 'report' as const,
      subject: '工厂排污',
      content: '夜间排放',
      place: '清原镇',
    };
    assert.equal(matchRoute(rules, appeal)?.orgId, 1);
    assert.equal(matchRoute(rules, { ...appeal, kind: 'help' })?.orgId, 2);
    assert.equal(matchRoute(rules, { ...appeal, kind: 'help', place: '南口前镇' }), null);
  });
});
