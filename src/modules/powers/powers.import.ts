/**
 * Importing the catalog from a workbook: a new code adds a power (新增), a changed row makes a new
 * version by an adjustment (调整, or 取消/下放 when its status says so). Every row is checked
 * first; unless the user asks for the good rows only, nothing is saved while any problem remains.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import type { PowerSheet, PowerImportRow, RowProblem } from './powers.excel.ts';
import { powerSheetColumns } from './powers.excel.ts';
import {
  lawsCited,
  parseResponsibilities,
  statusNames,
  type Responsibility,
  type AdjustmentKind,
  type PowerStatus,
} from './powers.model.ts';
import { canChangeAnyPower, canChangePowersOf } from './powers.policy.ts';
import { listImplementingOrgs, listPowersForExport, type Power } from './powers.queries.ts';
import { rowOf, writeFlowSteps, writeVersion, type Decision } from './powers.service.ts';
import type { PowerContent, PowersTables } from './powers.tables.ts';
import { permitFlowTemplate } from './stage-templates.ts';

type Db = Kysely<PowersTables>;

export interface ImportOptions {
  /** Save the good rows and skip the bad ones (reported), instead of saving nothing. */
  goodRowsOnly: boolean;
  /** The decision the adjustments record (文号, date); the date defaults to today. */
  documentNumber: string;
  adoptedOn?: string;
}

export interface PowerImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** The problems of the rows skipped (goodRowsOnly). */
  skipped: RowProblem[];
}

/** Throws forbidden (not_allowed) unless the actor may change some power. */
export function ensureCanImportPowers(ctx: ActionContext): void {
  if (!canChangeAnyPower(ctx.actor)) {
    throw new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
  }
}

interface PlannedRow {
  row: PowerImportRow;
  content: PowerContent;
  current: Power | undefined;
}

type Org = Awaited<ReturnType<typeof listImplementingOrgs>>[number];

// The transitions an adjustment can make: 取消 and 下放 are final steps, never undone by a sheet.
const allowedStatus: Record<PowerStatus, PowerStatus[]> = {
  active: ['active', 'cancelled', 'delegated'],
  delegated: ['delegated', 'cancelled'],
  cancelled: ['cancelled'],
};

/** Every business problem of the rows against the catalog and the org tree (pure). */
export function planPowerImport(
  ctx: ActionContext,
  sheet: PowerSheet,
  existing: Power[],
  orgs: Org[],
): { rows: PlannedRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [...sheet.problems];
  const problem = (row: PowerImportRow, column: RowProblem['column'], key: string, vars = {}) =>
    problems.push({ row: row.row, column, problem: `powers.import.problem.${key}`, vars });
  const byCode = new Map(existing.map((p) => [p.code, p]));
  const firstRow = new Map<string, number>();
  const planned: PlannedRow[] = [];
  for (const row of sheet.rows) {
    const first = firstRow.get(row.code);
    if (first !== undefined) {
      problem(row, 'code', 'codeDuplicate', { first: String(first) });
      continue;
    }
    firstRow.set(row.code, row.row);
    const matches = orgs.filter((o) => o.code === row.org || o.name === row.org);
    const org =
      matches.find((o) => o.code === row.org) ?? (matches.length === 1 ? matches[0] : undefined);
    if (!org) {
      problem(row, 'org', matches.length > 1 ? 'orgAmbiguous' : 'orgUnknown', { value: row.org });
      continue;
    }
    const current = byCode.get(row.code);
    if (
      !canChangePowersOf(ctx.actor, org.path) ||
      (current && !canChangePowersOf(ctx.actor, current.orgPath))
    ) {
      problem(row, 'org', 'notAllowed', { value: row.org });
      continue;
    }
    if (current && !allowedStatus[current.status].includes(row.status)) {
      problem(row, 'status', 'statusChange', {
        from: statusNames[current.status],
        to: statusNames[row.status],
      });
      continue;
    }
    const responsibilities = parseResponsibilities(row.responsibilities);
    const content: PowerContent = {
      code: row.code,
      category: row.category,
      name: row.name,
      basis: row.basis,
      laws: lawsCited(row.basis),
      orgId: org.id,
      orgCode: org.code,
      orgName: org.name,
      level: row.status === 'delegated' ? 'township' : row.level,
      status: row.status,
      responsibilities,
      accountability: row.accountability,
      supervisionPhone: row.supervisionPhone,
      note: row.note,
    };
    if (current?.status === 'cancelled' && !sameContent(current, content)) {
      problem(row, 'status', 'cancelledLocked');
      continue;
    }
    planned.push({ row, content, current });
  }
  problems.sort((a, b) => a.row - b.row || columnIndex(a.column) - columnIndex(b.column));
  const bad = new Set(problems.map((p) => p.row));
  return { rows: planned.filter((p) => !bad.has(p.row.row)), problems };
}

