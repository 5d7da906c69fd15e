/** The home page in a real browser: language, accessibility (axe-core), and working without JS. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import {
  describeViolations,
  htmlClasses,
  htmlLang,
  launchBrowser,
  newContext,
  pressPrefsButton,
  runAxe,
} from './browser.ts';

const countyZh = '清原满族自治县人民政府';
const navZh = ['首页', '政务公开', '政务服务', '互动交流', '数据统计'];
const navEn = ['Home', 'Open government', 'Services', 'Have your say', 'Statistics'];

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function navLabels(page: Page): Promise<string[]> {
  const labels = await page.locator('nav.main-nav a').allTextContents();
  return labels.map((label) => label.trim());
}

async function assertNoAxeViolations(page: Page, what: string) {
  const violations = await runAxe(page);
  assert.equal(
    violations.length,
    0,
    `axe-core found ${violations.length} problem(s) on ${what}:\n${describeViolations(violations)}`,
  );
}

describe('home page with JavaScript', { timeout: 90_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    context = await newContext(browser);
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message: ConsoleMessage) => {
      // The browser asks for /favicon.ico on its own; the site does not link one.
      if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
      problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
  });

  after(async () => {
    await context?.close();
  });

  it('is in Chinese, shows the county and the main navigation, and has no axe violations', async () => {
    const response = await page.goto('/');
    assert.equal(response?.status(), 200);
    assert.equal(await htmlLang(page), 'zh-CN');
    await page.locator('.site-name-main', { hasText: countyZh }).waitFor();
    assert.ok(await page.getByText(countyZh).first().isVisible(), 'the county name is visible');
    assert.deepEqual(await navLabels(page), navZh);
    for (const label of navZh) {
      assert.ok(await page.locator('nav.main-nav').getByText(label).isVisible(), label);
    }
    assert.match(await page.title(), new RegExp(countyZh));
    // The enhancement script ran under the strict CSP.
    assert.ok((await htmlClasses(page)).includes('js'), 'enhance.js ran (html.js)');
    await assertNoAxeViolations(page, 'the Chinese home page');
  });

  it('switches to English with the header button, still with no axe violations', async () => {
    await pressPrefsButton(page, 'English', 'html[lang="en"]');
    assert.equal(await htmlLang(page), 'en');
    assert.equal(new URL(page.url()).pathname, '/');
    assert.deepEqual(await navLabels(page), navEn);
    await assertNoAxeViolations(page, 'the English home page');
  });

  it('switches back to Chinese', async () => {
    await pressPrefsButton(page, '中文', 'html[lang="zh-CN"]');
    assert.equal(await htmlLang(page), 'zh-CN');
    assert.deepEqual(await navLabels(page), navZh);
    // The choice is a cookie: it sticks on the next visit.
    await page.goto('/');
    assert.equal(await htmlLang(page), 'zh-CN');
  });

  it('logged no script errors or CSP violations', () => {
    assert.deepEqual(problems, []);
  });
});

describe('home page without JavaScript', { timeout: 60_000 }, () => {
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    context = await newContext(browser, { javaScriptEnabled: false });
    page = await context.newPage();
  });

  after(async () => {
    await context?.close();
  });

  it('renders fully in Chinese', async () => {
    const response = await page.goto('/');
    assert.equal(response?.status(), 200);
    assert.equal(await htmlLang(page), 'zh-CN');
    assert.ok(!(await htmlClasses(page)).includes('js'), 'no script ran');
    assert.ok(await page.locator('.site-name-main', { hasText: countyZh }).isVisible());
    assert.deepEqual(await navLabels(page), navZh);
    assert.equal(await page.locator('main .card').count(), 5); // 依申请公开, 办事指南, 权责清单, 我要咨询投诉, 招标公告
    assert.ok(await page.locator('footer.site-footer').isVisible());
  });

  it('switches language with the plain form (POST, 303, GET)', async () => {
    const redirects: number[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST') redirects.push(response.status());
    });
    await pressPrefsButton(page, 'English', 'html[lang="en"]');
    assert.deepEqual(redirects, [303]);
    assert.deepEqual(await navLabels(page), navEn);
    await pressPrefsButton(page, '中文', 'html[lang="zh-CN"]');
    assert.deepEqual(redirects, [303, 303]);
    assert.deepEqual(await navLabels(page), navZh);
  });

  it('turns large text on (html.large-text) and off again', async () => {
    assert.ok(!(await htmlClasses(page)).includes('large-text'));
    const before = await page.locator('body').evaluate((body) => getComputedStyle(body).fontSize);
    await pressPrefsButton(page, '大字版', 'html.large-text');
    assert.ok((await htmlClasses(page)).includes('large-text'));
    const toggle = page.locator('.prefs button[name="textSize"]');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal((await toggle.textContent())?.trim(), '标准字号');
    const after = await page.locator('body').evaluate((body) => getComputedStyle(body).fontSize);
    assert.ok(parseFloat(after) > parseFloat(before), `font grows: ${before} → ${after}`);
    await pressPrefsButton(page, '标准字号', 'html:not(.large-text)');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  });
});
