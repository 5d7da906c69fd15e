/** Reading the catalog: one power, the search page's query, flow steps, history, statistics. */
import { sql, type Kysely } from 'kysely';
import type { PowerCategory, PowerLevel, PowerStatus, Responsibility } from './powers.model.ts';
import type { PowersTables } from './powers.tables.ts';

type Db = Kysely<PowersTables>;
const asDb = (db: Kysely<unknown>) => db as unknown as Db;

/** A catalog row as lists show it. */
export interface PowerSummary {
  id: number;
  code: string;
  category: PowerCategory;
  name: string;
  orgId: number;
  orgCode: string;
  orgName: string;
  orgNameEn: string;
  level: PowerLevel;
  status: PowerStatus;
  version: number;
}

/** A power's current version, whole. */
export interface Power extends PowerSummary {
  basis: string;
  laws: string[];
  orgPath: string;
  responsibilities: Responsibility[];
  accountability: string;
  supervisionPhone: string;
  note: string;
  updatedAt: Date;
}

export interface PowerFilter {
  /** Words in the name, code or legal basis. */
  q?: string;
  orgId?: number;
  category?: PowerCategory;
  /** Which statuses to include; by default the powers in force (active and delegated). */
  statuses?: readonly PowerStatus[];
}

const inForce: readonly PowerStatus[] = ['active', 'delegated'];

function baseQuery(db: Kysely<unknown>) {
  return asDb(db).selectFrom('powers as p').innerJoin('accountsOrgs as o', 'o.id', 'p.orgId');
}

const summaryColumns = [
  'p.id',
  'p.code',
  'p.category',
  'p.name',
  'p.orgId',
  'o.code as orgCode',
  'o.name as orgName',
  'o.nameEn as orgNameEn',
  'p.level',
  'p.status',
  'p.version',
] as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filtered(db: Kysely<unknown>, filter: PowerFilter) {
  let query = baseQuery(db).where('p.status', 'in', [...(filter.statuses ?? inForce)]);
  if (filter.orgId !== undefined) query = query.where('p.orgId', '=', filter.orgId);
  if (filter.category) query = query.where('p.category', '=', filter.category);
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('p.name', 'ilike', pattern),
        eb('p.code', 'ilike', pattern),
        eb('p.basis', 'ilike', pattern),
      ]),
    );
  }
  return query;
}

/** One page of the catalog, by code. */
export async function listPowers(
  db: Kysely<unknown>,
  filter: PowerFilter & { limit?: number; offset?: number } = {},
): Promise<PowerSummary[]> {
  const rows = await filtered(db, filter)
    .select(summaryColumns)
    .orderBy('p.code')
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0)
    .execute();
  return rows.map(numbered);
}

/** How many powers the filter matches. */
export async function countPowers(db: Kysely<unknown>, filter: PowerFilter = {}): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A page of the search and the number of all matches: the public catalog's query. A search is one
 * scan, the total riding on each row (`count(*) over ()`); only a page past the end needs a count.
 */
export async function searchPowers(
  db: Kysely<unknown>,
  filter: PowerFilter,
  page: number,
  pageSize: number,
): Promise<{ total: number; rows: PowerSummary[] }> {
  if (!filter.q?.trim() && filter.orgId === undefined && !filter.category) {
    // The whole catalog: a page read along the code index and a count beat one sort of it all.
    const [total, rows] = await Promise.all([
      countPowers(db, filter),
      listPowers(db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize }),
    ]);
    return { total, rows };
  }
  const found = await filtered(db, filter)
    .select([...summaryColumns, sql<number>`count(*) over ()`.as('total')])
    .orderBy('p.code')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const total = found[0] ? Number(found[0].total) : page > 1 ? await countPowers(db, filter) : 0;
  return { total, rows: found.map(({ total: _total, ...row }) => numbered(row)) };
}

function numbered<T extends { id: number; orgId: number; version: number }>(row: T): T {
  return { ...row, id: Number(row.id), orgId: Number(row.orgId), version: Number(row.version) };
}

/** The power with this code (any status), or undefined. */
export async function findPowerByCode(
  db: Kysely<unknown>,
  code: string,
): Promise<Power | undefined> {
  const row = await baseQuery(db)
    .select([
      ...summaryColumns,
      'p.basis',
      'p.laws',
      'o.path as orgPath',
      'p.responsibilities',
      'p.accountability',
      'p.supervisionPhone',
      'p.note',
      'p.updatedAt',
    ])
    .where('p.code', '=', code.trim().toUpperCase())
    .executeTakeFirst();
  return row ? numbered(row) : undefined;
}

