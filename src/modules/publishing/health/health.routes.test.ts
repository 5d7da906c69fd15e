import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, formSession, signIn, type TestApp } from '../../../../test/test-app.ts';
import { ensureChannels } from '../channels.service.ts';
import { readHealthSettings } from './health.settings.ts';
import { publishAt } from './health.testing.ts';

const row = (status: string) =>
  new RegExp(
    `class="column-${status}"><th scope="row">县科学技术局</th><td>动态要闻</td><td>2026-11-01</td>`,
  );
const staleKjj = row('stale');
const freshKjj = row('fresh');

describe('/staff/publishing/health', () => {
  let t: TestApp;
  let gongkai: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    await ensureChannels(t.database.db, t.clock);
    // 县科学技术局 has no demo publications: its news column is this one item.
    await publishAt(t.database.db, t.clock, 'kjj', 'news', '2026-11-01', {
      title: '科技局秋季科普活动动态',
      bodyHtml: '<p><a href="/openness/items/987654">已删除的通知</a></p>',
    });
    t.clock.set('2026-11-28T10:00:00+08:00');
    gongkai = await signIn(t.app, 'gongkai', 'Sunshine-gongkai-2026');
  });
  after(() => t.close());

  it('shows the report: the stale column named, every old message answered', async () => {
    const page = await t.app.inject({
      url: '/staff/publishing/health',
      headers: { cookie: gongkai },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>网站检查<\/h1>/);
    assert.match(page.body, /value="2026-11-28"/);
    assert.match(page.body, /栏目不更新：问题栏目/);
    assert.match(page.body, staleKjj);
    assert.match(page.body, /2026-08-28 之前收到的有效网上留言均已答复/);
    const earlier = await t.app.inject({
      url: '/staff/publishing/health?asOf=2026-11-05',
      headers: { cookie: gongkai },
    });
    assert.doesNotMatch(earlier.body, staleKjj);
    assert.match(earlier.body, freshKjj);
    const bad = await t.app.inject({
      url: '/staff/publishing/health?asOf=2026-13-01',
      headers: { cookie: gongkai },
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /“检查日期”须为有效日期/);
  });

  it('the county office changes a threshold; bad input names the field', async () => {
    const form = await formSession(t.app, '/staff/publishing/health', gongkai);
    const fields = {
      homeDays: '14',
      newsDays: '0',
      noticeMonths: '6',
      policyMonths: '6',
      interactionMonths: '3',
      staleColumnsVeto: '5',
      blankColumnsVeto: '5',
    };
    const bad = await form.post('/staff/publishing/health/settings', fields);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /“动态要闻未更新天数”须为 1 到 366 的整数/);
    const good = await form.post('/staff/publishing/health/settings', {
      ...fields,
      newsDays: '30',
    });
    assert.equal(good.statusCode, 303);
    assert.equal((await readHealthSettings(t.database.db)).newsDays, 30);
    const page = await t.app.inject({
      url: '/staff/publishing/health',
      headers: { cookie: gongkai },
    });
    assert.doesNotMatch(page.body, staleKjj);
    assert.match(page.body, freshKjj);
    await form.post('/staff/publishing/health/settings', { ...fields, newsDays: '14' });
  });

  it('runs the internal link check now and lists the broken link under its item', async () => {
    const form = await formSession(t.app, '/staff/publishing/health', gongkai);
    const ran = await form.post('/staff/publishing/health/links', {});
    assert.equal(ran.statusCode, 303);
    assert.match(
      String(ran.headers.location),
      /^\/staff\/publishing\/health\?checked=\d+&broken=[1-9]\d*$/,
    );
    const page = await t.app.inject({
      url: ran.headers.location,
      headers: { cookie: gongkai },
    });
    assert.match(page.body, /站内链接已检查：\d+ 个链接，其中 [1-9]\d* 个失效/);
    assert.match(
      page.body,
      /科技局秋季科普活动动态[^<]*<\/a>[^<]*<\/th><td><code>\/openness\/items\/987654<\/code>/,
    );
  });

  it('a leader reads without the form; a department officer and a window clerk are refused', async () => {
    const leader = await signIn(t.app, 'lingdao', 'Sunshine-lingdao-2026');
    const page = await t.app.inject({
      url: '/staff/publishing/health',
      headers: { cookie: leader },
    });
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /action="\/staff\/publishing\/health\/settings"/);
    const form = await formSession(t.app, '/staff/publishing/health', leader);
    const refused = await form.post('/staff/publishing/health/settings', { newsDays: '1' });
    assert.equal(refused.statusCode, 403);
    for (const [user, password] of [
      ['minzheng', 'Sunshine-minzheng-2026'],
      ['chuangkou', 'Sunshine-chuangkou-2026'],
    ]) {
      const cookie = await signIn(t.app, user!, password!);
      const denied = await t.app.inject({ url: '/staff/publishing/health', headers: { cookie } });
      assert.equal(denied.statusCode, 403);
    }
  });
});
