import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { Actor, ActionContext } from '../../platform/http/index.ts';
import type { AccountsTables } from './accounts.tables.ts';
import { recordAccountChange } from './accounts.audit.ts';
import { accountAdminRule, ensureCan, scopePaths } from './accounts.policy.ts';
import { getOrgByCode } from './orgs.service.ts';
import { scopePattern } from './roles.ts';
import { hashSecret } from './sessions.service.ts';

type Db = Kysely<AccountsTables>;

export const tokenPrefix = 'sst_';

/** Creates an API token for an org; the token is returned once and only its hash is kept. */
export async function createApiToken(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  input: { orgCode: string; scopes: string[]; name?: string },
): Promise<{ id: number; token: string }> {
  const scopes = [...new Set(input.scopes.map((s) => s.trim()).filter(Boolean))];
  const bad = scopes.find((s) => !scopePattern.test(s));
  if (scopes.length === 0 || bad !== undefined) {
    throw new AppError(
      'validation',
      'token_scope_invalid',
      `权限范围无效 / invalid scope: ${bad ?? '(none)'} (e.g. supervision:write)`,
    );
  }
  const token = `${tokenPrefix}${crypto.randomBytes(32).toString('base64url')}`;
  return db.transaction().execute(async (trx) => {
    const org = await getOrgByCode(trx, input.orgCode);
    ensureCan(ctx.actor, 'change', org.path, accountAdminRule);
    const { id } = await trx
      .insertInto('accountsApiTokens')
      .values({
        orgId: org.id,
        name: input.name ?? '',
        scopes,
        prefix: token.slice(0, tokenPrefix.length + 6),
        tokenHash: hashSecret(token),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.token.create',
      targetType: 'api_token',
      targetId: String(id),
      orgCode: org.code,
      summary: { scopes, name: input.name ?? '' },
    });
    return { id, token };
  });
}

export interface ApiTokenSummary {
  id: number;
  orgCode: string;
  orgName: string;
  name: string;
  scopes: string[];
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Tokens of the orgs the actor administers, newest first; `forbidden` for anyone else. */
export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenSummary[]> {
  const paths = actor.kind === 'system' ? ['/'] : scopePaths(actor, 'change', accountAdminRule);
  if (paths.length === 0)
    throw new AppError('forbidden', 'not_allowed', '只有系统管理员可以管理令牌 / admins only');
  return db
    .selectFrom('accountsApiTokens as t')
    .innerJoin('accountsOrgs as o', 'o.id', 't.orgId')
    .select([
      't.id',
      'o.code as orgCode',
      'o.name as orgName',
      't.name',
      't.scopes',
      't.prefix',
      't.createdAt',
      't.lastUsedAt',
      't.revokedAt',
    ])
    .where((eb) => eb.or(paths.map((p) => eb('o.path', 'like', `${p}%`))))
    .orderBy('t.id', 'desc')
    .execute();
}

export async function revokeApiToken(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  id: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const token = await trx
      .selectFrom('accountsApiTokens as t')
      .innerJoin('accountsOrgs as o', 'o.id', 't.orgId')
      .select(['o.path', 'o.code'])
      .where('t.id', '=', id)
      .executeTakeFirst();
    if (!token)
      throw new AppError('not_found', 'token_not_found', `没有令牌 ${id} / no token ${id}`);
    ensureCan(ctx.actor, 'change', token.path, accountAdminRule);
    const updated = await trx
      .updateTable('accountsApiTokens')
      .set({ revokedAt: clock.now() })
      .where('id', '=', id)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      throw new AppError(
        'not_found',
        'token_not_found',
        `没有可撤销的令牌 ${id} / no active token ${id}`,
      );
    }
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.token.revoke',
      targetType: 'api_token',
      targetId: String(id),
      orgCode: token.code,
      summary: {},
    });
  });
}

/** The actor behind a bearer token, or undefined for an unknown or revoked one. */
export async function authenticateToken(
  db: Db,
  clock: Clock,
  token: string,
): Promise<Actor | undefined> {
  if (!token.startsWith(tokenPrefix)) return undefined;
  const row = await db
    .selectFrom('accountsApiTokens as t')
    .innerJoin('accountsOrgs as o', 'o.id', 't.orgId')
    .select([
      't.id',
      't.name',
      't.scopes',
      'o.id as orgId',
      'o.code as orgCode',
      'o.path as orgPath',
    ])
    .where('t.tokenHash', '=', hashSecret(token))
    .where('t.revokedAt', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  await db
    .updateTable('accountsApiTokens')
    .set({ lastUsedAt: clock.now() })
    .where('id', '=', row.id)
    .execute();
  return {
    kind: 'token',
    id: row.id,
    name: row.name || `token ${row.id}`,
    grants: [{ role: 'api', orgId: row.orgId, orgCode: row.orgCode, orgPath: row.orgPath }],
    scopes: row.scopes,
    mustChangePassword: false,
  };
}
