/**
 * 主动公开 end to end in a real browser: a department officer drafts a notice and submits it, the
 * county's disclosure office approves and publishes it, and the public finds it on the home page,
 * in search and in the Atom feed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertAccessible, baseUrl, launchBrowser, newContext, signInStaff } from './browser.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const title = '关于开展冬季暖心行动走访慰问困难群众的通知';

describe(
  'a publication, from the officer who drafts it to the public',
  { timeout: 150_000 },
  () => {
    let itemPath = '';

    it('a department officer drafts a notice in the 民政局 channel and submits it', async () => {
      const context = await newContext(browser);
      try {
        const page = await context.newPage();
        await signInStaff(page, 'minzheng');
        await page.goto('/staff/publishing/items/new?channel=mzj&type=notice');
        await assertAccessible(page, 'the new notice form');
        await page.fill('input[name="title"]', title);
        await page.fill('textarea[name="summary"]', '各乡镇民政办于12月底前完成走访慰问。');
        await page.fill(
          'textarea[name="bodyHtml"]',
          '<p>为做好清原满族自治县困难群众冬季暖心行动，现就有关事项通知如下。</p><script>alert(1)</script>',
        );
        await page.fill('input[name="formedOn"]', '2026-11-27');
        await page.locator('main form button[type="submit"]').last().click();
        await page.waitForURL(/\/staff\/publishing\/items\/\d+/);
        itemPath = new URL(page.url()).pathname;
        await page.getByRole('button', { name: '提交审核' }).click();
        await page.getByRole('button', { name: '审核通过' }).waitFor({ state: 'detached' });
        assert.equal(await page.getByRole('button', { name: '提交审核' }).count(), 0);
      } finally {
        await context.close();
      }
    });

    it('the county disclosure office approves and publishes it', async () => {
      const context = await newContext(browser);
      try {
        const page = await context.newPage();
        await signInStaff(page, 'gongkai');
        await page.goto(itemPath);
        await page.getByRole('button', { name: '审核通过' }).click();
        await page.getByRole('button', { name: '立即发布' }).click();
        await page.getByRole('button', { name: '撤回' }).waitFor();
        await assertAccessible(page, 'the published item in the console');
        const history = await page.locator('table').last().textContent();
        assert.match(history ?? '', /gongkai|公开/);
      } finally {
        await context.close();
      }
    });

    it('the public sees it on the home page, in search and in the feed', async () => {
      const context = await newContext(browser, { viewport: { width: 390, height: 844 } });
      try {
        const page = await context.newPage();
        await page.goto('/');
        const link = page.getByRole('link', { name: title });
        await link.first().click();
        await page.waitForURL(/\/openness\/items\/\d+$/);
        await assertAccessible(page, 'the published notice');
        assert.equal(await page.locator('h1').textContent(), title);
        assert.equal(await page.locator('main script').count(), 0, 'the script was sanitised away');

        await page.goto(`/search?q=${encodeURIComponent('暖心行动')}`);
        assert.ok((await page.getByRole('link', { name: title }).count()) > 0, 'found by search');

        const feed = await (await fetch(`${baseUrl()}/feed.xml`)).text();
        assert.ok(feed.includes(`<title>${title}</title>`), 'in the Atom feed');
      } finally {
        await context.close();
      }
    });
  },
);
