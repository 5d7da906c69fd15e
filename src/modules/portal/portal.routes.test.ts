import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cookiesOf, createTestApp, formSession, type TestApp } from '../../../test/test-app.ts';

describe('the public portal', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  it('serves the home page in Chinese with the county banner, navigation and footer identifiers', async () => {
    const response = await t.app.inject('/');
    assert.equal(response.statusCode, 200);
    const html = response.body;
    assert.match(html, /^<!doctype html><html lang="zh-CN"/);
    assert.match(html, /清原满族自治县人民政府/);
    for (const label of ['首页', '政务公开', '政务服务', '互动交流', '数据统计'])
      assert.ok(html.includes(label), label);
    assert.match(html, /主办单位：清原满族自治县人民政府办公室/);
    assert.match(html, /网站标识码：2104230000/);
    assert.match(html, /ICP备案号：/);
    assert.match(html, /公安机关备案号：/);
    assert.match(html, /演示站点/);
  });

  it('is usable without JavaScript: landmarks, a skip link, forms that post', async () => {
    const html = (await t.app.inject('/')).body;
    assert.match(html, /<a class="skip-link" href="#main">跳到主要内容<\/a>/);
    assert.match(html, /<main id="main"/);
    assert.match(html, /<nav class="main-nav" aria-label="主导航">/);
    assert.match(html, /<footer/);
    assert.match(html, /<form method="post" action="\/prefs">/);
  });

  it('switches to English through the language form and keeps the page', async () => {
    const session = await formSession(t.app, '/openness');
    const switched = await session.post('/prefs', { lang: 'en', next: '/openness' });
    assert.equal(switched.statusCode, 303);
    assert.equal(switched.headers.location, '/openness');
    const lang = switched.cookies.find((c) => c.name === 'lang');
    assert.equal(lang?.value, 'en');
    assert.equal(lang?.httpOnly, true);
    const english = await t.app.inject({
      url: '/',
      headers: { cookie: `${session.cookie}; ${cookiesOf(switched)}` },
    });
    assert.match(english.body, /<html lang="en"/);
    assert.match(english.body, /People’s Government of Qingyuan Manchu Autonomous County/);
    assert.match(english.body, /Open government/);
    assert.doesNotMatch(english.body, /政务公开/);
  });

  it('turns on large text', async () => {
    const session = await formSession(t.app, '/');
    const response = await session.post('/prefs', { textSize: 'large', next: '/' });
    assert.equal(response.statusCode, 303);
    const page = await t.app.inject({ url: '/', headers: { cookie: cookiesOf(response) } });
    assert.match(page.body, /<html lang="zh-CN" class="large-text"/);
  });

  it('re-renders the settings form with 422, an error summary and the input kept', async () => {
    const session = await formSession(t.app, '/prefs');
    const response = await session.post('/prefs', { lang: 'fr', textSize: 'large' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /class="error-summary" role="alert"/);
    assert.match(response.body, /语言：请选择“中文”或“English”/);
    assert.match(response.body, /href="#field-lang"/);
    assert.match(response.body, /value="large" checked\/>/);
    assert.equal(
      response.cookies.find((c) => c.name === 'lang'),
      undefined,
    );
  });

  it('never redirects to another site after a form', async () => {
    const session = await formSession(t.app, '/');
    for (const next of ['https://evil.example/', '//evil.example', '/\\evil.example']) {
      const response = await session.post('/prefs', { lang: 'zh-CN', next });
      assert.equal(response.headers.location, '/', next);
    }
  });

  it('shows sections that are not built yet as honest notices, without figures', async () => {
    for (const section of ['statistics']) {
      const response = await t.app.inject(`/${section}`);
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /尚未开放/);
      assert.match(response.body, new RegExp(`href="/${section}" aria-current="page"`));
      assert.doesNotMatch(response.body, /\d+%/);
    }
  });

  it('says 招标公告 is being built, honestly', async () => {
    const response = await t.app.inject('/trading');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /招标公告：尚未开放/);
  });

  it('opens 政务服务 as the way in to its pages', async () => {
    const response = await t.app.inject('/services');
    assert.equal(response.statusCode, 200);
    assert.doesNotMatch(response.body, /尚未开放/);
    for (const path of [
      '/services/guides',
      '/services/track',
      '/services/powers',
      '/services/licences',
    ]) {
      assert.match(response.body, new RegExp(`href="${path}"`));
    }
  });

  it('shows a neutral identity before a county is configured', async () => {
    const bare = await createTestApp();
    try {
      const html = (await bare.app.inject('/')).body;
      assert.match(html, /阳光政务平台/);
      assert.doesNotMatch(html, /演示站点|清原/);
    } finally {
      await bare.close();
    }
  });
});
