import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import vectors from './fixtures/working-days.json' with { type: 'json' };
import {
  addDays,
  createCalendar,
  dayNumberOf,
  pauseRange,
  runsOf,
  type CalendarOverride,
  type LocalDate,
} from './index.ts';

const calendar = createCalendar();

// 条例第33条: an information request is answered within 20 working days of receipt.
const foiLimit = 20;

/** A fictitious 2027 schedule (the real notice is not in these tests): what an administrator enters. */
const document2027 = '测试〔2026〕1号';
const schedule2027: CalendarOverride[] = [
  ...['2027-01-01', '2027-01-02', '2027-01-03'].map((date) => ({ date, name: '元旦' })),
  ...[5, 6, 7, 8, 9, 10, 11, 12, 13].map((d) => ({
    date: `2027-02-${String(d).padStart(2, '0')}`,
    name: '春节',
  })),
].map((day) => ({ ...day, kind: 'holiday' as const, sourceDocument: document2027 }));
schedule2027.push({
  date: '2027-02-20',
  kind: 'workday',
  name: '春节',
  sourceDocument: document2027,
});

describe('the working-days vectors (fixtures/working-days.json)', () => {
  for (const [date, expected] of Object.entries(vectors.isWorkday)) {
    it(`isWorkday(${date}) is ${expected}`, () => {
      assert.deepEqual(calendar.isWorkday(date), {
        value: expected,
        basis: 'official',
        provisionalYears: [],
      });
    });
  }
  for (const [date, n, expected] of vectors.addWorkingDays as [string, number, string][]) {
    it(`addWorkingDays(${date}, ${n}) is ${expected}`, () => {
      assert.deepEqual(calendar.addWorkingDays(date, n), {
        value: expected,
        basis: 'official',
        provisionalYears: [],
      });
      assert.equal(calendar.workingDaysBetween(date, expected).value, n);
    });
  }
  for (const vector of vectors.foiDeadline) {
    const pauses = (('pauses' in vector ? vector.pauses : []) as string[][]).map(([p, r]) =>
      pauseRange(p!, r!),
    );
    it(`an FOI request received ${vector.receivedOn} with ${pauses.length} pause(s) is due ${vector.dueOn}`, () => {
      const due = calendar.addWorkingDays(vector.receivedOn, foiLimit, { skip: pauses });
      assert.equal(due.value, vector.dueOn);
      assert.equal(due.basis, 'official');
    });
  }
  it('pauses follow the stated convention: P..R-1 do not count, R counts again', () => {
    assert.match(vectors.conventions.pause, /P\.\.R-1/);
    assert.deepEqual(pauseRange('2025-03-10', '2025-03-21'), {
      first: '2025-03-10',
      last: '2025-03-20',
    });
    // The resume day itself counts: a pause resumed on the day after the start costs one day.
    assert.equal(
      calendar.addWorkingDays('2025-03-03', 1, { skip: [pauseRange('2025-03-04', '2025-03-05')] })
        .value,
      '2025-03-05',
    );
  });
  it('a restart (补正) counts afresh from the day received, which does not count', () => {
    assert.match(vectors.conventions.restart, /C itself is not counted/);
    assert.equal(calendar.addWorkingDays('2025-03-14', foiLimit).value, '2025-04-14');
  });
});

