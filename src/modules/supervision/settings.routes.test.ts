import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import { readSettings } from './settings.service.ts';

describe('/staff/supervision/settings', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  it('a supervisor sets the yellow threshold; bad input names the field; it is audited', async () => {
    const cookie = await signIn(t.app, 'jiancha', 'Sunshine-jiancha-2026');
    const form = await formSession(t.app, '/staff/supervision/settings', cookie);
    const bad = await form.post('/staff/supervision/settings', { yellowDays: '-1' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /黄灯提前工作日数须为 0 到 30 的整数/);
    assert.equal((await readSettings(t.database.db)).yellowDays, 1);
    const good = await form.post('/staff/supervision/settings', { yellowDays: '2' });
    assert.equal(good.statusCode, 303);
    assert.equal((await readSettings(t.database.db)).yellowDays, 2);
  });

  it('a leader reads but cannot change; a department officer is refused', async () => {
    const leader = await signIn(t.app, 'lingdao', 'Sunshine-lingdao-2026');
    const page = await t.app.inject({
      url: '/staff/supervision/settings',
      headers: { cookie: leader },
    });
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /<form[^>]*action="\/staff\/supervision\/settings"/);
    const officer = await signIn(t.app, 'minzheng', 'Sunshine-minzheng-2026');
    const refused = await t.app.inject({
      url: '/staff/supervision/settings',
      headers: { cookie: officer },
    });
    assert.equal(refused.statusCode, 403);
  });
});
