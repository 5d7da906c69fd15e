import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import vectors from '../../platform/calendar/fixtures/working-days.json' with { type: 'json' };
import { addDays, createCalendar, type LocalDate } from '../../platform/calendar/index.ts';
import { deriveClock } from './clock.derive.ts';
import { checkNextEvent } from './clock.events.ts';
import { explainClock } from './clock.explain.ts';
import { foiReplyRule, workingDaysRule, type ClockEvent, type ClockRule } from './clock.model.ts';

const calendar = createCalendar();
const start = (on: LocalDate): ClockEvent => ({ kind: 'start', on });
const pause = (on: LocalDate): ClockEvent => ({
  kind: 'pause',
  on,
  reasonCode: 'third_party_consultation',
  legalBasis: '条例第33条第2款',
});
const resume = (on: LocalDate): ClockEvent => ({ kind: 'resume', on });
const extend = (on: LocalDate, days: number): ClockEvent => ({
  kind: 'extend',
  on,
  days,
  approver: '公开办主任',
  reason: '需调取档案',
});
const stop = (on: LocalDate): ClockEvent => ({ kind: 'stop', on, outcome: 'disclosed' });

describe('deriveClock: the vectors of working-days.json', () => {
  for (const vector of vectors.foiDeadline) {
    const pauses = ('pauses' in vector ? vector.pauses : []) as string[][];
    it(`received ${vector.receivedOn} with ${pauses.length} pause(s): due ${vector.dueOn}`, () => {
      const events = [start(vector.receivedOn)];
      for (const [p, r] of pauses) events.push(pause(p!), resume(r!));
      const view = deriveClock(calendar, foiReplyRule, events, '2025-03-25');
      assert.equal(view.dueOn, vector.dueOn);
      assert.equal(view.basis, 'official');
    });
  }

  for (const [from, days, due] of vectors.addWorkingDays as [string, number, string][]) {
    it(`a ${days}-working-day clock from ${from} is due ${due}`, () => {
      assert.equal(deriveClock(calendar, workingDaysRule(days), [start(from)], from).dueOn, due);
    });
  }

  it('the pause excludes the 9 working days 03-10..03-20 and says so', () => {
    const events = [start('2025-03-03'), pause('2025-03-10'), resume('2025-03-21')];
    const view = deriveClock(calendar, foiReplyRule, events, '2025-03-25');
    assert.equal(view.pauses[0]!.excludedDays, 9);
    const zh = explainClock(view, calendar, 'zh-CN');
    assert.ok(
      zh.some((l) =>
        l.startsWith('暂停 2025-03-10 至 2025-03-20，2025-03-21 恢复计时：其间 9 个工作日不计入'),
      ),
    );
    assert.ok(
      zh.some((l) => /^2025-04-04 至 2025-04-06 清明放假 3 天/.test(l)),
      zh.join('\n'),
    );
    assert.equal(zh.at(-1), '第 20 个工作日：2025-04-14（星期一）');
    const en = explainClock(view, calendar, 'en');
    assert.equal(en.at(-1), 'Working day 20: 2025-04-14 (Monday)');
  });
});

describe('deriveClock: crossing 春节 and 国庆', () => {
  const cases: [LocalDate, number, LocalDate, string][] = [
    // 2025 春节 01-28..02-04 off, make-up days 01-26 (Sun) and 02-08 (Sat).
    ['2025-01-20', 10, '2025-02-08', '春节'],
    // 2025 国庆/中秋 10-01..10-08 off, make-up 09-28 (Sun) and 10-11 (Sat).
    ['2025-09-26', 20, '2025-10-30', '国庆'],
    // 2026 春节 02-15..02-23 off, make-up 02-14 (Sat) and 02-28 (Sat).
    ['2026-02-13', 5, '2026-02-27', '春节'],
    ['2026-02-10', 20, '2026-03-16', '春节'],
    // 2026 国庆 10-01..10-07 off, make-up 09-20 (Sun) and 10-10 (Sat).
    ['2026-09-28', 10, '2026-10-16', '国庆'],
  ];
  for (const [from, days, due, holiday] of cases) {
    it(`${days} working days from ${from} cross ${holiday} to ${due}`, () => {
      const view = deriveClock(calendar, workingDaysRule(days), [start(from)], from);
      assert.equal(view.dueOn, due);
      assert.equal(view.basis, 'official');
      assert.ok(explainClock(view, calendar, 'zh-CN').some((l) => l.includes(holiday)));
    });
  }
});