/** Every power, whole, by code: the Excel export. */
export async function listPowersForExport(db: Kysely<unknown>): Promise<Power[]> {
  const rows = await baseQuery(db)
    .select([
      ...summaryColumns,
      'p.basis',
      'p.laws',
      'o.path as orgPath',
      'p.responsibilities',
      'p.accountability',
      'p.supervisionPhone',
      'p.note',
      'p.updatedAt',
    ])
    .orderBy('p.code')
    .execute();
  return rows.map(numbered);
}

export interface FlowStep {
  position: number;
  name: string;
  post: string;
  /** The step's limit in working days (行政许可法第82条), for the 环节超时 rule (RULES.md §4.4). */
  limitDays: number;
  isCheckpoint: boolean;
}

/** A power's flowchart, in order. */
export async function listFlowSteps(db: Kysely<unknown>, powerId: number): Promise<FlowStep[]> {
  return asDb(db)
    .selectFrom('powersFlowSteps')
    .select(['position', 'name', 'post', 'limitDays', 'isCheckpoint'])
    .where('powerId', '=', powerId)
    .orderBy('position')
    .execute();
}

export interface Adjustment {
  id: number;
  kind: 'add' | 'amend' | 'cancel' | 'delegate';
  documentNumber: string;
  adoptedOn: string;
  note: string;
  version: number;
}

/** A power's adjustments, newest first. */
export async function listAdjustments(db: Kysely<unknown>, powerId: number): Promise<Adjustment[]> {
  const rows = await asDb(db)
    .selectFrom('powersAdjustments')
    .select(['id', 'kind', 'documentNumber', 'adoptedOn', 'note', 'version'])
    .where('powerId', '=', powerId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export interface CatalogCount {
  orgId: number;
  orgCode: string;
  orgName: string;
  orgNameEn: string;
  category: PowerCategory;
  count: number;
}

/** Powers in force per org and category (the catalog's statistics), orgs in tree order. */
export async function countPowersByOrgAndCategory(db: Kysely<unknown>): Promise<CatalogCount[]> {
  const rows = await baseQuery(db)
    .select([
      'p.orgId',
      'o.code as orgCode',
      'o.name as orgName',
      'o.nameEn as orgNameEn',
      'p.category',
      (eb) => eb.fn.countAll<string>().as('count'),
    ])
    .where('p.status', 'in', [...inForce])
    .groupBy(['p.orgId', 'o.code', 'o.name', 'o.nameEn', 'o.sortOrder', 'p.category'])
    .orderBy('o.sortOrder')
    .orderBy('o.code')
    .execute();
  return rows.map((r) => ({ ...r, orgId: Number(r.orgId), count: Number(r.count) }));
}

export interface OrgOption {
  id: number;
  code: string;
  name: string;
  nameEn: string;
}

/** Orgs that implement at least one power in force: the catalog's org filter. */
export async function listOrgsWithPowers(db: Kysely<unknown>): Promise<OrgOption[]> {
  const rows = await asDb(db)
    .selectFrom('accountsOrgs as o')
    .select(['o.id', 'o.code', 'o.name', 'o.nameEn'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('powers as p')
          .select('p.id')
          .whereRef('p.orgId', '=', 'o.id')
          .where('p.status', 'in', [...inForce]),
      ),
    )
    .orderBy('o.sortOrder')
    .orderBy('o.code')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Active orgs a power may belong to (departments, townships, the government), tree order. */
export async function listImplementingOrgs(
  db: Kysely<unknown>,
): Promise<(OrgOption & { path: string })[]> {
  const rows = await asDb(db)
    .selectFrom('accountsOrgs')
    .select(['id', 'code', 'name', 'nameEn', 'path'])
    .where('isActive', '=', true)
    .where('kind', 'in', ['government', 'department', 'township'])
    .orderBy('sortOrder')
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export interface ImplementingOrg {
  id: number;
  code: string;
  name: string;
  path: string;
}

/**
 * The active org a power may belong to, by code or else by its full name (spreadsheets name
 * the 实施主体); 'ambiguous' when two active orgs share the name.
 */
export async function findImplementingOrg(
  db: Kysely<unknown>,
  codeOrName: string,
): Promise<ImplementingOrg | 'ambiguous' | undefined> {
  const value = codeOrName.trim();
  const rows = await asDb(db)
    .selectFrom('accountsOrgs')
    .select(['id', 'code', 'name', 'path'])
    .where('isActive', '=', true)
    .where('kind', 'in', ['government', 'department', 'township'])
    .where((eb) => eb.or([eb('code', '=', value), eb('name', '=', value)]))
    .execute();
  const byCode = rows.find((r) => r.code === value);
  if (byCode) return { ...byCode, id: Number(byCode.id) };
  if (rows.length > 1) return 'ambiguous';
  return rows[0] ? { ...rows[0], id: Number(rows[0].id) } : undefined;
}
