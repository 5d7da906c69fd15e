import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import chineseDays from 'chinese-days';
import { builtInSchedules } from './published.ts';
import { provisionalHolidaysOf, provisionalYears, statutoryDaysOf } from './provisional.ts';
import { isWeekend } from './local-date.ts';

const published = builtInSchedules();
const originalTz = process.env.TZ;

/** Runs `work` with the process in another time zone (Node re-reads TZ when it is assigned). */
function inTimeZone<T>(tz: string, work: () => T): T {
  process.env.TZ = tz;
  try {
    return work();
  } finally {
    process.env.TZ = originalTz;
  }
}
after(() => {
  process.env.TZ = originalTz;
});

const years = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i);

describe('statutoryDaysOf (全国年节及纪念日放假办法第2条)', () => {
  it('lists the 13 days: 元旦, 春节 ×4 from 除夕, 清明, 劳动节 ×2, 端午, 中秋, 国庆节 ×3', () => {
    const days = statutoryDaysOf(2027);
    assert.equal(days.length, 13);
    assert.deepEqual(
      days.map((d) => `${d.date} ${d.name}`),
      [
        '2027-01-01 元旦',
        '2027-02-05 春节',
        '2027-02-06 春节',
        '2027-02-07 春节',
        '2027-02-08 春节',
        '2027-04-05 清明',
        '2027-05-01 劳动节',
        '2027-05-02 劳动节',
        '2027-06-09 端午',
        '2027-09-15 中秋',
        '2027-10-01 国庆节',
        '2027-10-02 国庆节',
        '2027-10-03 国庆节',
      ],
    );
  });

  it('takes 除夕 as the day before 正月初一 when 腊月 has 29 days (2025: 01-28)', () => {
    const spring = statutoryDaysOf(2025).filter((d) => d.name === '春节');
    assert.deepEqual(
      spring.map((d) => d.date),
      ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    );
  });

  for (const year of [2025, 2026]) {
    it(`agrees with the published ${year} schedule: every statutory day is off under its name`, () => {
      for (const day of statutoryDaysOf(year)) {
        const official = published.holidays.get(day.date);
        assert.ok(official, `${day.date} ${day.name} is not off in the published schedule`);
        // The published data calls 国庆 and 中秋 of 2025 together 国庆节; names agree otherwise.
        if (!(year === 2025 && day.name === '中秋'))
          assert.equal(official.name, day.name, day.date);
      }
    });
  }

  it('finds 清明 inside the published 清明 holiday of every year since it became one (2008–2026)', () => {
    for (const year of years(2008, 2026)) {
      const qingming = statutoryDaysOf(year).find((d) => d.name === '清明')!;
      assert.equal(published.holidays.get(qingming.date)?.name, '清明', qingming.date);
    }
  });

  it('agrees with chinese-days’ lunar and solar-term helpers for 2025–2099', () => {
    // Those helpers are right only east of UTC (they format with local getters): compare in UTC.
    inTimeZone('UTC', () => {
      for (const year of years(provisionalYears.first, provisionalYears.last)) {
        const days = statutoryDaysOf(year);
        const dateOf = (name: string) => days.filter((d) => d.name === name)[0]!.date;
        assert.equal(
          dateOf('清明'),
          chineseDays.getSolarTermDate(year, 4, 'pure_brightness'),
          `${year} 清明`,
        );
        assert.equal(
          days.filter((d) => d.name === '春节')[1]!.date,
          chineseDays.getSolarDateFromLunar(`${year}-01-01`).date,
          `${year} 春节`,
        );
        assert.equal(
          dateOf('端午'),
          chineseDays.getSolarDateFromLunar(`${year}-05-05`).date,
          `${year} 端午`,
        );
        assert.equal(
          dateOf('中秋'),
          chineseDays.getSolarDateFromLunar(`${year}-08-15`).date,
          `${year} 中秋`,
        );
      }
    });
  });
});

describe('provisionalHolidaysOf', () => {
  it('gives each statutory day on a weekend on the next working day (全国年节及纪念日放假办法第6条)', () => {
    const holidays = provisionalHolidaysOf(2027);
    // 初一 Saturday 02-06 and 初二 Sunday 02-07; 初三 Monday 02-08 is itself a holiday.
    assert.deepEqual(holidays.get('2027-02-09'), {
      name: '春节',
      nameEn: 'Spring Festival',
      substituteFor: '2027-02-06',
    });
    assert.equal(holidays.get('2027-02-10')?.substituteFor, '2027-02-07');
    assert.equal(holidays.get('2027-05-03')?.substituteFor, '2027-05-01');
    assert.equal(holidays.get('2027-05-04')?.substituteFor, '2027-05-02');
    assert.equal(holidays.get('2027-10-04')?.substituteFor, '2027-10-02');
    assert.equal(holidays.get('2027-10-05')?.substituteFor, '2027-10-03');
  });

  it('takes exactly 13 weekdays off in every year it computes', () => {
    for (const year of years(2027, provisionalYears.last)) {
      const holidays = provisionalHolidaysOf(year);
      const weekdaysOff = [...holidays.keys()].filter((date) => !isWeekend(date));
      assert.equal(weekdaysOff.length, 13, `${year}`);
    }
  });

  it('gives a second holiday on the same date its own day by default: 中秋 on 国庆 10-03 in 2028', () => {
    const holidays = provisionalHolidaysOf(2028);
    // 10-01 Sunday → 10-04; 10-03 carries two holidays → 10-05.
    assert.deepEqual(
      ['2028-10-01', '2028-10-02', '2028-10-03', '2028-10-04', '2028-10-05', '2028-10-06'].map(
        (date) => holidays.has(date),
      ),
      [true, true, true, true, true, false],
    );
    assert.equal(holidays.get('2028-10-05')?.substituteFor, '2028-10-03');
    const merged = provisionalHolidaysOf(2028, { coincidingHolidays: 'merge' });
    assert.equal(merged.has('2028-10-05'), false);
    assert.equal([...merged.keys()].filter((date) => !isWeekend(date)).length, 12);
  });

  it('refuses a year outside the rules in force (before 2025) or the lunar tables (after 2099)', () => {
    assert.throws(() => provisionalHolidaysOf(2024), { code: 'calendar_year_unsupported' });
    assert.throws(() => provisionalHolidaysOf(2100), { code: 'calendar_year_unsupported' });
  });

  it('gives the same days whatever the process time zone', () => {
    const compute = () =>
      JSON.stringify(years(2027, 2060).map((year) => [...provisionalHolidaysOf(year)]));
    const expected = inTimeZone('Asia/Shanghai', compute);
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'America/St_Johns']) {
      assert.equal(inTimeZone(tz, compute), expected, tz);
    }
    // The guard is real: chinese-days' own conversion moves a day west of UTC.
    assert.equal(
      inTimeZone('America/Los_Angeles', () =>
        chineseDays.getSolarTermDate(2027, 4, 'pure_brightness'),
      ),
      '2027-04-04',
    );
  });
});
