import type { Kysely } from 'kysely';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { recordAccountChange } from './accounts.audit.ts';
import { accountAdminRule, ensureCan } from './accounts.policy.ts';
import type { AccountsTables } from './accounts.tables.ts';
import {
  findOrgByCode,
  findOrgById,
  insertOrg,
  insertOrgHistory,
  listOrgHistory,
  listOrgs,
  rewriteSubtreePaths,
  setOrgParent,
  updateOrgFields,
  type NewOrg,
  type OrgFields,
  type OrgHistoryEntry,
  type OrgSummary,
} from './orgs.queries.ts';

type Db = Kysely<AccountsTables>;

/** Creates an org under the parent with `parentCode` (none: a root). Throws conflict if the code exists. */
export async function createOrg(
  db: Kysely<AccountsTables>,
  clock: Clock,
  input: Omit<NewOrg, 'parentId'> & { parentCode: string | null },
): Promise<OrgSummary> {
  return db.transaction().execute(async (trx) => {
    if (await findOrgByCode(trx, input.code)) {
      throw new AppError(
        'conflict',
        'org_code_taken',
        `机构代码 ${input.code} 已存在 / org code ${input.code} exists`,
      );
    }
    const parent = input.parentCode ? await getOrgByCode(trx, input.parentCode) : undefined;
    const { parentCode: _ignored, ...org } = input;
    const created = await insertOrg(
      trx,
      { ...org, parentId: parent?.id ?? null },
      parent?.path ?? '/',
    );
    await insertOrgHistory(trx, {
      orgId: created.id,
      change: 'created',
      name: created.name,
      parentId: created.parentId,
      effectiveOn: localDateOf(clock.now()),
    });
    return created;
  });
}

/** The org with this code, or `not_found` (org_not_found). */
export async function getOrgByCode(db: Db, code: string): Promise<OrgSummary> {
  const org = await findOrgByCode(db, code);
  if (!org)
    throw new AppError(
      'not_found',
      'org_not_found',
      `没有代码为 ${code} 的机构 / no org with code ${code}`,
    );
  return org;
}

/** When a change took effect and the document that made it (文号); the date defaults to today. */
export interface ChangeNote {
  effectiveOn?: string;
  documentNumber?: string;
}

export function noteOf(clock: Clock, note: ChangeNote) {
  return {
    effectiveOn: note.effectiveOn || localDateOf(clock.now()),
    documentNumber: note.documentNumber ?? '',
  };
}

/** A problem with one form field: `key` is the catalog message shown next to it. */
export function fieldError(code: string, field: string, key: string, message: string): AppError {
  return new AppError('validation', code, message, { fields: [{ field, message: key }] });
}

export interface OrgTreeNode {
  org: OrgSummary;
  children: OrgTreeNode[];
}

/** Nests orgs under their parents, siblings by sort order then code; an org whose parent is not in the list becomes a root. */
export function buildOrgTree(orgs: OrgSummary[]): OrgTreeNode[] {
  const nodes = new Map(orgs.map((org) => [org.id, { org, children: [] as OrgTreeNode[] }]));
  const roots: OrgTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId === null ? undefined : nodes.get(node.org.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const bySortOrder = (a: OrgTreeNode, b: OrgTreeNode) =>
    a.org.sortOrder - b.org.sortOrder || a.org.code.localeCompare(b.org.code);
  for (const node of nodes.values()) node.children.sort(bySortOrder);
  return roots.sort(bySortOrder);
}

/** The tree depth first: the order of the export and of choice lists. */
export function flattenOrgTree(
  nodes: OrgTreeNode[],
  depth = 0,
): { org: OrgSummary; depth: number }[] {
  return nodes.flatMap((node) => [
    { org: node.org, depth },
    ...flattenOrgTree(node.children, depth + 1),
  ]);
}

export interface OrgDetails {
  org: OrgSummary;
  parent: OrgSummary | undefined;
  mergedInto: OrgSummary | undefined;
  children: OrgSummary[];
  history: OrgHistoryEntry[];
  /** Active orgs outside the org's own subtree, in tree order: where it may move or merge to. */
  targets: { org: OrgSummary; depth: number }[];
}

/** Anyone signed in may read the tree (it is public): an org, its history and its sub-orgs. */
export async function getOrgDetails(db: Db, code: string): Promise<OrgDetails> {
  const org = await getOrgByCode(db, code);
  const all = await listOrgs(db, { includeInactive: true });
  const history = await listOrgHistory(db, org.id);
  const byId = new Map(all.map((o) => [o.id, o]));
  return {
    org,
    parent: org.parentId === null ? undefined : byId.get(org.parentId),
    mergedInto: org.mergedIntoId === null ? undefined : byId.get(org.mergedIntoId),
    children: buildOrgTree(all.filter((o) => o.parentId === org.id)).map((node) => node.org),
    history,
    targets: flattenOrgTree(
      buildOrgTree(all.filter((o) => o.isActive && !o.path.startsWith(org.path))),
    ),
  };
}

export interface OrgUpdate extends ChangeNote {
  name: string;
  nameEn: string;
  contactPhone: string;
  contactAddress: string;
  sortOrder: number;
}

/**
 * Changes an org's name, English name, contacts and sort order. A new name is a 'renamed' row of
 * the history (the old name stays there, so past records still show the name they were made
 * under). Errors: not_found org_not_found, forbidden not_allowed.
 */
export async function updateOrg(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  code: string,
  input: OrgUpdate,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const org = await getOrgByCode(trx, code);
    ensureCan(ctx.actor, 'change', org.path, accountAdminRule);
    const changes = changedFields(org, {
      name: input.name,
      nameEn: input.nameEn,
      contactPhone: input.contactPhone,
      contactAddress: input.contactAddress,
      sortOrder: input.sortOrder,
    });
    if (Object.keys(changes.after).length === 0) return;
    await updateOrgFields(trx, org.id, changes.after, clock.now());
    const note = noteOf(clock, input);
    if (changes.after.name !== undefined) {
      await insertOrgHistory(trx, {
        orgId: org.id,
        change: 'renamed',
        name: changes.after.name,
        parentId: org.parentId,
        ...note,
      });
    }
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.org.update',
      targetType: 'org',
      targetId: String(org.id),
      orgCode: org.code,
      summary: {
        before: changes.before,
        after: changes.after,
        ...(changes.after.name !== undefined ? note : {}),
      },
    });
  });
}

