/**
 * 民意诉求 end to end in a real browser (issue 9): a citizen submits an appeal with JavaScript off,
 * the 民政局's responder claims it and replies publicly, the citizen rates the reply, and the
 * public reply appears on the site without the citizen's phone number.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertAccessible, launchBrowser, newContext, signInStaff } from './browser.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const phone = '13912345678';
const publicReply =
  '经核实，城乡低保申请可到户籍所在地乡镇（街道）便民服务中心办理，县民政局已安排专人指导。';

describe('an appeal, from the citizen to the responder and back', { timeout: 180_000 }, () => {
  let trackingNumber = '';
  let accessCode = '';

  it('a citizen submits with JavaScript off and gets a tracking number and an access code', async () => {
    const context = await newContext(browser, {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 780 },
    });
    try {
      const page = await context.newPage();
      await page.goto('/interaction');
      await page.locator('main a[href="/interaction/appeals/new"]').first().click();
      await page.locator('input[type="radio"][name="kind"][value="consultation"]').check();
      await page.fill('input[name="subject"]', '城乡低保怎么申请');
      await page.fill(
        'textarea[name="content"]',
        `我母亲今年七十岁，独居，想了解城乡低保的申请条件和办理地点。我的电话是 ${phone}。`,
      );
      await page.locator('select[name="orgCode"]').selectOption('mzj');
      await page.fill('input[name="name"]', '王秀英');
      await page.fill('input[name="phone"]', phone);
      await page.locator('input[name="publicAllowed"]').check();
      await page.getByRole('button', { name: '提交诉求' }).click();
      trackingNumber = (await page.locator('#tracking-number').textContent())!.trim();
      accessCode = (await page.locator('#access-code').textContent())!.trim();
      assert.match(trackingNumber, /FK\d{14}/);
      assert.match(accessCode, /[A-Z2-9]{8}/);
      trackingNumber = trackingNumber.match(/FK\d{14}/)![0];
      accessCode = accessCode.match(/[A-Z2-9]{8}/)![0];
    } finally {
      await context.close();
    }
  });

  it('the responder of 民政局 claims it and replies, privately and publicly', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto('/interaction/appeals/new');
      await assertAccessible(page, 'the appeal form');
      await signInStaff(page, 'huiying');
      await page.goto(`/staff/feedback/appeals/${trackingNumber}`);
      const claim = page.getByRole('button', { name: '签收' });
      if ((await claim.count()) > 0) await claim.click();
      await page.fill(
        'textarea[name="privateText"]',
        '王女士您好：低保申请需携带户口本和身份证，到清原镇便民服务中心办理。',
      );
      await page.fill('textarea[name="publicText"]', publicReply);
      await page.getByRole('button', { name: '提交答复' }).click();
      await page.getByText('已答复').first().waitFor();
      await assertAccessible(page, 'the appeal in the console');
    } finally {
      await context.close();
    }
  });

  it('the citizen reads the reply and rates it, with JavaScript off', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto('/interaction/track');
      await page.fill('input[name="number"]', trackingNumber);
      await page.fill('input[name="accessCode"]', accessCode);
      await page.locator('main form button[type="submit"]').click();
      await page.getByText('低保申请需携带户口本和身份证').first().waitFor();
      await page.locator('input[type="radio"][name="level"][value="satisfied"]').check();
      await page.getByRole('button', { name: '提交评价' }).click();
      await page.getByText('感谢您的评价').first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('the public reply is on the site, without the phone number', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`/interaction/replies/${trackingNumber}`);
      await page.getByText(publicReply).first().waitFor();
      const text = await page.locator('main').innerText();
      assert.ok(!text.includes(phone), 'the phone number never shows');
      assert.ok(!text.includes('王秀英'), 'the name never shows');
    } finally {
      await context.close();
    }
  });
});
