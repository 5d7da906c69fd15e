/** Kysely functions over the item tables; the database handle (or transaction) first. */
import { sql, type Kysely } from 'kysely';
import type { AccountsTables } from '../accounts/index.ts';
import type { ItemContent } from './items.model.ts';
import type { ItemsTables, MaterialForm } from './items.tables.ts';

export type ItemsDb = Kysely<ItemsTables & AccountsTables>;

/** The item tables seen through an untyped handle (the app's deps carry `Kysely<unknown>`). */
export function itemsDb(db: Kysely<unknown>): ItemsDb {
  return db as unknown as ItemsDb;
}

export interface ItemRow {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  orgId: number;
  orgCode: string;
  orgName: string;
  orgPath: string;
  basis: string;
  conditions: string;
  place: string;
  hours: string;
  phone: string;
  flow: string;
  feeFen: number;
  feeBasis: string;
  statutoryDays: number;
  promisedDays: number;
  online: boolean;
  status: 'active' | 'retired';
  version: number;
  updatedAt: Date;
}

function itemSelect(db: ItemsDb) {
  return db
    .selectFrom('approvalsItems as i')
    .innerJoin('accountsOrgs as o', 'o.id', 'i.orgId')
    .select([
      'i.id',
      'i.code',
      'i.name',
      'i.nameEn',
      'i.orgId',
      'o.code as orgCode',
      'o.name as orgName',
      'o.path as orgPath',
      'i.basis',
      'i.conditions',
      'i.place',
      'i.hours',
      'i.phone',
      'i.flow',
      'i.feeFen',
      'i.feeBasis',
      'i.statutoryDays',
      'i.promisedDays',
      'i.online',
      'i.status',
      'i.version',
      'i.updatedAt',
    ]);
}

function normalize<R extends { feeFen: unknown }>(row: R): R & { feeFen: number } {
  return { ...row, feeFen: Number(row.feeFen) };
}

export async function findItemRow(db: ItemsDb, code: string): Promise<ItemRow | undefined> {
  const row = await itemSelect(db).where('i.code', '=', code).executeTakeFirst();
  return row && normalize(row);
}

export async function findItemRowById(db: ItemsDb, id: number): Promise<ItemRow | undefined> {
  const row = await itemSelect(db).where('i.id', '=', id).executeTakeFirst();
  return row && normalize(row);
}

export interface ItemListFilter {
  q?: string;
  orgCode?: string;
  kind?: 'instant' | 'promised' | 'joint';
  status?: 'active' | 'retired' | 'all';
  /** Only items of orgs under these paths (staff scope); undefined = all. */
  orgPaths?: string[];
}

export interface ItemListRow extends ItemRow {
  reviewOrgCount: number;
}

export const itemPageSize = 20;

/** A page of items by org order then code, with the number of joint-review departments. */
export async function listItemRows(
  db: ItemsDb,
  filter: ItemListFilter,
  page: number,
  pageSize = itemPageSize,
): Promise<{ rows: ItemListRow[]; total: number }> {
  const reviewCount = sql<number>`(select count(*)::int from approvals_item_review_orgs r where r.item_id = i.id)`;
  let query = itemSelect(db);
  const status = filter.status ?? 'active';
  if (status !== 'all') query = query.where('i.status', '=', status);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('i.name', 'ilike', like), eb('i.code', 'ilike', like)]));
  }
  if (filter.orgCode) query = query.where('o.code', '=', filter.orgCode);
  if (filter.kind === 'joint') query = query.where(reviewCount, '>', 0);
  if (filter.kind === 'instant') {
    query = query.where('i.promisedDays', '=', 0).where(reviewCount, '=', 0);
  }
  if (filter.kind === 'promised') {
    query = query.where('i.promisedDays', '>', 0).where(reviewCount, '=', 0);
  }
  if (filter.orgPaths) {
    const paths = filter.orgPaths;
    if (paths.length === 0) return { rows: [], total: 0 };
    query = query.where((eb) => eb.or(paths.map((p) => eb('o.path', 'like', `${p}%`))));
  }
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .select(reviewCount.as('reviewOrgCount'))
    .orderBy('o.sortOrder')
    .orderBy('i.code')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows: rows.map(normalize), total: Number(counted.n) };
}

export interface MaterialRow {
  id: number;
  position: number;
  name: string;
  form: MaterialForm;
  copies: number;
  isRequired: boolean;
  templateFileId: number | null;
  note: string;
}

