/**
 * 电子监察 end to end in a real browser: the supervisor `jiancha` opens the dashboard, clicks the
 * red count, lands on the list of exactly those matters, opens one and reads its timeline — the
 * checkpoints and how its due date was computed. The dashboard and the timeline pass axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, assertAccessible, signInStaff } from './browser.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The red count of the summary table. */
const redCount = (page: Page) => page.locator('tr[data-figure="red"] td a');

describe('from a red count on the dashboard to a matter’s timeline', { timeout: 180_000 }, () => {
  it('the supervisor follows the red count down to one matter’s checkpoints and clock', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await signInStaff(page, 'jiancha');
      await page.goto('/staff/supervision');
      await page.locator('svg[role="img"]').waitFor();
      await assertAccessible(page, 'the dashboard');
      if (Number(await redCount(page).textContent()) === 0) {
        // This month has no red matter yet: look at the year up to today.
        const to = await page.locator('input[name="to"]').inputValue();
        await page.fill('input[name="from"]', `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`);
        await page.getByRole('button', { name: '查看' }).click();
        await page.locator('tr[data-figure="red"]').waitFor();
      }
      const red = Number(await redCount(page).textContent());
      assert.ok(red > 0, 'the demo county has a red matter in the year up to today');
      await redCount(page).click();
      await page.getByRole('heading', { level: 1, name: '红灯的事项' }).waitFor();
      assert.match((await page.locator('main').textContent())!, new RegExp(`共 ${red} 件`));
      const rows = page.locator('main table tbody tr');
      assert.equal(await rows.count(), Math.min(red, 50));
      assert.equal(await page.locator('main table tbody .light-red').count(), Math.min(red, 50));
      const first = rows.first().locator('a[href^="/staff/supervision/matters/"]');
      const matterId = (await first.textContent())!.trim();
      await first.click();
      await page.getByRole('heading', { level: 1, name: `监察事项 ${matterId}` }).waitFor();
      const checkpoints = page.locator('#checkpoints tbody tr');
      assert.ok((await checkpoints.count()) > 0, 'the matter has checkpoints');
      assert.equal((await checkpoints.first().locator('th').textContent())?.trim(), '受理');
      assert.ok((await page.locator('ol.explanation li').count()) > 0, 'the clock is explained');
      assert.equal(await page.locator('main .light-red').count(), 1);
      assert.ok((await page.locator('a[href^="/staff/clocks/"]').count()) === 1);
      await assertAccessible(page, 'the matter’s timeline');
    } finally {
      await context.close();
    }
  });
});
