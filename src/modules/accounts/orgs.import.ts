/**
 * Importing the org tree from a workbook (issue 3 §1): rows create orgs or update them by code, in
 * one transaction. Every problem of every row is reported at once and nothing is saved while any
 * remains.
 */
import type { Kysely } from 'kysely';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { recordAccountChange } from './accounts.audit.ts';
import { accountAdminRule, can, scopePaths } from './accounts.policy.ts';
import type { AccountsTables } from './accounts.tables.ts';
import type { OrgSheet, RowProblem } from './orgs.excel.ts';
import {
  insertOrg,
  insertOrgHistory,
  listOrgs,
  recomputeOrgPaths,
  setOrgParent,
  setOrgStatus,
  updateOrgFields,
  type OrgChange,
  type OrgSummary,
} from './orgs.queries.ts';
import { orgSheetColumns, type OrgImportRow } from './orgs.schemas.ts';
import { changedFields } from './orgs.service.ts';

type Db = Kysely<AccountsTables>;

export interface OrgImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** May this actor import at all? Only an admin (of some subtree) or the system. */
export function canImportOrgs(ctx: ActionContext): boolean {
  return (
    ctx.actor.kind === 'system' || scopePaths(ctx.actor, 'change', accountAdminRule).length > 0
  );
}

/** Throws forbidden (not_allowed) unless `canImportOrgs`. */
export function ensureCanImportOrgs(ctx: ActionContext): void {
  if (!canImportOrgs(ctx)) {
    throw new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
  }
}

/**
 * Applies the rows of an uploaded workbook. Parents may come after their children in the file.
 * Errors: forbidden not_allowed; validation org_import_invalid with `details.rows`
 * (RowProblem[]: row, column, catalog key) listing every bad row — then nothing is saved.
 */
export async function importOrgs(
  db: Db,
  clock: Clock,
  ctx: ActionContext,
  sheet: OrgSheet,
): Promise<OrgImportResult> {
  ensureCanImportOrgs(ctx);
  return db.transaction().execute(async (trx) => {
    const existing = await listOrgs(trx, { includeInactive: true });
    const plan = planImport(ctx, sheet, existing);
    if (plan.problems.length > 0) {
      const count = plan.problems.length;
      throw new AppError(
        'validation',
        'org_import_invalid',
        `导入文件有 ${count} 处需要修改，未保存任何内容 / the file has ${count} problem(s); nothing was saved`,
        { fields: [{ field: 'file', message: 'orgs.import.rowsInvalid' }], rows: plan.problems },
      );
    }
    return applyImport(trx, clock, ctx, plan.rows, existing, sheet.columns);
  });
}

interface ImportPlan {
  rows: OrgImportRow[];
  problems: RowProblem[];
}

const columnOrder = new Map<string, number>(orgSheetColumns.map((c, i) => [c.key, i]));

/** Every business problem of the rows against the tree as it is (pure: no database). */
export function planImport(
  ctx: ActionContext,
  sheet: OrgSheet,
  existing: OrgSummary[],
): ImportPlan {
  const problems: RowProblem[] = [...sheet.problems];
  const problem = (row: OrgImportRow, column: RowProblem['column'], key: string, vars = {}) =>
    problems.push({ row: row.row, column, problem: `orgs.import.problem.${key}`, vars });

  const byCode = new Map(existing.map((o) => [o.code, o]));
  const codeOfId = new Map(existing.map((o) => [o.id, o.code]));
  const rows: OrgImportRow[] = [];
  const rowOf = new Map<string, OrgImportRow>();
  for (const row of sheet.rows) {
    const first = rowOf.get(row.code);
    if (first) {
      problem(row, 'code', 'codeDuplicate', { first: String(first.row) });
      continue;
    }
    rowOf.set(row.code, row);
    rows.push(row);
  }

  // The tree as it would be after the import: parent and status by code.
  const parentOf = new Map<string, string | null>();
  const activeOf = new Map<string, boolean>();
  for (const org of existing) {
    parentOf.set(org.code, org.parentId === null ? null : (codeOfId.get(org.parentId) ?? null));
    activeOf.set(org.code, org.isActive);
  }
  for (const row of rows) {
    const current = byCode.get(row.code);
    parentOf.set(row.code, row.parentCode);
    activeOf.set(row.code, row.status ?? current?.isActive ?? true);
  }

  const settled = new Set<string>();
  for (const row of rows) {
    const current = byCode.get(row.code);
    if (row.parentCode === null) {
      // Only the county itself has no parent; a new root would be outside every admin's scope.
      if (!current || current.parentId !== null) problem(row, 'parentCode', 'parentRequired');
      else settled.add(row.code);
      continue;
    }
    if (row.parentCode === row.code) {
      problem(row, 'parentCode', 'cycle');
      continue;
    }
    if (!rowOf.has(row.parentCode) && !byCode.has(row.parentCode)) {
      // A parent whose own row is bad is reported there, not again here.
      if (!sheet.codesSeen.has(row.parentCode)) {
        problem(row, 'parentCode', 'parentUnknown', { code: row.parentCode });
      }
      continue;
    }
    if (inCycle(row.code, parentOf)) {
      problem(row, 'parentCode', 'cycle');
      continue;
    }
    settled.add(row.code);
  }

  for (const row of rows) {
    if (!settled.has(row.code)) continue;
    const current = byCode.get(row.code);
    const parent = row.parentCode === null ? undefined : byCode.get(row.parentCode);
    // The admin must cover the org where it is now and the existing parent it goes under; a new
    // parent is checked on its own row.
    const allowed =
      (!current || can(ctx.actor, 'change', current.path, accountAdminRule)) &&
      (!parent || can(ctx.actor, 'change', parent.path, accountAdminRule));
    if (!allowed) {
      problem(row, 'code', 'notAllowed');
      continue;
    }
    const isActive = activeOf.get(row.code) ?? true;
    if (isActive && row.parentCode !== null && activeOf.get(row.parentCode) === false) {
      problem(row, 'status', 'parentInactive', { code: row.parentCode });
    }
    if (!isActive) {
      const activeChild = [...parentOf].find(
        ([code, parentCode]) => parentCode === row.code && activeOf.get(code) === true,
      );
      if (activeChild) problem(row, 'status', 'hasActiveChildren', { code: activeChild[0] });
    }
  }

  problems.sort(
    (a, b) => a.row - b.row || (columnOrder.get(a.column) ?? 0) - (columnOrder.get(b.column) ?? 0),
  );
  return { rows, problems };
}

