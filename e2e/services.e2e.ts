/**
 * 政务服务's public pages in a real browser: no axe-core violations, and nothing wider than a
 * 360 px phone — the catalog and a power with its flowchart, a guide, the centers, the
 * intermediary list and the licence check (with a mistyped code's message beside the field).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeViolations, launchBrowser, newContext, runAxe } from './browser.ts';

const width = 360;
let browser: Browser;
let context: BrowserContext;
let page: Page;

before(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, {
    viewport: { width, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
});

async function check(path: string) {
  const response = await page.goto(path);
  assert.equal(response?.status(), 200, path);
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${path}:\n${describeViolations(violations)}`);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `${path} is ${scrollWidth} px wide on a ${width} px screen`);
}

/** The first link on the page whose address starts with `prefix` and goes one level deeper. */
async function firstLink(prefix: string): Promise<string> {
  const hrefs = await page
    .locator(`main a[href^="${prefix}/"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => /^[^?#]+$/.test(h));
  assert.ok(href, `a link under ${prefix}`);
  return href;
}

describe('政务服务 public pages', { timeout: 120_000 }, () => {
  it('the section and the catalog', async () => {
    await check('/services');
    await check('/services/powers');
    // A 行政许可 power: its flowchart comes with the category's template.
    await check('/services/powers?category=permit');
    await check(await firstLink('/services/powers'));
    assert.equal((await page.locator('main svg[role="img"]').count()) > 0, true, 'a flowchart');
  });

  it('a guide, the centers and the intermediary list', async () => {
    await check('/services/guides');
    await check(await firstLink('/services/guides'));
    await check('/services/centers');
    await check('/services/intermediaries');
  });

  it('the licence check names a mistyped code’s problem beside the field', async () => {
    await check('/services/licences');
    await page.locator('main input[name="code"]').fill('91330100716105852G');
    await page
      .locator('main form button[type="submit"], main form input[type="submit"]')
      .first()
      .click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /校验码/);
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  });
});
