/**
 * 依申请公开 end to end in a real browser: a citizen applies with JavaScript off, an officer of the
 * disclosure office replies in the console, and the citizen sees the reply on the status page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, assertAccessible } from './browser.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A radio button or a select, whichever the form uses for `name`. */
async function choose(page: Page, name: string, value: string): Promise<void> {
  const radio = page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
  if ((await radio.count()) > 0) await radio.check();
  else await page.locator(`select[name="${name}"]`).selectOption(value);
}

describe(
  'an information request, from the citizen to the officer and back',
  { timeout: 120_000 },
  () => {
    let trackingNumber = '';
    let accessCode = '';

    it('a citizen applies with JavaScript off and gets a tracking number and an access code', async () => {
      const context = await newContext(browser, {
        javaScriptEnabled: false,
        viewport: { width: 360, height: 780 },
      });
      try {
        const page = await context.newPage();
        await page.goto('/foi/apply');
        await choose(page, 'applicantType', 'person');
        await page.fill('input[name="name"]', '刘桂兰');
        await choose(page, 'idType', 'resident_id');
        await page.fill('input[name="idNumber"]', '11010519491231002X');
        await page.fill('input[name="phone"]', '13900000000');
        await page.fill(
          'textarea[name="description"]',
          '请公开本村2025年高标准农田建设项目的补助标准和验收结果',
        );
        await choose(page, 'format', 'electronic');
        await choose(page, 'delivery', 'online');
        await page.getByRole('button', { name: '提交申请' }).click();
        trackingNumber = (await page.locator('#tracking-number').textContent())!.trim();
        accessCode = (await page.locator('#access-code').textContent())!.trim();
        assert.match(trackingNumber, /^\d{4}-\d{4}-\d{4}$/);
        assert.match(accessCode, /^[A-Z2-9]{8}$/);
      } finally {
        await context.close();
      }
    });

    it('the disclosure office replies in the console', async () => {
      const context = await newContext(browser);
      try {
        const page = await context.newPage();
        // axe runs inside the page, so the accessibility checks use this context (scripts on).
        await page.goto('/foi/apply');
        await assertAccessible(page, 'the application form');
        await page.goto('/staff/login');
        await page.fill('input[name="username"]', 'gongkai');
        await page.fill('input[name="password"]', 'Sunshine-gongkai-2026');
        await page.locator('main form button[type="submit"]').last().click();
        if (page.url().endsWith('/staff/password')) {
          await page.fill('main input[name="current"]', 'Sunshine-gongkai-2026');
          await page.fill('main input[name="next"]', 'Sunshine-gongkai-2026-E2e!');
          await page.fill('main input[name="confirm"]', 'Sunshine-gongkai-2026-E2e!');
          await page.locator('main form button[type="submit"]').last().click();
        }
        await page.goto(`/staff/foi/${trackingNumber}`);
        await page
          .locator('details', { has: page.locator('select[name="replyOutcome"]') })
          .locator('summary')
          .click();
        await page.locator('select[name="replyOutcome"]').selectOption('予以公开');
        await page.fill(
          'textarea[name="replyText"]',
          '您申请的信息属于公开范围，现予以提供：补助标准为每亩1500元，项目已于2025年10月通过验收。',
        );
        await page
          .locator('form', { has: page.locator('select[name="replyOutcome"]') })
          .locator('button[type="submit"]')
          .click();
        await page.getByText('已答复').first().waitFor();
      } finally {
        await context.close();
      }
    });

    it('the citizen sees the reply on the status page, with JavaScript off', async () => {
      const context = await newContext(browser, { javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto('/foi/status');
        await page.fill('input[name="trackingNumber"]', trackingNumber);
        await page.fill('input[name="accessCode"]', accessCode);
        await page.locator('main form button[type="submit"]').click();
        await page.getByText('补助标准为每亩1500元').waitFor();
        assert.ok(await page.getByText('已答复').first().isVisible());
      } finally {
        await context.close();
      }
    });
  },
);
