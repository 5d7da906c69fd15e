/** The public search in a real browser: results with marked matches, axe-core, and no JavaScript needed. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertAccessible, launchBrowser, newContext } from './browser.ts';

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('search (/search)', { timeout: 90_000 }, () => {
  it('shows the registration policy for 五证合一, marked, with zero axe violations', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      const response = await page.goto(`/search?q=${encodeURIComponent('五证合一')}`);
      assert.equal(response?.status(), 200);
      await page.locator('h1', { hasText: '“五证合一”的搜索结果' }).waitFor();
      const first = page.locator('ol.search-results > li').first();
      assert.match(await first.locator('h2').innerText(), /五证合一、一照一码/);
      assert.ok((await page.locator('ol.search-results mark').count()) > 0, 'matches are marked');
      assert.match(await page.locator('[role="status"]').innerText(), /共找到 \d+ 条结果/);
      await assertAccessible(page, 'the search results page');
      // A facet link narrows the results, still accessible.
      await page.locator('.search-facets a', { hasText: '政策文件' }).first().click();
      await page.waitForURL(/type=policy/);
      await assertAccessible(page, 'the search results page with a filter');
    } finally {
      await context.close();
    }
  });

  it('works without JavaScript: typing a query and submitting the form', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto('/search');
      await page.locator('main form.search-form input[name="q"]').fill('清原县');
      await page.locator('main form.search-form button[type="submit"]').click();
      await page.waitForURL(/\/search\?q=/);
      assert.match(decodeURIComponent(page.url()), /q=清原县/);
      await page.locator('h1', { hasText: '“清原县”的搜索结果' }).waitFor();
      assert.ok((await page.locator('ol.search-results > li').count()) > 0, 'there are results');
      assert.ok(
        (await page.locator('ol.search-results mark', { hasText: '清原满族自治县' }).count()) > 0,
        '清原县 marks 清原满族自治县',
      );
    } finally {
      await context.close();
    }
  });
});
