import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createTestOrg, createTestUser } from '../../../test/factories.ts';
import { listAudit } from '../../platform/audit/index.ts';
import type { ScheduleInput } from '../../platform/calendar/index.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { listNotices } from '../../platform/notify/index.ts';
import {
  enterScheduleAndRedate,
  foiReplyRule,
  readClock,
  recordClockEvent,
  startClock,
  workingDaysRule,
} from './index.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
let orgId: number;
let ownerId: number;
before(async () => {
  database = await createTestDatabase();
  db = database.db;
  orgId = await createTestOrg(db, 'dl-org');
  ownerId = await createTestUser(db, 'dl-owner', orgId);
});
after(() => database.close());

const ctx = systemContext('deadlines-test');
// 2026-12-15 09:30 in Shanghai.
const december = fixedClock('2026-12-15T01:30:00Z');

/** A fictitious 2027 notice (not the real one): 元旦 01-01..01-03, 春节 02-05..02-12, 02-20 worked. */
const notice2027: ScheduleInput = {
  year: 2027,
  sourceDocument: '测试〔2026〕3号',
  days: [
    ...['01', '02', '03'].map((d) => ({
      date: `2027-01-${d}`,
      kind: 'holiday' as const,
      name: '元旦',
    })),
    ...['05', '06', '07', '08', '09', '10', '11', '12'].map((d) => ({
      date: `2027-02-${d}`,
      kind: 'holiday' as const,
      name: '春节',
    })),
    { date: '2027-02-20', kind: 'workday', name: '春节' },
  ],
  complete: true,
};

describe('clocks in the database', () => {
  it('starts a clock, records its events and keeps the projection and history in step', async () => {
    const { clockId, view } = await startClock(db, december, ctx, {
      matterType: 'foi',
      matterId: 'T-1',
      purpose: 'reply',
      title: '测试申请一',
      orgId,
      rule: foiReplyRule,
      startOn: '2026-12-01',
    });
    assert.equal(view.dueOn, '2026-12-29');
    const paused = await recordClockEvent(db, december, ctx, clockId, {
      kind: 'pause',
      on: '2026-12-03',
      reasonCode: 'third_party_consultation',
      legalBasis: '条例第33条第2款',
    });
    assert.equal(paused.state, 'paused');
    const resumed = await recordClockEvent(db, december, ctx, clockId, {
      kind: 'resume',
      on: '2026-12-10',
    });
    // 12-03..12-09 excluded: 5 working days later than 12-29.
    assert.equal(resumed.dueOn, '2027-01-06');
    const record = await readClock(db, december, clockId);
    assert.equal(record.row.dueOn, '2027-01-06');
    assert.equal(record.row.state, 'running');
    assert.deepEqual(
      record.dueDates.map((d) => d.dueOn),
      ['2026-12-29', null, '2027-01-06'],
    );
    assert.equal(record.view.basis, 'provisional');
    const audit = await listAudit(db, { action: 'deadlines.clock.resume' });
    assert.equal(audit.total, 1);
  });

  it('refuses an event the clock does not allow and writes nothing', async () => {
    const { clockId } = await startClock(db, december, ctx, {
      matterType: 'foi',
      matterId: 'T-2',
      purpose: 'reply',
      orgId,
      rule: foiReplyRule,
      startOn: '2026-12-01',
    });
    await assert.rejects(
      recordClockEvent(db, december, ctx, clockId, { kind: 'resume', on: '2026-12-02' }),
      {
        code: 'clock_not_paused',
      },
    );
    const record = await readClock(db, december, clockId);
    assert.equal(record.events.length, 1);
    await assert.rejects(
      startClock(db, december, ctx, {
        matterType: 'foi',
        matterId: 'T-2',
        purpose: 'reply',
        orgId,
        rule: foiReplyRule,
        startOn: '2026-12-01',
      }),
      { code: 'clock_exists' },
    );
  });

  it('the append-only tables refuse an update', async () => {
    await assert.rejects(
      sql`update deadlines_clock_events set on_date = '2026-01-01'`.execute(db),
      /append-only/,
    );
  });

  it('re-dates an open clock crossing into 2027 when the 2027 schedule is entered, and tells its owner', async () => {
    const { clockId, view } = await startClock(db, december, ctx, {
      matterType: 'approval',
      matterId: 'A-1',
      purpose: 'decision',
      title: '测试审批',
      orgId,
      ownerUserId: ownerId,
      rule: workingDaysRule(40),
      startOn: '2026-12-15',
    });
    // Provisional 2027: 01-01 off; 春节 除夕 02-05, 初一..初三 02-06..02-08 with 补假 02-09, 02-10.
    assert.equal(view.dueOn, '2027-02-16');
    assert.equal(view.basis, 'provisional');
    const stopped = await startClock(db, december, ctx, {
      matterType: 'approval',
      matterId: 'A-2',
      purpose: 'decision',
      orgId,
      rule: workingDaysRule(20),
      startOn: '2026-12-14',
    });
    await recordClockEvent(db, december, ctx, stopped.clockId, {
      kind: 'stop',
      on: '2026-12-15',
      outcome: 'approved',
    });

    const report = await enterScheduleAndRedate(db, december, ctx, notice2027);
    assert.ok(
      report.moved.some(
        (m) => m.clockId === clockId && m.from === '2027-02-16' && m.to === '2027-02-18',
      ),
    );
    assert.ok(!report.moved.some((m) => m.clockId === stopped.clockId));

    const record = await readClock(db, december, clockId);
    assert.equal(record.row.dueOn, '2027-02-18');
    assert.equal(record.row.basis, 'official');
    assert.equal(record.view.basis, 'official');
    const history = record.dueDates.map((d) => [d.dueOn, d.cause, d.calendarVersion]);
    assert.deepEqual(history, [
      ['2027-02-16', 'event', report.previousVersion],
      ['2027-02-18', 'calendar', report.calendarVersion],
    ]);
    const notices = await listNotices(db, { userId: ownerId, orgIds: [] });
    assert.equal(notices.length, 1);
    assert.match(notices[0]!.body, /2027-02-16 改为 2027-02-18/);
    assert.equal(notices[0]!.link, `/staff/clocks/${clockId}`);
    const audit = await listAudit(db, { action: 'deadlines.clocks.redate' });
    assert.equal(audit.total, 1);
  });
});
