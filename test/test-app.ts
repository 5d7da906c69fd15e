import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import type { AppModule } from '../src/platform/app-module.ts';
import { fixedClock } from '../src/platform/clock/index.ts';
import { loadConfig, type Config } from '../src/platform/config/index.ts';
import type { DatabaseHandle } from '../src/platform/db/index.ts';
import { seedDemo, testInstant } from './demo-template.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle<unknown>;
  clock: ReturnType<typeof fixedClock>;
  config: Config;
  close(): Promise<void>;
}

/** The whole app over a test database, optionally with the demo county loaded. */
export async function createTestApp(
  options: { demo?: boolean; modules?: AppModule[]; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase({ demo: options.demo ?? false });
  // 2026-09-30 is the day before the National Day holiday: tests cross it on purpose.
  const clock = fixedClock(testInstant);
  if (options.demo && !database.demoSeeded) await seedDemo(database.db);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const app = await buildApp(config, {
    db: database.db,
    databaseKind: database.kind,
    clock,
    cookieSecret: 'test-secret-test-secret-test-secret!',
    ...(options.modules ? { modules: options.modules } : {}),
  });
  return {
    app,
    database,
    clock,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Cookies set by a response, as a `cookie` request header value. */
export function cookiesOf(response: LightMyRequestResponse): string {
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** Opens a page as a browser would and returns what a form POST from it needs. */
export async function formSession(app: FastifyInstance, url: string, cookie = '') {
  const page = await app.inject({ url, headers: cookie ? { cookie } : {} });
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!token) throw new Error(`No CSRF token on ${url}`);
  const cookies = mergeCookies(cookie, cookiesOf(page));
  return {
    token,
    cookie: cookies,
    post: (action: string, fields: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: action,
        headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
      }),
  };
}

/**
 * Signs in as a demo account through the real login form, changing the first-login password to
 * `newPassword`; returns the cookies of the signed-in browser.
 */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password: string,
  newPassword = `${password}-New1`,
): Promise<string> {
  const login = await formSession(app, '/staff/login');
  const response = await login.post('/staff/login', { username, password });
  if (response.statusCode !== 303)
    throw new Error(`login as ${username} failed: ${response.statusCode}`);
  let cookie = mergeCookies(login.cookie, cookiesOf(response));
  const home = await app.inject({ url: '/staff', headers: { cookie } });
  if (home.headers.location === '/staff/password') {
    const change = await formSession(app, '/staff/password', cookie);
    const changed = await change.post('/staff/password', {
      current: password,
      next: newPassword,
      confirm: newPassword,
    });
    if (changed.statusCode !== 303)
      throw new Error(`password change for ${username} failed: ${changed.statusCode}`);
    cookie = mergeCookies(change.cookie, cookiesOf(changed));
  }
  return cookie;
}

/** Cookie header values merged, later ones winning. */
export function mergeCookies(...headers: string[]): string {
  const jar = new Map<string, string>();
  for (const header of headers) {
    for (const part of header.split(';')) {
      const [name, ...rest] = part.trim().split('=');
      if (name) jar.set(name, rest.join('='));
    }
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}