export function listMaterials(db: ItemsDb, itemId: number): Promise<MaterialRow[]> {
  return db
    .selectFrom('approvalsItemMaterials')
    .select(['id', 'position', 'name', 'form', 'copies', 'isRequired', 'templateFileId', 'note'])
    .where('itemId', '=', itemId)
    .orderBy('position')
    .execute();
}

export interface ReviewOrgRow {
  orgId: number;
  orgCode: string;
  orgName: string;
  stepDays: number;
  position: number;
}

export function listReviewOrgs(db: ItemsDb, itemId: number): Promise<ReviewOrgRow[]> {
  return db
    .selectFrom('approvalsItemReviewOrgs as r')
    .innerJoin('accountsOrgs as o', 'o.id', 'r.orgId')
    .select(['r.orgId', 'o.code as orgCode', 'o.name as orgName', 'r.stepDays', 'r.position'])
    .where('r.itemId', '=', itemId)
    .orderBy('r.position')
    .execute();
}

export async function listPowerIds(db: ItemsDb, itemId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('approvalsItemPowers')
    .select('powerId')
    .where('itemId', '=', itemId)
    .orderBy('powerId')
    .execute();
  return rows.map((r) => Number(r.powerId));
}

/** The item's materials, review departments and powers replaced by the given ones. */
export async function replaceItemParts(
  db: ItemsDb,
  itemId: number,
  parts: {
    materials: Omit<MaterialRow, 'id' | 'position'>[];
    reviewOrgs: { orgId: number; stepDays: number }[];
    powerIds: number[];
  },
): Promise<void> {
  await db.deleteFrom('approvalsItemMaterials').where('itemId', '=', itemId).execute();
  await db.deleteFrom('approvalsItemReviewOrgs').where('itemId', '=', itemId).execute();
  await db.deleteFrom('approvalsItemPowers').where('itemId', '=', itemId).execute();
  if (parts.materials.length > 0) {
    await db
      .insertInto('approvalsItemMaterials')
      .values(parts.materials.map((m, position) => ({ ...m, itemId, position })))
      .execute();
  }
  if (parts.reviewOrgs.length > 0) {
    await db
      .insertInto('approvalsItemReviewOrgs')
      .values(parts.reviewOrgs.map((r, position) => ({ ...r, itemId, position })))
      .execute();
  }
  if (parts.powerIds.length > 0) {
    await db
      .insertInto('approvalsItemPowers')
      .values([...new Set(parts.powerIds)].map((powerId) => ({ itemId, powerId })))
      .execute();
  }
}

export async function insertVersion(
  db: ItemsDb,
  row: {
    itemId: number;
    version: number;
    content: ItemContent;
    note: string;
    changedBy: string;
    changedAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('approvalsItemVersions')
    .values({ ...row, content: JSON.stringify(row.content) })
    .execute();
}

export interface VersionRow {
  version: number;
  content: ItemContent;
  note: string;
  changedBy: string;
  changedAt: Date;
}

export async function listVersions(db: ItemsDb, itemId: number): Promise<VersionRow[]> {
  const rows = await db
    .selectFrom('approvalsItemVersions')
    .select(['version', 'content', 'note', 'changedBy', 'changedAt'])
    .where('itemId', '=', itemId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, content: r.content as unknown as ItemContent }));
}

export interface OrgRef {
  id: number;
  code: string;
  name: string;
  path: string;
  kind: string;
}

/** Active orgs by code (departments, townships, centers), for choices and checks. */
export function listActiveOrgs(db: ItemsDb, kinds?: string[]): Promise<OrgRef[]> {
  let query = db
    .selectFrom('accountsOrgs')
    .select(['id', 'code', 'name', 'path', 'kind'])
    .where('isActive', '=', true);
  if (kinds) query = query.where('kind', 'in', kinds as never[]);
  return query.orderBy('path').orderBy('sortOrder').orderBy('code').execute();
}

/** The departments that have active items, for the guides' filter. */
export function listItemOrgs(db: ItemsDb): Promise<{ code: string; name: string }[]> {
  return db
    .selectFrom('accountsOrgs as o')
    .select(['o.code', 'o.name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('approvalsItems as i')
          .select('i.id')
          .whereRef('i.orgId', '=', 'o.id')
          .where('i.status', '=', 'active'),
      ),
    )
    .orderBy('o.sortOrder')
    .orderBy('o.code')
    .execute();
}
