import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../clock/index.ts';
import { systemContext } from '../http/index.ts';
import { createCalendar, enterSchedule, loadCalendar, type ScheduleInput } from './index.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
before(async () => {
  database = await createTestDatabase();
  db = database.db;
});
after(() => database.close());

const clock = fixedClock('2026-11-20T02:00:00Z');
const admin = systemContext('calendar-admin');

/** A fictitious 2027 notice, not the real one: 春节 02-05..02-12 off, Saturday 02-20 worked. */
const notice2027: ScheduleInput = {
  year: 2027,
  sourceDocument: '测试〔2026〕2号',
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    ...['05', '06', '07', '08', '09', '10', '11', '12'].map((d) => ({
      date: `2027-02-${d}`,
      kind: 'holiday' as const,
      name: '春节',
    })),
    { date: '2027-02-20', kind: 'workday', name: '春节' },
  ],
  complete: true,
};

describe('loadCalendar and enterSchedule', () => {
  it('loads the built-in calendar from an empty table', async () => {
    const calendar = await loadCalendar(db);
    assert.equal(calendar.calendarVersion, createCalendar().calendarVersion);
    assert.equal(calendar.isWorkday('2027-02-11').basis, 'provisional');
  });

  it('makes 2027 official once its notice is entered and marked complete, and audits it', async () => {
    const before = await loadCalendar(db);
    const result = await enterSchedule(db, clock, admin, notice2027);
    assert.equal(result.previousVersion, before.calendarVersion);
    const calendar = await loadCalendar(db);
    assert.equal(calendar.calendarVersion, result.calendarVersion);
    assert.notEqual(calendar.calendarVersion, before.calendarVersion);
    assert.deepEqual(calendar.isWorkday('2027-02-11'), {
      value: false,
      basis: 'official',
      provisionalYears: [],
    });
    assert.deepEqual(calendar.addWorkingDays('2027-02-04', 1), {
      value: '2027-02-15',
      basis: 'official',
      provisionalYears: [],
    });
    assert.equal(calendar.day('2027-02-20').sourceDocument, '测试〔2026〕2号');

    const { rows: audited } = await sql<{
      targetId: string;
      actorName: string;
      summary: { calendarVersion: string; workdays: string[] };
    }>`
      select target_id as "targetId", actor_name as "actorName", summary from audit_log
      where action = 'platform.calendar.enter_schedule'`.execute(db);
    assert.equal(audited.length, 1);
    assert.equal(audited[0]!.targetId, '2027');
    assert.equal(audited[0]!.actorName, 'calendar-admin');
    assert.equal(audited[0]!.summary.calendarVersion, result.calendarVersion);
    assert.deepEqual(audited[0]!.summary.workdays, ['2027-02-20']);

    const { rows } = await sql<{ date: string; enteredBy: string }>`
      select date, entered_by as "enteredBy" from calendar_days where kind = 'workday'`.execute(db);
    assert.deepEqual(rows, [{ date: '2027-02-20', enteredBy: 'calendar-admin' }]);
  });

  it('replaces what the same notice entered before, and can mark the year not complete', async () => {
    await enterSchedule(db, clock, admin, {
      ...notice2027,
      days: notice2027.days.filter((d) => d.date !== '2027-02-12'),
      complete: false,
    });
    const calendar = await loadCalendar(db);
    assert.equal(calendar.isWorkday('2027-02-12').value, true);
    assert.equal(calendar.isWorkday('2027-02-12').basis, 'provisional');
    assert.equal(calendar.isWorkday('2027-02-11').basis, 'official');
    assert.equal(calendar.basisOfYear(2027), 'provisional');
    await enterSchedule(db, clock, admin, notice2027);
    assert.equal((await loadCalendar(db)).basisOfYear(2027), 'official');
  });

  it('refuses a schedule with a date outside its year or listed twice, naming the field', async () => {
    await assert.rejects(
      enterSchedule(db, clock, admin, {
        ...notice2027,
        days: [
          { date: '2028-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        ],
      }),
      (error: { kind: string; code: string; details: { fields: { field: string }[] } }) => {
        assert.equal(error.kind, 'validation');
        assert.equal(error.code, 'calendar_bad_schedule');
        assert.deepEqual(
          error.details.fields.map((f) => f.field),
          ['days.0.date', 'days.2.date'],
        );
        return true;
      },
    );
  });
});