describe('official schedules with 调休', () => {
  it('crosses 春节 2025: off 01-28..02-04, make-up Sunday 01-26 and Saturday 02-08', () => {
    assert.equal(calendar.addWorkingDays('2025-01-24', 2).value, '2025-01-27');
    assert.equal(calendar.addWorkingDays('2025-01-24', 3).value, '2025-02-05');
    assert.equal(calendar.addWorkingDays('2025-02-07', 1).value, '2025-02-08');
    assert.equal(calendar.workingDaysBetween('2025-01-24', '2025-02-10').value, 7);
    assert.equal(calendar.isWorkday('2025-02-03').value, false);
  });

  it('crosses 国庆 and 中秋 2025: off 10-01..10-08, make-up 09-28 and 10-11', () => {
    assert.equal(calendar.addWorkingDays('2025-09-26', 1).value, '2025-09-28');
    assert.equal(calendar.addWorkingDays('2025-09-30', 1).value, '2025-10-09');
    assert.equal(calendar.addWorkingDays('2025-10-10', 1).value, '2025-10-11');
    // 09-28, 09-29, 09-30, then 10-09, 10-10, 10-11.
    assert.equal(calendar.workingDaysBetween('2025-09-26', '2025-10-12').value, 6);
  });

  it('crosses 春节 2026: off 02-15..02-23, make-up Saturdays 02-14 and 02-28', () => {
    assert.equal(calendar.isWorkday('2026-02-14').value, true);
    assert.equal(calendar.addWorkingDays('2026-02-13', 5).value, '2026-02-27');
    assert.equal(calendar.addWorkingDays('2026-02-27', 1).value, '2026-02-28');
    assert.equal(calendar.workingDaysBetween('2026-02-13', '2026-02-28').value, 6);
    assert.equal(calendar.isWorkday('2026-02-23').value, false);
  });

  it('crosses 中秋 and 国庆 2026: off 09-25..09-27 and 10-01..10-07, make-up 09-20 and 10-10', () => {
    assert.equal(calendar.addWorkingDays('2026-09-18', 1).value, '2026-09-20');
    assert.equal(calendar.addWorkingDays('2026-09-24', 1).value, '2026-09-28');
    assert.equal(calendar.addWorkingDays('2026-09-30', 1).value, '2026-10-08');
    assert.equal(calendar.addWorkingDays('2026-10-09', 1).value, '2026-10-10');
  });

  it('counts 248 working days in 2025 and in 2026: 261 weekdays, 13 statutory days, make-up days back', () => {
    assert.equal(calendar.workingDaysBetween('2024-12-31', '2025-12-31').value, 248);
    assert.equal(calendar.workingDaysBetween('2025-12-31', '2026-12-31').value, 248);
    // RULES.md §9.2 gives 243 and 242: those are the Monday–Friday working days only, as
    // chinese-days' getWorkdaysInRange(…, false) counts them, leaving out the 5 and 6 make-up
    // Saturdays and Sundays that §0.1 says are working days.
    const weekdaysWorked = (year: number) =>
      Array.from({ length: 365 }, (_, i) => calendar.day(addDays(`${year}-01-01`, i))).filter(
        (d) => d.isWorkday && d.kind !== 'makeup_workday',
      ).length;
    assert.equal(weekdaysWorked(2025), 243);
    assert.equal(weekdaysWorked(2026), 242);
  });

  it('describes each day: holiday, 调休 day off, make-up day, weekend', () => {
    assert.deepEqual(
      {
        ...calendar.day('2026-02-20'),
      },
      {
        date: '2026-02-20',
        weekday: 5,
        isWorkday: false,
        kind: 'holiday',
        name: '春节',
        nameEn: 'Spring Festival',
        inLieu: true,
        substituteFor: null,
        sourceDocument: null,
        source: 'published',
        basis: 'official',
      },
    );
    assert.equal(calendar.day('2026-02-14').kind, 'makeup_workday');
    assert.equal(calendar.day('2026-03-07').kind, 'weekend');
    assert.equal(calendar.day('2026-03-09').source, 'weekday_rule');
  });

  it('explains the holidays and make-up days met, grouped into runs', () => {
    const runs = runsOf(calendar.explain('2026-02-14', '2026-02-27'));
    assert.deepEqual(
      runs.map((r) => [r.first, r.last, r.kind, r.name]),
      [
        ['2026-02-14', '2026-02-14', 'makeup_workday', '春节'],
        ['2026-02-15', '2026-02-23', 'holiday', '春节'],
      ],
    );
    assert.deepEqual(calendar.explain('2026-03-02', '2026-03-31'), []);
  });
});

