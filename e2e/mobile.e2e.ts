/**
 * The home page on a small phone (360 × 740): no sideways scrolling, in both languages and in
 * large-text mode. Full-page screenshots go to .e2e-artifacts/ for a person to look at.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { htmlLang, launchBrowser, newContext, pressPrefsButton, screenshot } from './browser.ts';

const width = 360;
const height = 740;

let browser: Browser;
let context: BrowserContext;
let page: Page;

before(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, {
    viewport: { width, height },
    screen: { width, height },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
});

/** How far the page is wider than the screen, and which elements stick out. */
async function overflow(page: Page) {
  return page.evaluate((limit) => {
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  }, width);
}

async function assertFits(page: Page, what: string) {
  const { scrollWidth, wide } = await overflow(page);
  assert.ok(
    scrollWidth <= width,
    `${what}: page is ${scrollWidth} px wide on a ${width} px screen; too wide: ${wide.join(', ')}`,
  );
}

describe(`home page at ${width}×${height}`, { timeout: 60_000 }, () => {
  it('fits in Chinese', async () => {
    await page.goto('/');
    assert.equal(await htmlLang(page), 'zh-CN');
    await page.evaluate(() => document.fonts.ready);
    await screenshot(page, 'home-360-zh');
    await assertFits(page, 'Chinese');
  });

  it('fits in English', async () => {
    await pressPrefsButton(page, 'English', 'html[lang="en"]');
    await page.evaluate(() => document.fonts.ready);
    await screenshot(page, 'home-360-en');
    await assertFits(page, 'English');
  });

  it('fits with large text, in English and in Chinese', async () => {
    await pressPrefsButton(page, 'Large text', 'html.large-text');
    await screenshot(page, 'home-360-en-large');
    await assertFits(page, 'English, large text');
    await pressPrefsButton(page, '中文', 'html.large-text[lang="zh-CN"]');
    await page.evaluate(() => document.fonts.ready);
    await screenshot(page, 'home-360-zh-large');
    await assertFits(page, 'Chinese, large text');
  });
});
