/** A form POST without the page's CSRF token is refused with a 403 page in Chinese, changing nothing. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { baseUrl, htmlLang, launchBrowser, newContext } from './browser.ts';

const expired = '页面已过期';

describe('a form POST without a CSRF token', { timeout: 60_000 }, () => {
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('from outside the site (no cookie, no token): 403 and a Chinese "page expired" page', async () => {
    const response = await fetch(`${baseUrl()}/prefs`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ lang: 'en', next: '/' }),
      redirect: 'manual',
    });
    assert.equal(response.status, 403);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const html = await response.text();
    assert.match(html, /<html lang="zh-CN"/);
    assert.ok(html.includes(expired), 'says 页面已过期');
    assert.ok(!(response.headers.get('set-cookie') ?? '').includes('lang='), 'no language cookie');
  });

  it('from a browser that has the CSRF cookie but sends no token: 403, language unchanged', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto('/');
      const cookies = await context.cookies();
      assert.ok(
        cookies.some((c) => c.name === '_csrf'),
        'the home page set the CSRF cookie',
      );

      const response = await page.request.post('/prefs', {
        form: { lang: 'en', next: '/' },
        maxRedirects: 0,
      });
      assert.equal(response.status(), 403);
      assert.ok((await response.text()).includes(expired));

      const wrongToken = await page.request.post('/prefs', {
        form: { _csrf: 'not-the-token', lang: 'en', next: '/' },
        maxRedirects: 0,
      });
      assert.equal(wrongToken.status(), 403);

      await page.goto('/');
      assert.equal(await htmlLang(page), 'zh-CN', 'the refused POST changed nothing');
      assert.ok(!(await context.cookies()).some((c) => c.name === 'lang'));
    } finally {
      await context.close();
    }
  });
});
