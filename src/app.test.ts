import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, formSession, type TestApp } from '../test/test-app.ts';
import { buildApp } from './app.ts';
import { connectDatabase } from './platform/db/index.ts';
import { AppError } from './platform/errors/index.ts';
import { defineMessages } from './platform/i18n/index.ts';
import type { AppModule } from './platform/app-module.ts';

// A module that fails on purpose, to see what people are shown when things break.
const failingModule: AppModule = {
  name: 'failing',
  messages: defineMessages({}, {}),
  seeders: [],
  routes(app) {
    app.get('/boom', async () => {
      throw new Error('secret internals: password=hunter2 at /srv/app.ts:12');
    });
    app.get('/api/v1/boom', async () => {
      throw new Error('secret internals');
    });
    app.get('/api/v1/conflict', async () => {
      throw new AppError('conflict', 'already_archived', '该申请已归档，不能再修改');
    });
  },
};

describe('the HTTP platform', () => {
  let t: TestApp;
  before(async () => {
    const { appModules } = await import('./modules.ts');
    t = await createTestApp({ demo: true, modules: [...appModules, failingModule] });
  });
  after(() => t.close());

  it('answers /healthz and /readyz with the database kind', async () => {
    assert.deepEqual((await t.app.inject('/healthz')).json(), { status: 'ok' });
    const ready = await t.app.inject('/readyz');
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().database, t.database.kind);
  });

  it('answers an unknown API path with 404 and the JSON error shape', async () => {
    const response = await t.app.inject('/api/v1/nope');
    assert.equal(response.statusCode, 404);
    assert.match(response.headers['content-type'] as string, /application\/json/);
    const body = response.json();
    assert.equal(body.error.code, 'not_found');
    assert.equal(typeof body.error.message, 'string');
  });

  it('maps AppError kinds to status codes in the API', async () => {
    const response = await t.app.inject('/api/v1/conflict');
    assert.equal(response.statusCode, 409);
    assert.deepEqual(response.json(), {
      error: { code: 'already_archived', message: '该申请已归档，不能再修改' },
    });
  });

  it('shows a friendly Chinese 404 page', async () => {
    const response = await t.app.inject('/no/such/page');
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /页面不存在/);
    assert.match(response.body, /href="\/"/);
  });

  it('shows a 500 page with a reference and no internals', async () => {
    const response = await t.app.inject({
      url: '/boom',
      headers: { 'x-request-id': 'trace-12345678' },
    });
    assert.equal(response.statusCode, 500);
    assert.match(response.body, /服务暂时出现问题/);
    assert.match(response.body, /trace-12345678/);
    assert.doesNotMatch(response.body, /hunter2|secret internals|app\.ts/);
    const api = await t.app.inject('/api/v1/boom');
    assert.equal(api.statusCode, 500);
    assert.equal(api.json().error.code, 'internal');
    assert.doesNotMatch(api.body, /secret internals/);
  });

  it('refuses a form POST without a CSRF token with a 403 page', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/prefs',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'lang=en',
    });
    assert.equal(response.statusCode, 403);
    assert.match(response.body, /页面已过期/);
    assert.equal(
      response.cookies.find((c) => c.name === 'lang'),
      undefined,
    );
  });

  it('refuses a form POST whose token belongs to another visitor', async () => {
    const mine = await formSession(t.app, '/');
    const theirs = await formSession(t.app, '/');
    const response = await t.app.inject({
      method: 'POST',
      url: '/prefs',
      headers: { cookie: mine.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: theirs.token, lang: 'en' }).toString(),
    });
    assert.equal(response.statusCode, 403);
  });

  it('sends a strict CSP and the usual security headers', async () => {
    const response = await t.app.inject('/');
    const csp = response.headers['content-security-policy'] as string;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.ok(response.headers['x-request-id']);
  });

  it('keeps a sane incoming request id and replaces a bad one', async () => {
    const kept = await t.app.inject({
      url: '/healthz',
      headers: { 'x-request-id': 'abc-12345678' },
    });
    assert.equal(kept.headers['x-request-id'], 'abc-12345678');
    const replaced = await t.app.inject({
      url: '/healthz',
      headers: { 'x-request-id': '<script>' },
    });
    assert.notEqual(replaced.headers['x-request-id'], '<script>');
  });

  it('serves the stylesheet and enhancement script', async () => {
    assert.equal((await t.app.inject('/static/css/site.css')).statusCode, 200);
    assert.equal((await t.app.inject('/static/js/enhance.js')).statusCode, 200);
  });

  it('reports not ready when the database stops answering', async () => {
    // Nothing listens on port 1: every query fails as it would with the server down.
    const unreachable = await connectDatabase({
      databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
      poolSize: 1,
    });
    const app = await buildApp(t.config, {
      db: unreachable.db,
      databaseKind: unreachable.kind,
      clock: t.clock,
      cookieSecret: 'test-secret-test-secret-test-secret!',
    });
    try {
      const response = await app.inject('/readyz');
      assert.equal(response.statusCode, 503);
      assert.deepEqual(response.json(), { status: 'unavailable', database: 'postgres' });
      const page = await app.inject('/');
      assert.equal(page.statusCode, 500);
      assert.match(page.body, /服务暂时出现问题/);
    } finally {
      await app.close();
      await unreachable.close();
    }
  });

  it('has the settings table on the database the app uses', async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from settings`.execute(
      t.database.db,
    );
    assert.equal(rows[0]?.n, 1);
  });
});