describe('deriveClock: state, light and days', () => {
  const rule = workingDaysRule(20);
  const events = [start('2025-03-03')];

  it('is green with days to spare, yellow with one working day left, red after the due date', () => {
    assert.equal(deriveClock(calendar, rule, events, '2025-03-20').light, 'green');
    // Due Monday 03-31: Friday 03-28 leaves one working day, and so do the weekend days.
    assert.equal(deriveClock(calendar, rule, events, '2025-03-27').light, 'green');
    assert.equal(deriveClock(calendar, rule, events, '2025-03-28').light, 'yellow');
    assert.equal(deriveClock(calendar, rule, events, '2025-03-30').light, 'yellow');
    assert.equal(deriveClock(calendar, rule, events, '2025-03-31').light, 'yellow');
    const late = deriveClock(calendar, rule, events, '2025-04-02');
    assert.deepEqual([late.light, late.overdueDays, late.leftDays], ['red', 2, 0]);
  });

  it('counts used and left working days', () => {
    const view = deriveClock(calendar, rule, events, '2025-03-10');
    assert.deepEqual([view.usedDays, view.leftDays, view.state], [5, 15, 'running']);
  });

  it('a stopped clock is red only if it stopped after its due date', () => {
    const onTime = deriveClock(calendar, rule, [...events, stop('2025-03-31')], '2025-06-01');
    assert.deepEqual([onTime.state, onTime.light, onTime.late], ['stopped', 'green', false]);
    const late = deriveClock(calendar, rule, [...events, stop('2025-04-01')], '2025-06-01');
    assert.deepEqual([late.light, late.overdueDays], ['red', 1]);
  });

  it('a paused clock has no due date and keeps the light it had when paused', () => {
    const view = deriveClock(calendar, rule, [...events, pause('2025-03-28')], '2025-05-01');
    assert.equal(view.state, 'paused');
    assert.equal(view.dueOn, null);
    assert.equal(view.dueBeforePause, '2025-03-31');
    assert.equal(view.usedDays, 18);
    assert.equal(view.light, 'green');
  });

  it('an instant item (limit 0) is red if not finished on its start day', () => {
    const instant = workingDaysRule(0);
    assert.equal(
      deriveClock(calendar, instant, [start('2025-03-03')], '2025-03-03').light,
      'yellow',
    );
    assert.equal(deriveClock(calendar, instant, [start('2025-03-03')], '2025-03-04').light, 'red');
    const done = deriveClock(
      calendar,
      instant,
      [start('2025-03-03'), stop('2025-03-03')],
      '2025-03-04',
    );
    assert.equal(done.light, 'green');
  });

  it('a restart counts afresh from the corrected request (C not counted)', () => {
    const view = deriveClock(
      calendar,
      foiReplyRule,
      [
        start('2025-03-03'),
        pause('2025-03-04'),
        { kind: 'restart', on: '2025-03-10', reason: '补正' },
      ],
      '2025-03-11',
    );
    assert.equal(view.startOn, '2025-03-10');
    assert.equal(view.pauses.length, 0);
    assert.equal(view.dueOn, calendar.addWorkingDays('2025-03-10', 20).value);
  });

  it('a calendar-day limit can roll forward to the next working day', () => {
    const rule: ClockRule = { ...workingDaysRule(20), unit: 'calendar', rollForward: true };
    // 2025-03-03 + 20 days = 2025-03-23, a Sunday: moved on to Monday 03-24.
    const view = deriveClock(calendar, rule, [start('2025-03-03')], '2025-03-03');
    assert.equal(view.dueOn, '2025-03-24');
    assert.equal(view.rolledFrom, '2025-03-23');
    const plain = deriveClock(
      calendar,
      { ...rule, rollForward: false },
      [start('2025-03-03')],
      '2025-03-03',
    );
    assert.equal(plain.dueOn, '2025-03-23');
  });
});

describe('deriveClock: extensions', () => {
  it('adds the granted days once and refuses a second extension or one past the cap', () => {
    const events = [start('2025-03-03'), extend('2025-03-20', 20)];
    const view = deriveClock(calendar, foiReplyRule, events, '2025-03-21');
    assert.equal(view.totalDays, 40);
    assert.equal(view.dueOn, calendar.addWorkingDays('2025-03-03', 40).value);
    assert.throws(
      () => checkNextEvent(calendar, foiReplyRule, events, extend('2025-03-21', 1), '2025-03-21'),
      { code: 'clock_extension_limit' },
    );
    assert.throws(
      () =>
        checkNextEvent(
          calendar,
          foiReplyRule,
          [start('2025-03-03')],
          extend('2025-03-20', 21),
          '2025-03-21',
        ),
      { code: 'clock_extension_cap' },
    );
  });

  it('refuses an extension after the period ran out (条例第33条)', () => {
    assert.throws(
      () =>
        checkNextEvent(
          calendar,
          foiReplyRule,
          [start('2025-03-03')],
          extend('2025-04-01', 5),
          '2025-04-01',
        ),
      { code: 'clock_extension_late' },
    );
  });

  it('never grants more than the cap even if the events ask for it', () => {
    const events = [start('2025-03-03'), extend('2025-03-10', 15), extend('2025-03-11', 15)];
    const rule = { ...foiReplyRule, maxExtensions: 2 };
    assert.equal(deriveClock(calendar, rule, events, '2025-03-12').totalDays, 40);
  });
});

