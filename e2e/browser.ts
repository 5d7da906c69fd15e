/**
 * Shared helpers for the browser journeys (`npm run test:e2e`, see scripts/run-e2e.ts): the
 * server's address, a headless system Chromium, axe-core checks and screenshots.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/** Screenshots land here (git-ignored). */
export const artifactsDir = path.resolve(import.meta.dirname, '..', '.e2e-artifacts');

/** The running server, e.g. http://127.0.0.1:40123 (set by scripts/run-e2e.ts). */
export function baseUrl(): string {
  const url = process.env.BASE_URL;
  if (!url) throw new Error('BASE_URL is not set: run the journeys with `npm run test:e2e`.');
  return url.replace(/\/+$/, '');
}

/** Playwright actions fail after this long instead of hanging the run. */
const actionTimeout = 15_000;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Containers often have a 64 MB /dev/shm, too small for Chromium.
      '--disable-dev-shm-usage',
    ],
    timeout: 30_000,
  });
}

/** A fresh context (own cookies) whose relative URLs resolve against the server. */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'zh-CN', ...options });
  context.setDefaultTimeout(actionTimeout);
  context.setDefaultNavigationTimeout(actionTimeout);
  return context;
}

/** The document's language, read without running page scripts (works with JavaScript off). */
export async function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

export async function htmlClasses(page: Page): Promise<string[]> {
  const value = await page.locator('html').getAttribute('class');
  return (value ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Submits the header form whose button has this label and waits for the page that the 303
 * redirect leads to, recognised by `until` (a selector that only matches the new page).
 */
export async function pressPrefsButton(page: Page, label: string, until: string): Promise<void> {
  const button = page.locator('.prefs button', { hasText: label });
  await button.click();
  await page.locator(until).waitFor({ state: 'attached' });
  await page.waitForLoadState('load');
}

let axeSource: string | undefined;

function loadAxeSource(): string {
  if (axeSource === undefined) {
    const file = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    axeSource = fs.readFileSync(file, 'utf8');
  }
  return axeSource;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

/**
 * Runs axe-core on the page as it is (WCAG 2.x A/AA and best practices). The page's CSP forbids
 * inline scripts, so axe is evaluated through the DevTools protocol rather than a <script> tag.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(loadAxeSource());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const results = (await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        failureSummary: n.failureSummary,
        html: n.html,
      })),
    }));
  });
}

/** One readable paragraph per violation, for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n      ${n.failureSummary ?? ''}`)
        .join('\n');
      return `  [${v.impact ?? '-'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Fails with the rules axe-core finds broken on the page, if any. */
export async function assertAccessible(page: Page, what: string): Promise<void> {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${what}:\n${describeViolations(violations)}`);
}

/**
 * Signs in as a demo account, choosing a new password at its first login. The journeys share one
 * server, so an account another journey signed in with already has the new password.
 */
export async function signInStaff(page: Page, username: string): Promise<void> {
  const password = `Sunshine-${username}-2026`;
  const changed = `${password}-E2e!`;
  for (const attempt of [password, changed]) {
    await page.goto('/staff/login');
    await page.fill('input[name="username"]', username);
    await page.fill('input[name="password"]', attempt);
    await page.locator('main form button[type="submit"]').last().click();
    if (!new URL(page.url()).pathname.startsWith('/staff/login')) break;
  }
  if (page.url().endsWith('/staff/password')) {
    await page.fill('main input[name="current"]', password);
    await page.fill('main input[name="next"]', changed);
    await page.fill('main input[name="confirm"]', changed);
    await page.locator('main form button[type="submit"]').last().click();
  }
}
