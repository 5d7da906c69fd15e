import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  cookiesOf,
  createTestApp,
  formSession,
  mergeCookies,
  signIn,
  type TestApp,
} from '../../../test/test-app.ts';

const login = async (t: TestApp, username: string, password: string) => {
  const form = await formSession(t.app, '/staff/login');
  const response = await form.post('/staff/login', { username, password });
  return { response, cookie: mergeCookies(form.cookie, cookiesOf(response)) };
};

describe('staff login and sessions', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  it('makes a seeded account change its password before anything else', async () => {
    const { response, cookie } = await login(t, 'gongkai', 'Sunshine-gongkai-2026');
    assert.equal(response.statusCode, 303);
    const sid = response.cookies.find((c) => c.name === 'sid');
    assert.equal(sid?.httpOnly, true);
    assert.equal(sid?.sameSite, 'Lax');
    const home = await t.app.inject({ url: '/staff/foi', headers: { cookie } });
    assert.equal(home.headers.location, '/staff/password');
  });

  it('enforces the password rules with field messages', async () => {
    const cookie = (await login(t, 'jiaoyi', 'Sunshine-jiaoyi-2026')).cookie;
    const form = await formSession(t.app, '/staff/password', cookie);
    const cases: [string, string][] = [
      ['Short1!', '至少需要 10 个字符'],
      ['alllowercaseletters', '至少 3 类'],
      ['Sunshine-jiaoyi-2026', '最近 5 次'],
    ];
    for (const [next, message] of cases) {
      const response = await form.post('/staff/password', {
        current: 'Sunshine-jiaoyi-2026',
        next,
        confirm: next,
      });
      assert.equal(response.statusCode, 422, next);
      assert.ok(response.body.includes(message), message);
      assert.doesNotMatch(response.body, new RegExp(`value="${next}"`));
    }
    const mismatch = await form.post('/staff/password', {
      current: 'Sunshine-jiaoyi-2026',
      next: 'Good-Password-1',
      confirm: 'Other-Password-1',
    });
    assert.match(mismatch.body, /两次输入的新密码不一致/);
  });

  it('refuses any of the last five passwords', async () => {
    let current = 'Sunshine-jixiao-2026';
    let cookie = await signIn(t.app, 'jixiao', current, 'Rotation-Pass-1');
    current = 'Rotation-Pass-1';
    for (const next of ['Rotation-Pass-2', 'Rotation-Pass-3', 'Rotation-Pass-4']) {
      const form = await formSession(t.app, '/staff/password', cookie);
      assert.equal(
        (await form.post('/staff/password', { current, next, confirm: next })).statusCode,
        303,
      );
      current = next;
      cookie = form.cookie;
    }
    const form = await formSession(t.app, '/staff/password', cookie);
    const reused = await form.post('/staff/password', {
      current,
      next: 'Rotation-Pass-1',
      confirm: 'Rotation-Pass-1',
    });
    assert.equal(reused.statusCode, 422);
    assert.match(reused.body, /最近 5 次/);
  });

  it('locks an account for 15 minutes after 5 wrong passwords', async () => {
    for (let i = 1; i <= 5; i++) {
      const { response } = await login(t, 'lianshen', 'Wrong-password-1');
      assert.equal(response.statusCode, 422);
      assert.match(response.body, i < 5 ? /用户名或密码不正确/ : /已锁定 15 分钟/);
    }
    const right = await login(t, 'lianshen', 'Sunshine-lianshen-2026');
    assert.equal(right.response.statusCode, 422);
    assert.match(right.response.body, /已锁定/);
    t.clock.set('2026-09-30T09:46:00+08:00');
    try {
      assert.equal((await login(t, 'lianshen', 'Sunshine-lianshen-2026')).response.statusCode, 303);
    } finally {
      t.clock.set('2026-09-30T09:30:00+08:00');
    }
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const cookie = await signIn(t.app, 'huiying', 'Sunshine-huiying-2026');
    t.clock.set('2026-09-30T09:59:00+08:00');
    assert.equal((await t.app.inject({ url: '/staff', headers: { cookie } })).statusCode, 200);
    t.clock.set('2026-09-30T10:30:00+08:00');
    const expired = await t.app.inject({ url: '/staff', headers: { cookie } });
    t.clock.set('2026-09-30T09:30:00+08:00');
    assert.equal(expired.statusCode, 303);
    assert.match(expired.headers.location as string, /^\/staff\/login/);
  });

  it('ends a session after 12 hours however active', async () => {
    const cookie = await signIn(t.app, 'chuangkou', 'Sunshine-chuangkou-2026');
    try {
      for (let minutes = 20; minutes <= 12 * 60; minutes += 20) {
        t.clock.set(
          new Date(Date.parse('2026-09-30T09:30:00+08:00') + minutes * 60_000).toISOString(),
        );
        assert.equal(
          (await t.app.inject({ url: '/staff', headers: { cookie } })).statusCode,
          200,
          `at ${minutes} min`,
        );
      }
      t.clock.set(
        new Date(Date.parse('2026-09-30T09:30:00+08:00') + (12 * 60 + 10) * 60_000).toISOString(),
      );
      assert.equal((await t.app.inject({ url: '/staff', headers: { cookie } })).statusCode, 303);
    } finally {
      t.clock.set('2026-09-30T09:30:00+08:00');
    }
  });

  it('issues a new session id at every login and ends it at logout', async () => {
    const first = await login(t, 'jiancha', 'Sunshine-jiancha-2026');
    const second = await login(t, 'jiancha', 'Sunshine-jiancha-2026');
    const sid = (r: typeof first) => r.response.cookies.find((c) => c.name === 'sid')?.value;
    assert.ok(sid(first) && sid(second));
    assert.notEqual(sid(first), sid(second));
    const form = await formSession(t.app, '/staff/password', second.cookie);
    const out = await form.post('/staff/logout', {});
    assert.equal(out.statusCode, 303);
    assert.equal(out.headers.location, '/staff/login');
    assert.equal(
      (await t.app.inject({ url: '/staff/password', headers: { cookie: second.cookie } }))
        .statusCode,
      303,
    );
  });

  it('requires the CSRF token on login and logout', async () => {
    const bare = { 'content-type': 'application/x-www-form-urlencoded' };
    const loginPost = await t.app.inject({
      method: 'POST',
      url: '/staff/login',
      headers: bare,
      payload: 'username=admin&password=Sunshine-admin-2026',
    });
    assert.equal(loginPost.statusCode, 403);
    assert.equal(
      loginPost.cookies.find((c) => c.name === 'sid'),
      undefined,
    );
    const cookie = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
    const logoutPost = await t.app.inject({
      method: 'POST',
      url: '/staff/logout',
      headers: { ...bare, cookie },
      payload: '',
    });
    assert.equal(logoutPost.statusCode, 403);
    assert.equal((await t.app.inject({ url: '/staff', headers: { cookie } })).statusCode, 200);
  });

  it('keeps only a hash of the session id in the database', async () => {
    const { response } = await login(t, 'lingdao', 'Sunshine-lingdao-2026');
    const sid = response.cookies.find((c) => c.name === 'sid')!.value;
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from accounts_sessions where id_hash = ${sid}`.execute(
      t.database.db,
    );
    assert.equal(rows[0]?.n, 0);
  });

  it('says the same thing for an unknown user as for a wrong password', async () => {
    const unknown = await login(t, 'nobody', 'Whatever-pass-1');
    assert.equal(unknown.response.statusCode, 422);
    assert.match(unknown.response.body, /用户名或密码不正确/);
    assert.match(unknown.response.body, /value="nobody"/);
  });
});