/** The fields of `next` that differ from the org's, before and after. */
export function changedFields(
  org: OrgSummary,
  next: OrgFields,
): { before: OrgFields; after: OrgFields } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next) as [keyof OrgFields, unknown][]) {
    if (value === undefined || org[key] === value) continue;
    before[key] = org[key];
    after[key] = value;
  }
  return { before: before as OrgFields, after: after as OrgFields };
}

/**
 * Moves an org (and its whole subtree) under another parent: a 'moved' history row; the paths
 * of the subtree are rewritten so grants on the new parent cover them. The admin must cover both
 * the org and the new parent. Errors: not_found org_not_found, forbidden not_allowed,
 * validation org_parent_unknown | org_parent_same | org_parent_in_subtree | org_parent_inactive.
 */
export async function moveOrg(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  code: string,
  input: ChangeNote & { parentCode: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const org = await getOrgByCode(trx, code);
    ensureCan(ctx.actor, 'change', org.path, accountAdminRule);
    const parent = await findOrgByCode(trx, input.parentCode);
    if (!parent) {
      throw fieldError(
        'org_parent_unknown',
        'parentCode',
        'orgs.move.parentUnknown',
        `上级机构：没有代码为 ${input.parentCode} 的机构 / Parent: no org with code ${input.parentCode}`,
      );
    }
    ensureCan(ctx.actor, 'change', parent.path, accountAdminRule);
    if (parent.id === org.parentId) {
      throw fieldError(
        'org_parent_same',
        'parentCode',
        'orgs.move.sameParent',
        '上级机构：该机构已在这个上级机构之下 / Parent: the org is already under it',
      );
    }
    // An org cannot go under itself or one of its own sub-orgs: that would make a cycle.
    if (parent.path.startsWith(org.path)) {
      throw fieldError(
        'org_parent_in_subtree',
        'parentCode',
        'orgs.move.inSubtree',
        '上级机构：不能迁移到本机构或其下级机构之下 / Parent: cannot be the org itself or one of its sub-orgs',
      );
    }
    if (!parent.isActive) {
      throw fieldError(
        'org_parent_inactive',
        'parentCode',
        'orgs.move.parentInactive',
        '上级机构：该机构已撤销 / Parent: that org is no longer active',
      );
    }
    const now = clock.now();
    await setOrgParent(trx, org.id, parent.id, now);
    await rewriteSubtreePaths(trx, org.path, `${parent.path}${org.id}/`, now).execute();
    const note = noteOf(clock, input);
    await insertOrgHistory(trx, {
      orgId: org.id,
      change: 'moved',
      name: org.name,
      parentId: parent.id,
      ...note,
    });
    const from = org.parentId === null ? undefined : await findOrgById(trx, org.parentId);
    await recordAccountChange(trx, ctx, clock, {
      action: 'accounts.org.move',
      targetType: 'org',
      targetId: String(org.id),
      orgCode: org.code,
      summary: { from: from?.code ?? null, to: parent.code, ...note },
    });
  });
}
