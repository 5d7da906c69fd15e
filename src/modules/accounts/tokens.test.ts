import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import { systemContext } from '../../platform/http/index.ts';
import type { AccountsTables } from './accounts.tables.ts';
import { authenticateToken, createApiToken } from './tokens.service.ts';

describe('API tokens', () => {
  let t: TestApp;
  let db: Kysely<AccountsTables>;
  before(async () => {
    t = await createTestApp({ demo: true });
    db = t.database.db as Kysely<AccountsTables>;
  });
  after(() => t.close());

  it('authenticates with the token shown once, scoped to its org', async () => {
    const { token } = await createApiToken(db, t.clock, systemContext(), {
      orgCode: 'mzj',
      scopes: ['supervision:write'],
      name: '12345 热线',
    });
    const actor = await authenticateToken(db, t.clock, token);
    assert.equal(actor?.kind, 'token');
    assert.deepEqual(actor?.scopes, ['supervision:write']);
    assert.equal(actor?.grants[0]?.orgCode, 'mzj');
    assert.equal(await authenticateToken(db, t.clock, `${token}x`), undefined);
  });

  it('refuses scopes that are not system:read or system:write', async () => {
    await assert.rejects(
      createApiToken(db, t.clock, systemContext(), { orgCode: 'mzj', scopes: ['everything'] }),
      (error: { code?: string }) => error.code === 'token_scope_invalid',
    );
  });

  it('lists tokens for the admin, who can revoke them; the token then stops working', async () => {
    const { id, token } = await createApiToken(db, t.clock, systemContext(), {
      orgCode: 'zwfw',
      scopes: ['supervision:write'],
      name: '省审批平台',
    });
    const cookie = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
    const page = await t.app.inject({ url: '/staff/tokens', headers: { cookie } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /省审批平台/);
    assert.ok(!page.body.includes(token), 'the token itself is never shown again');
    const form = await formSession(t.app, '/staff/tokens', cookie);
    const revoked = await form.post(`/staff/tokens/${id}/revoke`, {});
    assert.equal(revoked.statusCode, 303);
    assert.equal(await authenticateToken(db, t.clock, token), undefined);
    assert.match(
      (await t.app.inject({ url: '/staff/tokens', headers: { cookie } })).body,
      /已撤销/,
    );
  });

  it('keeps the token list from everyone but admins', async () => {
    const cookie = await signIn(t.app, 'lingdao', 'Sunshine-lingdao-2026');
    const page = await t.app.inject({ url: '/staff/tokens', headers: { cookie } });
    assert.equal(page.statusCode, 403);
  });

  it('answers a bad token id with 400, not a server error', async () => {
    const cookie = await signIn(t.app, 'jiancha', 'Sunshine-jiancha-2026');
    const form = await formSession(t.app, '/staff', cookie);
    const response = await form.post('/staff/tokens/abc/revoke', {});
    assert.equal(response.statusCode, 400);
  });
});

describe('GET /api/v1/orgs', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  it('lists the public org tree with parent codes', async () => {
    const response = await t.app.inject('/api/v1/orgs');
    assert.equal(response.statusCode, 200);
    const orgs = response.json() as {
      code: string;
      name: string;
      kind: string;
      parentCode: string | null;
    }[];
    assert.deepEqual(Object.keys(orgs[0]!).sort(), ['code', 'kind', 'name', 'parentCode']);
    assert.deepEqual(orgs[0], {
      code: '210423',
      name: '清原满族自治县人民政府',
      kind: 'government',
      parentCode: null,
    });
    assert.equal(orgs.filter((o) => o.kind === 'department').length, 39);
    const townships = orgs.filter((o) => o.kind === 'township');
    assert.equal(townships.length, 14);
    assert.ok(townships.some((o) => o.name === '枸乃甸乡' && o.parentCode === '210423'));
    assert.ok(
      orgs.some(
        (o) => o.name === '清原镇便民服务中心' && o.parentCode === 'qyz' && o.kind === 'center',
      ),
    );
    assert.ok(orgs.some((o) => o.code === 'zwfw' && o.kind === 'center'));
  });
});