describe('working-day arithmetic', () => {
  it('returns the date itself for 0 working days and counts backwards for a negative n', () => {
    assert.equal(calendar.addWorkingDays('2026-02-15', 0).value, '2026-02-15');
    assert.equal(calendar.addWorkingDays('2026-02-24', -1).value, '2026-02-14');
    assert.equal(calendar.addWorkingDays('2026-02-14', -1).value, '2026-02-13');
  });

  it('counts working days between two dates, start excluded, end included, negative backwards', () => {
    assert.equal(calendar.workingDaysBetween('2025-03-03', '2025-03-03').value, 0);
    assert.equal(calendar.workingDaysBetween('2025-03-03', '2025-03-31').value, 20);
    assert.equal(calendar.workingDaysBetween('2025-03-31', '2025-03-03').value, -20);
  });

  it('adds calendar days, rolling forward past a holiday only when asked', () => {
    assert.deepEqual(calendar.addCalendarDays('2026-09-21', 10, { rollForward: false }), {
      value: '2026-10-01',
      basis: 'official',
      provisionalYears: [],
    });
    assert.equal(
      calendar.addCalendarDays('2026-09-21', 10, { rollForward: true }).value,
      '2026-10-08',
    );
    assert.equal(
      calendar.addCalendarDays('2026-02-04', 10, { rollForward: true }).value,
      '2026-02-14',
    );
    assert.equal(
      calendar.addCalendarDays('2026-12-22', 10, { rollForward: false }).basis,
      'official',
    );
    assert.deepEqual(calendar.addCalendarDays('2026-12-22', 10, { rollForward: true }), {
      value: '2027-01-04',
      basis: 'provisional',
      provisionalYears: [2027],
    });
  });

  it('refuses malformed dates and non-integer counts with a validation error naming the field', () => {
    assert.throws(() => calendar.isWorkday('2026-2-14'), {
      kind: 'validation',
      code: 'calendar_bad_date',
    });
    assert.throws(() => calendar.addWorkingDays('2025-02-29', 1), /date: .*"2025-02-29"/);
    assert.throws(() => calendar.addWorkingDays('2025-03-03', 1.5), { code: 'calendar_bad_days' });
    assert.throws(() => calendar.workingDaysBetween('2025-03-03', 'tomorrow'), /^AppError: to: /);
  });

  it('refuses a year it has neither a schedule nor rules for', () => {
    assert.throws(() => calendar.isWorkday('2003-12-31'), { code: 'calendar_year_unsupported' });
    assert.throws(() => calendar.isWorkday('2100-01-04'), { code: 'calendar_year_unsupported' });
  });
});

describe('a year without a published schedule (2027)', () => {
  it('is provisional: 元旦 and 春节 off with 补假, and no make-up working days', () => {
    assert.deepEqual(calendar.isWorkday('2027-01-01'), {
      value: false,
      basis: 'provisional',
      provisionalYears: [2027],
    });
    assert.equal(calendar.basisOfYear(2027), 'provisional');
    // 除夕 02-05 Friday, 初一 Saturday, 初二 Sunday, 初三 Monday: the weekend days given on 02-09 and 02-10.
    for (const date of [
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
    ]) {
      assert.equal(calendar.isWorkday(date).value, false, date);
    }
    assert.equal(calendar.day('2027-02-09').substituteFor, '2027-02-06');
    assert.equal(calendar.isWorkday('2027-02-11').value, true);
    assert.equal(calendar.addWorkingDays('2027-02-04', 1).value, '2027-02-11');
    for (let n = dayNumberOf('2027-01-01'); n <= dayNumberOf('2027-12-31'); n++) {
      const day = calendar.day(addDays('1970-01-01', n));
      if (day.weekday === 0 || day.weekday === 6) assert.equal(day.isWorkday, false, day.date);
    }
    // 261 weekdays, less the 13 statutory days (all on weekdays once 补假 is given).
    assert.equal(calendar.workingDaysBetween('2026-12-31', '2027-12-31').value, 248);
  });

  it('marks every answer that rests on a 2027 day, and only those', () => {
    assert.deepEqual(calendar.addWorkingDays('2026-12-31', 1), {
      value: '2027-01-04',
      basis: 'provisional',
      provisionalYears: [2027],
    });
    assert.equal(calendar.addWorkingDays('2026-12-30', 1).basis, 'official');
    assert.deepEqual(
      calendar.workingDaysBetween('2026-12-01', '2028-01-31').provisionalYears,
      [2027, 2028],
    );
  });

  it('becomes official once its schedule is entered as overrides and marked entered', () => {
    const entered = createCalendar({
      overrides: schedule2027,
      enteredYears: [{ year: 2027, sourceDocument: document2027 }],
    });
    assert.equal(entered.basisOfYear(2027), 'official');
    assert.deepEqual(entered.isWorkday('2027-01-01'), {
      value: false,
      basis: 'official',
      provisionalYears: [],
    });
    assert.equal(entered.isWorkday('2027-02-20').value, true);
    assert.equal(entered.day('2027-02-20').kind, 'makeup_workday');
    assert.equal(entered.day('2027-02-20').sourceDocument, document2027);
    // The provisional 补假 of 国庆 (10-04) is gone: the entered schedule alone decides.
    assert.equal(entered.isWorkday('2027-10-04').value, true);
    assert.equal(entered.day('2027-10-04').source, 'weekday_rule');
    assert.deepEqual(entered.addWorkingDays('2027-02-04', 1), {
      value: '2027-02-15',
      basis: 'official',
      provisionalYears: [],
    });
    assert.ok(entered.officialYears.includes(2027));
  });

  it('keeps the days an administrator has not entered provisional until the year is marked entered', () => {
    const partial = createCalendar({ overrides: schedule2027 });
    assert.deepEqual(partial.isWorkday('2027-02-12'), {
      value: false,
      basis: 'official',
      provisionalYears: [],
    });
    assert.deepEqual(partial.isWorkday('2027-03-01'), {
      value: true,
      basis: 'provisional',
      provisionalYears: [2027],
    });
  });

  it('lets an override change a published day too (a local closure), citing its document', () => {
    const closure = createCalendar({
      overrides: [
        {
          date: '2026-03-10',
          kind: 'holiday',
          name: '临时闭馆',
          sourceDocument: '某政发〔2026〕3号',
        },
      ],
    });
    assert.equal(closure.isWorkday('2026-03-10').value, false);
    assert.equal(closure.addWorkingDays('2026-03-09', 1).value, '2026-03-11');
    assert.deepEqual(
      closure.explain('2026-03-01', '2026-03-31').map((d) => [d.date, d.source, d.sourceDocument]),
      [['2026-03-10', 'override', '某政发〔2026〕3号']],
    );
  });
});

