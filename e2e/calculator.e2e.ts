/** The public deadline calculator in a real browser: filled in on a phone, no axe violations. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { describeViolations, launchBrowser, newContext, runAxe, screenshot } from './browser.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('deadline calculator', { timeout: 90_000 }, () => {
  it('gives the due date of the vector with its explanation, accessibly, at 360 px', async () => {
    const context = await newContext(browser, { viewport: { width: 360, height: 780 } });
    try {
      const page = await context.newPage();
      await page.goto('/services');
      await page.getByRole('link', { name: /办理时限计算器/ }).click();
      await page.getByLabel('收到日期').fill('2025-03-03');
      await page.getByLabel('时限（天数）').fill('20');
      await page.getByLabel('第 1 次暂停日').fill('2025-03-10');
      await page.getByLabel('第 1 次恢复日').fill('2025-03-21');
      await page.getByRole('button', { name: '计算' }).click();
      await page.locator('.due-date', { hasText: '2025-04-14' }).waitFor();
      assert.ok(await page.getByText(/清明放假 3 天/).isVisible());
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, describeViolations(violations));
      await screenshot(page, 'calculator-360');
    } finally {
      await context.close();
    }
  });
});
