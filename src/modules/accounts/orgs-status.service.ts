import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { recordAccountChange } from './accounts.audit.ts';
import { accountAdminRule, ensureCan } from './accounts.policy.ts';
import type { AccountsTables } from './accounts.tables.ts';
import {
  countActiveChildren,
  findOrgByCode,
  findOrgById,
  insertOrgHistory,
  setOrgStatus,
  type OrgSummary,
} from './orgs.queries.ts';
import { fieldError, getOrgByCode, noteOf, type ChangeNote } from './orgs.service.ts';

/** Deactivating, reactivating and merging orgs: each keeps the org's id and writes its history. */

type Db = Kysely<AccountsTables>;

async function ensureNoActiveChildren(db: Db, org: OrgSummary, field: string): Promise<void> {
  if ((await countActiveChildren(db, org.id)) > 0) {
    throw fieldError(
      'org_has_active_children',
      field,
      'orgs.status.hasActiveChildren',
      `${org.name} 下还有有效的下级机构，请先迁移、合并或撤销它们 / ${org.code} still has active sub-orgs: move, merge or deactivate them first`,
    );
  }
}

function ensureActive(org: OrgSummary, wanted: boolean): void {
  if (org.isActive !== wanted) {
    throw new AppError(
      'invalid_state',
      wanted ? 'org_inactive' : 'org_active',
      wanted
        ? `机构 ${org.code} 已撤销 / org ${org.code} is no longer active`
        : `机构 ${org.code} 仍然有效 / org ${org.code} is active`,
    );
  }
}

/**
 * Deactivates (撤销) an org: it keeps its id, code and history; it must have no active sub-orgs.
 * Errors: not_found, forbidden, invalid_state org_inactive, validation org_has_active_children.
 */
export async function deactivateOrg(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  code: string,
  input: ChangeNote,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const org = await getOrgByCode(trx, code);
    ensureCan(ctx.actor, 'change', org.path, accountAdminRule);
    ensureActive(org, true);
    await ensureNoActiveChildren(trx, org, 'status');
    await setOrgStatus(trx, org.id, { isActive: false, mergedIntoId: null }, clock.now());
    const note = noteOf(clock, input);
    await insertOrgHistory(trx, {
      orgId: org.id,
      change: 'deactivated',
      name: org.name,
      parentId: org.parentId,
      ...note,
    });
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.org.deactivate',
      targetType: 'org',
      targetId: String(org.id),
      orgCode: org.code,
      summary: note,
    });
  });
}

/**
 * Makes a deactivated or merged org active again (a merge is undone: merged_into_id is cleared).
 * Its parent must be active. Errors: not_found, forbidden, invalid_state org_active,
 * validation org_parent_inactive.
 */
export async function reactivateOrg(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  code: string,
  input: ChangeNote,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const org = await getOrgByCode(trx, code);
    ensureCan(ctx.actor, 'change', org.path, accountAdminRule);
    ensureActive(org, false);
    const parent = org.parentId === null ? undefined : await findOrgById(trx, org.parentId);
    if (parent && !parent.isActive) {
      throw fieldError(
        'org_parent_inactive',
        'status',
        'orgs.status.parentInactive',
        `上级机构 ${parent.name} 已撤销，请先恢复上级机构 / the parent ${parent.code} is not active: reactivate it first`,
      );
    }
    await setOrgStatus(trx, org.id, { isActive: true, mergedIntoId: null }, clock.now());
    const note = noteOf(clock, input);
    await insertOrgHistory(trx, {
      orgId: org.id,
      change: 'reactivated',
      name: org.name,
      parentId: org.parentId,
      ...note,
    });
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.org.reactivate',
      targetType: 'org',
      targetId: String(org.id),
      orgCode: org.code,
      summary: note,
    });
  });
}

/**
 * Merges an org into another (机构合并): the org is deactivated with merged_into_id set, keeps its
 * id so past records still point at it; the target stays as it is. The org must have no active
 * sub-orgs. Errors: not_found, forbidden, invalid_state org_inactive, validation
 * org_merge_unknown | org_merge_self | org_merge_in_subtree | org_merge_inactive |
 * org_has_active_children.
 */
export async function mergeOrg(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  code: string,
  input: ChangeNote & { intoCode: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const org = await getOrgByCode(trx, code);
    ensureCan(ctx.actor, 'change', org.path, accountAdminRule);
    ensureActive(org, true);
    const into = await findOrgByCode(trx, input.intoCode);
    if (!into) {
      throw fieldError(
        'org_merge_unknown',
        'intoCode',
        'orgs.merge.intoUnknown',
        `并入机构：没有代码为 ${input.intoCode} 的机构 / Merge into: no org with code ${input.intoCode}`,
      );
    }
    ensureCan(ctx.actor, 'change', into.path, accountAdminRule);
    if (into.id === org.id) {
      throw fieldError(
        'org_merge_self',
        'intoCode',
        'orgs.merge.self',
        '并入机构：不能并入本机构 / Merge into: not the org itself',
      );
    }
    if (into.path.startsWith(org.path)) {
      throw fieldError(
        'org_merge_in_subtree',
        'intoCode',
        'orgs.merge.inSubtree',
        '并入机构：不能并入本机构的下级机构 / Merge into: not one of its own sub-orgs',
      );
    }
    if (!into.isActive) {
      throw fieldError(
        'org_merge_inactive',
        'intoCode',
        'orgs.merge.intoInactive',
        '并入机构：该机构已撤销 / Merge into: that org is no longer active',
      );
    }
    await ensureNoActiveChildren(trx, org, 'intoCode');
    await setOrgStatus(trx, org.id, { isActive: false, mergedIntoId: into.id }, clock.now());
    const note = noteOf(clock, input);
    await insertOrgHistory(trx, {
      orgId: org.id,
      change: 'merged',
      name: org.name,
      parentId: org.parentId,
      ...note,
    });
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.org.merge',
      targetType: 'org',
      targetId: String(org.id),
      orgCode: org.code,
      summary: { into: into.code, ...note },
    });
  });
}