describe('calendarVersion', () => {
  it('is the same for the same inputs in any order, and changes with any entry', () => {
    const a = createCalendar({ overrides: schedule2027 });
    const b = createCalendar({ overrides: [...schedule2027].reverse() });
    assert.equal(a.calendarVersion, b.calendarVersion);
    assert.notEqual(a.calendarVersion, calendar.calendarVersion);
    const renamed = schedule2027.map((o, i) => (i === 0 ? { ...o, name: '新年' } : o));
    assert.notEqual(createCalendar({ overrides: renamed }).calendarVersion, a.calendarVersion);
    const entered = createCalendar({
      overrides: schedule2027,
      enteredYears: [{ year: 2027, sourceDocument: document2027 }],
    });
    assert.notEqual(entered.calendarVersion, a.calendarVersion);
    assert.notEqual(
      createCalendar({ provisional: { coincidingHolidays: 'merge' } }).calendarVersion,
      calendar.calendarVersion,
    );
  });

  it('is an immutable value', () => {
    assert.ok(Object.isFrozen(calendar));
    assert.ok(Object.isFrozen(calendar.day('2026-02-14')));
  });
});

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('properties over generated dates (seed 20251001)', () => {
  const random = seeded(20251001);
  const from = dayNumberOf('2004-06-01');
  const to = dayNumberOf('2031-12-31');
  const cases = Array.from({ length: 400 }, () => ({
    date: addDays('1970-01-01', from + Math.floor(random() * (to - from))) as LocalDate,
    a: Math.floor(random() * 45),
    b: Math.floor(random() * 45),
    pauseAt: 1 + Math.floor(random() * 30),
    pauseFor: 1 + Math.floor(random() * 20),
  }));

  it('addWorkingDays(d, a + b) = addWorkingDays(addWorkingDays(d, a), b)', () => {
    for (const { date, a, b } of cases) {
      const whole = calendar.addWorkingDays(date, a + b).value;
      const split = calendar.addWorkingDays(calendar.addWorkingDays(date, a).value, b).value;
      assert.equal(whole, split, `${date} + ${a} + ${b}`);
    }
  });

  it('lands on a working day, and workingDaysBetween undoes it', () => {
    for (const { date, a } of cases) {
      const due = calendar.addWorkingDays(date, a + 1).value;
      assert.equal(calendar.isWorkday(due).value, true, `${date} + ${a + 1}`);
      assert.equal(calendar.workingDaysBetween(date, due).value, a + 1);
      assert.equal(calendar.addWorkingDays(due, -(a + 1)).value <= date, true);
    }
  });

  it('a pause never makes a due date earlier', () => {
    for (const { date, a, pauseAt, pauseFor } of cases) {
      const paused = addDays(date, pauseAt);
      const pause = pauseRange(paused, addDays(paused, pauseFor));
      const plain = calendar.addWorkingDays(date, a).value;
      const withPause = calendar.addWorkingDays(date, a, { skip: [pause] }).value;
      assert.ok(withPause >= plain, `${date} + ${a}, pause ${pause.first}..${pause.last}`);
    }
  });

  it('is provisional exactly when the days counted reach a year without a schedule', () => {
    for (const { date, a } of cases) {
      const answer = calendar.addWorkingDays(date, a);
      const reaches2027 = a > 0 && answer.value >= '2027-01-01';
      assert.equal(answer.basis, reaches2027 ? 'provisional' : 'official', `${date} + ${a}`);
    }
  });
});
