/**
 * The public site of 主动公开 in a real browser, over the demo publications: home, a list and a
 * detail page with zero axe-core violations, the way from the list to the policy and on to its
 * interpretation, and the same pages on a 360 px phone without sideways scrolling.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertAccessible, launchBrowser, newContext, screenshot } from './browser.ts';

const reform = '清原满族自治县关于推进“五证合一、一照一码”登记制度改革的实施意见';

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('政务公开 pages', { timeout: 120_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });
  after(() => context?.close());

  it('home shows the dated columns and figures, with no axe violations', async () => {
    assert.equal((await page.goto('/'))?.status(), 200);
    for (const column of ['要闻', '通知公告', '政策文件', '政策解读']) {
      await page.locator('.column h3', { hasText: column }).first().waitFor();
    }
    assert.ok((await page.locator('.column .item-list time').count()) >= 20);
    await page.locator('.figures').waitFor();
    await assertAccessible(page, 'home page');
  });

  it('a list page paginates and has no axe violations', async () => {
    assert.equal((await page.goto('/openness/news'))?.status(), 200);
    assert.equal(await page.locator('.item-list li').count(), 20);
    await page.locator('.pager a[rel="next"]').click();
    await page.waitForURL(/\/openness\/news\?page=2$/);
    await assertAccessible(page, 'news list, page 2');
  });

  it('leads from the policy list to the 五证合一 policy and its interpretation', async () => {
    await page.goto('/openness/policies');
    await page.getByRole('link', { name: reform, exact: true }).first().click();
    await page.locator('h1', { hasText: reform }).waitFor();
    const meta = page.locator('table.meta-table');
    assert.match(await meta.innerText(), /清政发〔2025〕12号/);
    assert.match(await meta.innerText(), /有效/);
    await assertAccessible(page, 'policy detail page');
    await page.locator('section.related a', { hasText: '政策解读' }).first().click();
    await page.locator('h1', { hasText: '政策解读' }).waitFor();
    await assertAccessible(page, 'interpretation detail page');
  });

  it('a repealed policy names and links what replaced it', async () => {
    await page.goto('/openness/policies?page=1');
    const links = page.locator('.item-list a', { hasText: '市场主体登记便利化暂行办法' });
    if ((await links.count()) === 0) await page.goto('/openness/policies?page=2');
    await page.locator('.item-list a', { hasText: '市场主体登记便利化暂行办法' }).first().click();
    await page.locator('.validity-repealed').waitFor();
    await page.locator('table.meta-table a', { hasText: '五证合一' }).click();
    await page.locator('h1', { hasText: reform }).waitFor();
  });
});

describe('政务公开 pages on a 360 px phone', { timeout: 120_000 }, () => {
  const width = 360;
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    context = await newContext(browser, {
      viewport: { width, height: 740 },
      screen: { width, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
  });
  after(() => context?.close());

  async function assertFits(what: string) {
    const { scrollWidth, wide } = await page.evaluate((limit) => {
      const wide = Array.from(document.querySelectorAll('body *'))
        .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')}`);
      return { scrollWidth: document.documentElement.scrollWidth, wide };
    }, width);
    assert.ok(
      scrollWidth <= width,
      `${what}: ${scrollWidth} px wide; too wide: ${wide.join(', ')}`,
    );
  }

  it('home, a list and a detail page fit the screen', async () => {
    await page.goto('/');
    await screenshot(page, 'publishing-home-360');
    await assertFits('home');
    await page.goto('/openness/policies');
    await assertFits('policy list');
    await page.getByRole('link', { name: reform, exact: true }).first().click();
    await page.locator('h1', { hasText: reform }).waitFor();
    await screenshot(page, 'publishing-detail-360');
    await assertFits('policy detail');
    await assertAccessible(page, 'policy detail on a phone');
  });
});
