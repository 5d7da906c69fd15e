/** Kysely functions over the warning tables; the handle (or transaction) first. */
import { sql, type Kysely } from 'kysely';
import type { AccountsTables } from '../accounts/index.ts';
import type { SupervisionTables } from './supervision.tables.ts';
import type { RaisedWarning, Severity, WarningRule, WarningStage } from './warnings.model.ts';
import type { WarningsTables } from './warnings.tables.ts';

export type WarningsDb = Kysely<WarningsTables & SupervisionTables & AccountsTables>;

export function warningsDb(db: Kysely<unknown>): WarningsDb {
  return db as unknown as WarningsDb;
}

export interface InsertedWarning {
  id: number;
  supervisedId: number;
  orgId: number;
  rule: WarningRule;
  severity: Severity;
}

/**
 * Inserts the warnings not raised before (the unique index on matter, rule and checkpoint makes a
 * re-run a no-op) with their 'open' action; returns only the new ones.
 */
export async function insertWarnings(
  db: WarningsDb,
  warnings: readonly RaisedWarning[],
  raisedOn: string,
  at: Date,
): Promise<InsertedWarning[]> {
  if (warnings.length === 0) return [];
  const inserted = await db
    .insertInto('supervisionWarnings')
    .values(
      warnings.map((w) => ({
        supervisedId: w.supervisedId,
        orgId: w.orgId,
        rule: w.rule,
        severity: w.severity,
        detail: JSON.stringify(w.detail),
        checkpointId: w.checkpointId,
        raisedOn: w.raisedOn ?? raisedOn,
        createdAt: at,
        updatedAt: at,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning(['id', 'supervisedId', 'orgId', 'rule', 'severity'])
    .execute();
  const rows = inserted.map((r) => ({
    ...r,
    id: Number(r.id),
    supervisedId: Number(r.supervisedId),
    orgId: Number(r.orgId),
  }));
  if (rows.length > 0) {
    await db
      .insertInto('supervisionWarningActions')
      .values(
        rows.map((r) => ({
          warningId: r.id,
          stage: 'open' as const,
          note: '',
          actorName: 'system',
          actorId: null,
          at,
          dueOn: null,
        })),
      )
      .execute();
  }
  return rows;
}

export interface WarningFilter {
  stage?: WarningStage;
  rule?: WarningRule;
  orgCode?: string;
  severity?: Severity;
  /** Only warnings of orgs under these paths; all when absent. */
  orgPaths?: readonly string[];
}

export interface WarningListRow {
  id: number;
  supervisedId: number;
  rule: WarningRule;
  severity: Severity;
  stage: WarningStage;
  raisedOn: string;
  orgCode: string;
  orgName: string;
  matterType: string;
  matterId: string;
  updatedAt: Date;
}

function listSelect(db: WarningsDb) {
  return db
    .selectFrom('supervisionWarnings as w')
    .innerJoin('accountsOrgs as o', 'o.id', 'w.orgId')
    .innerJoin('supervisionMatters as m', 'm.id', 'w.supervisedId');
}

function filtered(db: WarningsDb, filter: WarningFilter) {
  let query = listSelect(db);
  if (filter.stage) query = query.where('w.stage', '=', filter.stage);
  if (filter.rule) query = query.where('w.rule', '=', filter.rule);
  if (filter.severity) query = query.where('w.severity', '=', filter.severity);
  if (filter.orgCode) query = query.where('o.code', '=', filter.orgCode);
  if (filter.orgPaths) {
    const paths = filter.orgPaths;
    if (paths.length === 0) return query.where(sql<boolean>`false`);
    query = query.where((eb) => eb.or(paths.map((p) => eb('o.path', 'like', `${p}%`))));
  }
  return query;
}

/** A page of warnings, newest first, and the total of the filter. */
export async function listWarnings(
  db: WarningsDb,
  filter: WarningFilter,
  page: number,
  pageSize: number,
): Promise<{ rows: WarningListRow[]; total: number }> {
  const count = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, filter)
    .select([
      'w.id',
      'w.supervisedId',
      'w.rule',
      'w.severity',
      'w.stage',
      'w.raisedOn',
      'o.code as orgCode',
      'o.name as orgName',
      'm.matterType',
      'm.matterId',
      'w.updatedAt',
    ])
    .orderBy('w.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    total: Number(count.total),
    rows: rows.map((r) => ({ ...r, id: Number(r.id), supervisedId: Number(r.supervisedId) })),
  };
}

export interface WarningRow extends WarningListRow {
  orgId: number;
  orgPath: string;
  orgPhone: string;
  detail: Record<string, unknown>;
  checkpointId: number | null;
  orderClockId: number | null;
}

/** One warning with its org and matter, optionally locked for a ladder step. */
export async function findWarning(
  db: WarningsDb,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<WarningRow | undefined> {
  let query = listSelect(db)
    .select([
      'w.id',
      'w.supervisedId',
      'w.rule',
      'w.severity',
      'w.stage',
      'w.raisedOn',
      'o.code as orgCode',
      'o.name as orgName',
      'm.matterType',
      'm.matterId',
      'w.updatedAt',
      'w.orgId',
      'o.path as orgPath',
      'o.contactPhone as orgPhone',
      'w.detail',
      'w.checkpointId',
      'w.orderClockId',
    ])
    .where('w.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('w');
  const row = await query.executeTakeFirst();
  return (
    row && {
      ...row,
      id: Number(row.id),
      supervisedId: Number(row.supervisedId),
      orgId: Number(row.orgId),
      checkpointId: row.checkpointId === null ? null : Number(row.checkpointId),
      orderClockId: row.orderClockId === null ? null : Number(row.orderClockId),
    }
  );
}

export interface WarningActionRow {
  id: number;
  stage: WarningStage;
  note: string;
  actorName: string;
  at: Date;
  dueOn: string | null;
}

export async function listWarningActions(
  db: WarningsDb,
  warningId: number,
): Promise<WarningActionRow[]> {
  const rows = await db
    .selectFrom('supervisionWarningActions')
    .select(['id', 'stage', 'note', 'actorName', 'at', 'dueOn'])
    .where('warningId', '=', warningId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Moves a warning to `stage` and appends the action. */
export async function recordStep(
  db: WarningsDb,
  warningId: number,
  step: {
    stage: WarningStage;
    note: string;
    actorName: string;
    actorId: number | null;
    at: Date;
    dueOn: string | null;
    orderClockId?: number;
  },
): Promise<void> {
  await db
    .updateTable('supervisionWarnings')
    .set({
      stage: step.stage,
      updatedAt: step.at,
      ...(step.orderClockId !== undefined ? { orderClockId: step.orderClockId } : {}),
    })
    .where('id', '=', warningId)
    .execute();
  await db
    .insertInto('supervisionWarningActions')
    .values({
      warningId,
      stage: step.stage,
      note: step.note,
      actorName: step.actorName,
      actorId: step.actorId,
      at: step.at,
      dueOn: step.dueOn,
    })
    .execute();
}

/** What a notification names: the matter and the org's contact phone, per warning id. */
export async function warningsForNotice(
  db: WarningsDb,
  ids: readonly number[],
): Promise<
  {
    id: number;
    orgId: number;
    orgPhone: string;
    rule: WarningRule;
    matterType: string;
    matterId: string;
  }[]
> {
  if (ids.length === 0) return [];
  const rows = await listSelect(db)
    .select([
      'w.id',
      'w.orgId',
      'o.contactPhone as orgPhone',
      'w.rule',
      'm.matterType',
      'm.matterId',
    ])
    .where('w.id', 'in', [...ids])
    .orderBy('w.id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), orgId: Number(r.orgId) }));
}
