import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.ts';

describe('the staff console frame', () => {
  let t: TestApp;
  let cookie: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    cookie = await signIn(t.app, 'lingdao', 'Sunshine-lingdao-2026');
  });
  after(() => t.close());

  it('shows navigation by system', async () => {
    const response = await t.app.inject({ url: '/staff', headers: { cookie } });
    assert.equal(response.statusCode, 200);
    for (const label of [
      '主动公开',
      '依申请公开',
      '行政权力运行',
      '公共资源交易',
      '行政绩效管理',
      '电子监察',
      '民意诉求反馈',
    ]) {
      assert.ok(response.body.includes(label), label);
    }
    assert.match(response.body, /aria-label="系统导航"/);
  });

  it('sends visitors who are not signed in to the login page', async () => {
    const response = await t.app.inject('/staff/powers');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/staff/login?next=%2Fstaff%2Fpowers');
  });

  it('marks each system not yet available, with no figures', async () => {
    // 行政权力运行 has its own landing page now (modules/powers); 统计报表 is not built yet.
    const response = await t.app.inject({ url: '/staff/reports', headers: { cookie } });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /统计报表：尚未开放/);
    assert.match(response.body, /href="\/staff\/reports" aria-current="page"/);
  });
});
