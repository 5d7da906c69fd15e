import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { daysOfIcs } from './ics.ts';
import { formatScheduleText, parseScheduleText } from './schedule-text.ts';

describe('schedule text', () => {
  it('reads single days and ranges of days off and make-up days', () => {
    const parsed = parseScheduleText(
      '2027-01-01 休 元旦\n\n2027-02-05..2027-02-07 休 春节\n2027-02-20 班 春节',
    );
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.days.map((d) => `${d.date} ${d.kind} ${d.name}`),
      [
        '2027-01-01 holiday 元旦',
        '2027-02-05 holiday 春节',
        '2027-02-06 holiday 春节',
        '2027-02-07 holiday 春节',
        '2027-02-20 workday 春节',
      ],
    );
    assert.equal(
      formatScheduleText(parsed.days),
      '2027-01-01 休 元旦\n2027-02-05..2027-02-07 休 春节\n2027-02-20 班 春节',
    );
  });

  it('reports each bad line with its number', () => {
    const parsed = parseScheduleText('2027-01-01 休 元旦\n2027-02-30 休 春节\n2027-02-20 上 春节');
    assert.deepEqual(parsed, {
      ok: false,
      problems: [
        { line: 2, text: '2027-02-30 休 春节' },
        { line: 3, text: '2027-02-20 上 春节' },
      ],
    });
  });
});

describe('.ics holiday calendars', () => {
  it('turns all-day events into days off and make-up days (DTEND exclusive, folded lines)', async () => {
    const text = await readFile(new URL('./fixtures/holidays-2027.ics', import.meta.url), 'utf8');
    assert.equal(
      formatScheduleText(daysOfIcs(text)),
      '2027-01-01..2027-01-03 休 元旦\n2027-02-05..2027-02-12 休 春节\n2027-02-20 班 春节',
    );
  });

  it('finds nothing in a file that is not a calendar', () => {
    assert.deepEqual(daysOfIcs('hello'), []);
  });
});
