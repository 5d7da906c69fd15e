/**
 * 一窗受理 end to end in a real browser: the window clerk `chuangkou` accepts an instant item
 * (即办件) with every material and completes it in one click at the window desk; the applicant
 * then follows the case at /services/track (JavaScript off) and sees it completed.
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

/** Chooses the first window of the desk that takes an instant item, and that item. */
async function chooseInstantItem(page: Page): Promise<void> {
  const windows = await page
    .locator('select[name="window"] option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  for (const window of windows) {
    await page.goto(`/staff/approvals/window?window=${window}`);
    const instant = page.locator('select[name="item"] option', { hasText: '即办件' });
    if ((await instant.count()) === 0) continue;
    const code = await instant.first().getAttribute('value');
    await page.locator('select[name="item"]').selectOption(code!);
    await page.getByRole('button', { name: '选择' }).click();
    await page.locator('#accept-complete').waitFor();
    return;
  }
  assert.fail('no window of the demo center takes an instant item');
}

describe(
  'an instant item at the window, from the clerk to the applicant',
  { timeout: 120_000 },
  () => {
    let trackingNumber = '';
    let accessCode = '';

    it('the clerk accepts an instant item with every material and completes it in one click', async () => {
      const context = await newContext(browser);
      try {
        const page = await context.newPage();
        await signInStaff(page, 'chuangkou');
        await page.goto('/staff/approvals/window');
        await chooseInstantItem(page);
        await assertAccessible(page, 'the window desk');
        await page.locator('input[name="applicantType"][value="person"]').check();
        await page.fill('input[name="name"]', '刘桂兰');
        await page.fill('input[name="idNumber"]', '11010519491231002X');
        await page.fill('input[name="phone"]', '13900000000');
        // Every material is ticked on a fresh form; make sure of it.
        for (const box of await page.locator('input[type="checkbox"][name^="material-"]').all()) {
          await box.check();
        }
        await page.locator('#accept-complete').click();
        trackingNumber = (await page.locator('#tracking-number').textContent())!.trim();
        accessCode = (await page.locator('#access-code').textContent())!.trim();
        assert.match(trackingNumber, /^SP\d{4}-\d{6}$/);
        assert.match(accessCode, /^[A-Z2-9]{8}$/);
        assert.equal((await page.locator('#case-state').textContent())?.trim(), '已办结');
      } finally {
        await context.close();
      }
    });

    it('the applicant sees the case completed on the tracking page, with JavaScript off', async () => {
      const context = await newContext(browser, { javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto('/services/track');
        await page.fill('input[name="trackingNumber"]', trackingNumber);
        await page.fill('input[name="accessCode"]', accessCode);
        await page.locator('main form button[type="submit"]').click();
        assert.equal((await page.locator('#track-state').textContent())?.trim(), '已办结');
        assert.equal(await page.getByText('刘桂兰').count(), 0);
      } finally {
        await context.close();
      }
    });

    it('the tracking pages pass axe', async () => {
      const context = await newContext(browser);
      try {
        const page = await context.newPage();
        await page.goto('/services/track');
        await assertAccessible(page, 'the tracking form');
        await page.fill('input[name="trackingNumber"]', trackingNumber);
        await page.fill('input[name="accessCode"]', accessCode);
        await page.locator('main form button[type="submit"]').click();
        await page.locator('#track-state').waitFor();
        await assertAccessible(page, 'the tracking result');
      } finally {
        await context.close();
      }
    });
  },
);
