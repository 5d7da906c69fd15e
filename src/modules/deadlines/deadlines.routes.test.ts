import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import { systemContext } from '../../platform/http/index.ts';
import { startClock, workingDaysRule } from './index.ts';

describe('deadline pages', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  let clockId: number;
  before(async () => {
    t = await createTestApp({ demo: true });
    // December 2026: 2027's schedule is not published, so the console warns.
    t.clock.set('2026-12-15T09:30:00+08:00');
    admin = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
    officer = await signIn(t.app, 'gongkai', 'Sunshine-gongkai-2026');
    const { rows } = await sql<{ adminId: number; orgId: number }>`
      select (select id from accounts_users where username = 'admin') as admin_id,
             (select id from accounts_orgs where kind = 'department' order by id limit 1) as org_id
    `.execute(t.database.db);
    const { adminId, orgId } = rows[0]!;
    ({ clockId } = await startClock(t.database.db, t.clock, systemContext('test'), {
      // A matter type of its own: the demo county has approval and FOI clocks too.
      matterType: 'other',
      matterId: 'R-1',
      purpose: 'decision',
      title: '跨年审批',
      orgId: Number(orgId),
      ownerUserId: Number(adminId),
      rule: workingDaysRule(40),
      startOn: '2026-12-15',
    }));
  });
  after(() => t.close());

  it('the public calculator answers the vector with its explanation, in Chinese and English', async () => {
    const url =
      '/services/deadline-calculator?receivedOn=2025-03-03&days=20&unit=working&pause1From=2025-03-10&pause1To=2025-03-21';
    const zh = await t.app.inject({ url });
    assert.equal(zh.statusCode, 200);
    assert.match(zh.body, /<p class="due-date">2025-04-14<\/p>/);
    assert.match(zh.body, /清明放假 3 天/);
    assert.match(zh.body, /其间 9 个工作日不计入/);
    const en = await t.app.inject({ url, headers: { cookie: 'lang=en' } });
    assert.match(en.body, /Working day 20: 2025-04-14 \(Monday\)/);
  });

  it('the calculator marks a provisional answer and explains bad input with 422', async () => {
    const provisional = await t.app.inject({
      url: '/services/deadline-calculator?receivedOn=2026-12-15&days=20',
    });
    assert.match(provisional.body, /暂定：2027 年放假安排尚未公布/);
    const bad = await t.app.inject({
      url: '/services/deadline-calculator?receivedOn=2025-02-30&days=abc&pause1From=2025-03-10',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /收到日期：请填写日期/);
    assert.match(bad.body, /时限：请填写 0 到 365 之间的整数/);
    assert.match(bad.body, /value="2025-02-30"/);
  });

  it('the console warns from 1 October while next year is provisional', async () => {
    const home = await t.app.inject({ url: '/staff', headers: { cookie: admin } });
    assert.match(home.body, /2027 年国务院放假安排尚未录入/);
    assert.match(home.body, /href="\/staff\/calendar\?year=2027"/);
  });

  it('shows a year as a calendar with its holidays and sources', async () => {
    const page = await t.app.inject({
      url: '/staff/calendar?year=2026',
      headers: { cookie: officer },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /2026-10-01 至 2026-10-07 国庆节放假 7 天/);
    assert.match(page.body, /class="day-makeup_workday"/);
    // Only a county admin gets the entry form.
    assert.doesNotMatch(page.body, /录入并重新计算期限/);
    const form = await formSession(t.app, '/staff/calendar?year=2027', officer);
    assert.equal(form.token.length > 0, true);
    const refused = await form.post('/staff/calendar', {
      year: '2027',
      sourceDocument: 'x',
      days: '2027-01-01 休 元旦',
    });
    assert.equal(refused.statusCode, 403);
  });

  it('reads an .ics file into the form for the admin to check', async () => {
    const form = await formSession(t.app, '/staff/calendar?year=2027', admin);
    const ics = await readFile(new URL('./fixtures/holidays-2027.ics', import.meta.url));
    const boundary = 'sunshine-test-boundary';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="2027.ics"\r\n` +
          'Content-Type: text/calendar\r\n\r\n',
      ),
      ics,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await t.app.inject({
      method: 'POST',
      url: `/staff/calendar/ics?_csrf=${encodeURIComponent(form.token)}`,
      headers: { cookie: form.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    assert.match(response.body, /2027-02-05\.\.2027-02-12 休 春节/);
    assert.match(response.body, /已从文件读取 12 天/);
  });

  it('refuses a malformed schedule line by number and keeps the text', async () => {
    const form = await formSession(t.app, '/staff/calendar?year=2027', admin);
    const response = await form.post('/staff/calendar', {
      year: '2027',
      sourceDocument: '测试〔2026〕9号',
      days: '2027-01-01 休 元旦\n2027-02-31 休 春节',
      complete: 'on',
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /第 2 行格式不对/);
    assert.match(response.body, /2027-02-31 休 春节/);
  });

  it('entering 2027 re-dates the open clock, tells its owner and ends the warning', async () => {
    const form = await formSession(t.app, '/staff/calendar?year=2027', admin);
    const response = await form.post('/staff/calendar', {
      year: '2027',
      sourceDocument: '测试〔2026〕9号',
      days: '2027-01-01..2027-01-03 休 元旦\n2027-02-05..2027-02-12 休 春节\n2027-02-20 班 春节',
      complete: 'on',
    });
    assert.equal(response.statusCode, 303);
    const page = await t.app.inject({
      url: response.headers.location!,
      headers: { cookie: admin },
    });
    assert.match(
      page.body,
      /已录入 2027 年放假安排。检查了 \d+ 个未结束的计时，\d+ 个期满日有变化/,
    );
    assert.match(page.body, /2027 年为正式日历（测试〔2026〕9号）/);
    const home = await t.app.inject({ url: '/staff', headers: { cookie: admin } });
    assert.doesNotMatch(home.body, /2027 年国务院放假安排尚未录入/);
    assert.match(home.body, /“跨年审批”的期满日由 2027-02-16 改为 2027-02-18/);
    const clockPage = await t.app.inject({
      url: `/staff/clocks/${clockId}`,
      headers: { cookie: admin },
    });
    assert.equal(clockPage.statusCode, 200);
    assert.match(clockPage.body, /<dd class="due-date">2027-02-18<\/dd>/);
    assert.match(clockPage.body, /日历更新/);
  });

  it('serves a clock and the supervision counts as JSON to staff, not to the public', async () => {
    const json = await t.app.inject({
      url: `/api/v1/clocks/${clockId}`,
      headers: { cookie: admin },
    });
    assert.equal(json.statusCode, 200);
    const clock = json.json();
    assert.equal(clock.dueOn, '2027-02-18');
    assert.equal(clock.basis, 'official');
    assert.deepEqual(
      clock.dueDates.map((d: { dueOn: string; cause: string }) => [d.dueOn, d.cause]),
      [
        ['2027-02-16', 'event'],
        ['2027-02-18', 'calendar'],
      ],
    );
    const counts = await t.app.inject({
      url: '/api/v1/supervision/clock-counts?matterType=other',
      headers: { cookie: admin },
    });
    assert.equal(counts.statusCode, 200);
    assert.deepEqual(
      counts
        .json()
        .open.map((c: { matterType: string; light: string; count: number }) => [
          c.matterType,
          c.light,
          c.count,
        ]),
      [['other', 'green', 1]],
    );
    const anonymous = await t.app.inject({ url: '/api/v1/supervision/clock-counts' });
    assert.equal(anonymous.statusCode, 403);
  });
});