describe('checkNextEvent', () => {
  const today = '2025-03-20';
  const base = [start('2025-03-03')];
  const cases: [string, ClockEvent[], ClockEvent, string][] = [
    ['a second start', base, start('2025-03-04'), 'clock_started'],
    ['an event before the start', [], pause('2025-03-04'), 'clock_not_started'],
    ['a resume while running', base, resume('2025-03-05'), 'clock_not_paused'],
    ['a pause while paused', [...base, pause('2025-03-05')], pause('2025-03-06'), 'clock_paused'],
    ['an event in the future', base, pause('2025-03-21'), 'clock_future_date'],
    [
      'an event dated before the last',
      [...base, pause('2025-03-05')],
      resume('2025-03-04'),
      'clock_date_before_previous',
    ],
    [
      'an event after the stop',
      [...base, stop('2025-03-05')],
      pause('2025-03-06'),
      'clock_stopped',
    ],
    [
      'a pause with no legal basis',
      base,
      { ...pause('2025-03-05'), legalBasis: ' ' } as ClockEvent,
      'clock_basis_required',
    ],
  ];
  for (const [name, events, next, code] of cases) {
    it(`refuses ${name}`, () => {
      assert.throws(() => checkNextEvent(calendar, foiReplyRule, events, next, today), { code });
    });
  }

  it('accepts a well-formed sequence', () => {
    const events: ClockEvent[] = [];
    for (const next of [
      start('2025-03-03'),
      pause('2025-03-05'),
      resume('2025-03-10'),
      extend('2025-03-12', 20),
      stop('2025-03-20'),
    ]) {
      checkNextEvent(calendar, foiReplyRule, events, next, today);
      events.push(next);
    }
    assert.equal(deriveClock(calendar, foiReplyRule, events, today).state, 'stopped');
  });
});

describe('deriveClock: properties', () => {
  // A small deterministic generator: the same cases on every run.
  let seed = 20261128;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const startDate = () => addDays('2025-01-01', random(700));

  it('a pause never makes a due date earlier', () => {
    for (let i = 0; i < 300; i++) {
      const from = startDate();
      const limit = 1 + random(40);
      const p = addDays(from, random(30));
      const r = addDays(p, random(20));
      const rule = workingDaysRule(limit);
      const plain = deriveClock(calendar, rule, [start(from)], from).dueOn!;
      const paused = deriveClock(calendar, rule, [start(from), pause(p), resume(r)], r).dueOn!;
      assert.ok(paused >= plain, `${from}+${limit}, pause ${p}:${r}: ${paused} < ${plain}`);
    }
  });

  it('an extension never exceeds its cap', () => {
    for (let i = 0; i < 300; i++) {
      const from = startDate();
      const rule = { ...foiReplyRule, extensionCapDays: random(25), maxExtensions: 1 + random(3) };
      const events: ClockEvent[] = [start(from)];
      for (let n = random(5); n > 0; n--) events.push(extend(from, 1 + random(30)));
      const view = deriveClock(calendar, rule, events, from);
      assert.ok(view.totalDays - rule.limitDays <= rule.extensionCapDays);
      assert.ok(view.extensions.filter((e) => e.grantedDays > 0).length <= rule.maxExtensions);
    }
  });

  it('a working-day clock is due on addWorkingDays(start, limit + extension)', () => {
    for (let i = 0; i < 200; i++) {
      const from = startDate();
      const view = deriveClock(calendar, foiReplyRule, [start(from), extend(from, 20)], from);
      assert.equal(view.dueOn, calendar.addWorkingDays(from, 40).value);
    }
  });
});

describe('deriveClock: provisional years', () => {
  it('a clock crossing into 2027 says its date is provisional', () => {
    const view = deriveClock(calendar, foiReplyRule, [start('2026-12-15')], '2026-12-15');
    assert.equal(view.basis, 'provisional');
    assert.deepEqual(view.provisionalYears, [2027]);
    // 元旦 2027-01-01 (Friday) is off in the provisional calendar: 12 working days in December,
    // then 01-04..01-08 and 01-11..01-13.
    assert.equal(view.dueOn, '2027-01-13');
  });
});
