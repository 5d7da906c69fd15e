import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays,
  assertLocalDate,
  dateOfDayNumber,
  datesFrom,
  dayNumberOf,
  isLocalDate,
  weekdayOf,
} from './local-date.ts';

describe('local dates', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    for (const good of ['2025-01-01', '2024-02-29', '2099-12-31'])
      assert.ok(isLocalDate(good), good);
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-1-1',
      '20250101',
      '2025-01-01T00:00Z',
      '',
    ]) {
      assert.equal(isLocalDate(bad), false, bad);
    }
  });

  it('names the field of a bad date', () => {
    assert.throws(() => assertLocalDate('2025/03/03', 'receivedOn'), {
      kind: 'validation',
      code: 'calendar_bad_date',
      message: /^receivedOn: .*"2025\/03\/03"/,
    });
  });

  it('counts days across months, leap days and years without a time zone', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2025-03-01', -1), '2025-02-28');
    assert.equal(dayNumberOf('1970-01-01'), 0);
    assert.equal(dateOfDayNumber(dayNumberOf('2026-10-01')), '2026-10-01');
    assert.deepEqual(datesFrom('2025-12-30', '2026-01-02'), [
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
    assert.deepEqual(datesFrom('2026-01-02', '2026-01-01'), []);
  });

  it('knows the weekday: 2026-02-14 is a Saturday, 2025-03-03 a Monday', () => {
    assert.equal(weekdayOf('2026-02-14'), 6);
    assert.equal(weekdayOf('2025-03-03'), 1);
    assert.equal(weekdayOf('1969-12-31'), 3);
  });
});