/** Does following parents up from `code` come back to it? */
function inCycle(code: string, parentOf: Map<string, string | null>): boolean {
  const seen = new Set<string>();
  let current = parentOf.get(code) ?? null;
  while (current !== null && !seen.has(current)) {
    if (current === code) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

async function applyImport(
  trx: Db,
  clock: Clock,
  ctx: ActionContext,
  rows: OrgImportRow[],
  existing: OrgSummary[],
  columns: OrgSheet['columns'],
): Promise<OrgImportResult> {
  const now = clock.now();
  const effectiveOn = localDateOf(now);
  const byCode = new Map(existing.map((o) => [o.code, o]));
  const idOf = new Map(existing.map((o) => [o.code, o.id]));
  const rowOf = new Map(rows.map((r) => [r.code, r]));
  const audits: Parameters<typeof recordAccountChange>[3][] = [];
  const result: OrgImportResult = { created: 0, updated: 0, unchanged: 0 };
  const history = (orgId: number, change: OrgChange, name: string, parentId: number | null) =>
    insertOrgHistory(trx, { orgId, change, name, parentId, effectiveOn });

  // New orgs, parents first (a parent may be further down the file).
  const create = async (row: OrgImportRow): Promise<number> => {
    const known = idOf.get(row.code);
    if (known !== undefined) return known;
    const parentRow = row.parentCode === null ? undefined : rowOf.get(row.parentCode);
    const parentId =
      row.parentCode === null
        ? null
        : (idOf.get(row.parentCode) ?? (parentRow ? await create(parentRow) : null));
    // The path is set properly by recomputeOrgPaths below, once every parent link is in place.
    const org = await insertOrg(
      trx,
      {
        code: row.code,
        name: row.name,
        nameEn: row.nameEn ?? '',
        kind: row.kind,
        parentId,
        sortOrder: row.sortOrder ?? 0,
        contactPhone: row.contactPhone ?? '',
        contactAddress: row.contactAddress ?? '',
      },
      '/',
    );
    idOf.set(row.code, org.id);
    await history(org.id, 'created', org.name, parentId);
    if (row.status === false) {
      await setOrgStatus(trx, org.id, { isActive: false, mergedIntoId: null }, now);
      await history(org.id, 'deactivated', org.name, parentId);
    }
    result.created++;
    audits.push({
      action: 'accounts.org.create',
      targetType: 'org',
      targetId: String(org.id),
      orgCode: org.code,
      summary: { via: 'import', row: row.row, parentCode: row.parentCode, kind: row.kind },
    });
    return org.id;
  };
  for (const row of rows) if (!byCode.has(row.code)) await create(row);

  let moved = result.created > 0;
  for (const row of rows) {
    const org = byCode.get(row.code);
    if (!org) continue;
    const changes = changedFields(org, {
      name: row.name,
      kind: row.kind,
      nameEn: columns.has('nameEn') ? row.nameEn : undefined,
      sortOrder: row.sortOrder,
      contactPhone: columns.has('contactPhone') ? row.contactPhone : undefined,
      contactAddress: columns.has('contactAddress') ? row.contactAddress : undefined,
    });
    const parentId = row.parentCode === null ? null : (idOf.get(row.parentCode) ?? null);
    const isMove = parentId !== org.parentId;
    const isActive = row.status ?? org.isActive;
    const isStatusChange = isActive !== org.isActive;
    if (Object.keys(changes.after).length === 0 && !isMove && !isStatusChange) {
      result.unchanged++;
      continue;
    }
    const name = changes.after.name ?? org.name;
    if (Object.keys(changes.after).length > 0) {
      await updateOrgFields(trx, org.id, changes.after, now);
      if (changes.after.name !== undefined) await history(org.id, 'renamed', name, org.parentId);
    }
    if (isMove) {
      await setOrgParent(trx, org.id, parentId, now);
      await history(org.id, 'moved', name, parentId);
      moved = true;
    }
    if (isStatusChange) {
      await setOrgStatus(trx, org.id, { isActive, mergedIntoId: null }, now);
      await history(org.id, isActive ? 'reactivated' : 'deactivated', name, parentId);
    }
    result.updated++;
    audits.push({
      action: 'accounts.org.update',
      targetType: 'org',
      targetId: String(org.id),
      orgCode: org.code,
      summary: {
        via: 'import',
        row: row.row,
        before: changes.before,
        after: changes.after,
        ...(isMove ? { parentCode: row.parentCode } : {}),
        ...(isStatusChange ? { isActive } : {}),
      },
    });
  }
  if (moved) await recomputeOrgPaths(trx);
  // Audit last, just before commit: appending holds the log's lock until the transaction ends.
  for (const audit of audits) await recordAccountChange(trx, ctx, clock, audit);
  return result;
}