function columnIndex(column: string): number {
  return powerSheetColumns.findIndex((c) => c.key === column);
}

// jsonb keeps an object's keys in its own order: compare the stages as pairs.
const pairs = (items: Responsibility[]) => JSON.stringify(items.map((r) => [r.stage, r.text]));

/** Is the row what the power already says? */
function sameContent(current: Power, content: PowerContent): boolean {
  return (
    current.category === content.category &&
    current.name === content.name &&
    current.basis === content.basis &&
    current.orgId === content.orgId &&
    current.level === content.level &&
    current.status === content.status &&
    pairs(current.responsibilities) === pairs(content.responsibilities) &&
    current.accountability === content.accountability &&
    current.supervisionPhone === content.supervisionPhone &&
    current.note === content.note
  );
}

function kindOf(current: Power, content: PowerContent): AdjustmentKind {
  if (content.status !== current.status)
    return content.status === 'cancelled' ? 'cancel' : 'delegate';
  return 'amend';
}

/**
 * Applies an uploaded sheet in one transaction. Errors: forbidden not_allowed; validation
 * power_import_invalid with `details.rows` (RowProblem[]) when any row is bad and goodRowsOnly
 * is off — then nothing is saved.
 */
export async function importPowers(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  sheet: PowerSheet,
  options: ImportOptions,
): Promise<PowerImportResult> {
  ensureCanImportPowers(ctx);
  return (db as Db).transaction().execute(async (trx) => {
    const [existing, orgs] = await Promise.all([
      listPowersForExport(trx as unknown as Kysely<unknown>),
      listImplementingOrgs(trx as unknown as Kysely<unknown>),
    ]);
    const plan = planPowerImport(ctx, sheet, existing, orgs);
    if (plan.problems.length > 0 && !options.goodRowsOnly) {
      const count = new Set(plan.problems.map((p) => p.row)).size;
      throw new AppError(
        'validation',
        'power_import_invalid',
        `导入文件有 ${count} 行需要修改，未保存任何内容 / ${count} row(s) to fix; nothing was saved`,
        {
          fields: [{ field: 'file', message: 'powers.import.rowsInvalid', vars: { count } }],
          rows: plan.problems,
        },
      );
    }
    const at = clock.now();
    const adoptedOn = options.adoptedOn ?? localDateOf(at);
    const result: PowerImportResult = {
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: plan.problems,
    };
    const audits: Parameters<typeof recordChange>[3][] = [];
    for (const { row, content, current } of plan.rows) {
      const decision = (kind: AdjustmentKind): Decision => ({
        kind,
        documentNumber: options.documentNumber,
        adoptedOn,
        note: `Excel 导入（第 ${row.row} 行）`,
      });
      if (!current) {
        const { id } = await trx
          .insertInto('powers')
          .values({
            code: content.code,
            ...rowOf(content),
            version: 1,
            createdAt: at,
            updatedAt: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await writeVersion(trx, at, id, 1, content, decision('add'));
        if (content.category === 'permit') await writeFlowSteps(trx, id, permitFlowTemplate());
        result.created++;
        audits.push(auditOf('powers.power.create', content, { via: 'import', row: row.row }));
        continue;
      }
      if (sameContent(current, content)) {
        result.unchanged++;
        continue;
      }
      const kind = kindOf(current, content);
      await writeVersion(trx, at, current.id, current.version + 1, content, decision(kind));
      result.updated++;
      audits.push(
        auditOf(`powers.power.${kind}`, content, {
          via: 'import',
          row: row.row,
          version: current.version + 1,
        }),
      );
    }
    // Audit last, just before commit: appending holds the log's lock until the transaction ends.
    for (const audit of audits)
      await recordChange(trx as unknown as Kysely<unknown>, ctx, at, audit);
    return result;
  });
}

function auditOf(action: string, content: PowerContent, summary: Record<string, unknown>) {
  return {
    action,
    targetType: 'power',
    targetId: content.code,
    orgCode: content.orgCode,
    summary: { ...summary, name: content.name },
  };
}
