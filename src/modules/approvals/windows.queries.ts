/** Kysely functions over the windows of service centers (approvals_windows and its links). */
import type { ItemsDb } from './items.queries.ts';

export interface WindowRow {
  id: number;
  centerOrgId: number;
  centerCode: string;
  centerName: string;
  centerPath: string;
  number: string;
  name: string;
  nameEn: string;
  isActive: boolean;
}

function windowSelect(db: ItemsDb) {
  return db
    .selectFrom('approvalsWindows as w')
    .innerJoin('accountsOrgs as c', 'c.id', 'w.centerOrgId')
    .select([
      'w.id',
      'w.centerOrgId',
      'c.code as centerCode',
      'c.name as centerName',
      'c.path as centerPath',
      'w.number',
      'w.name',
      'w.nameEn',
      'w.isActive',
    ]);
}

export function findWindowRow(db: ItemsDb, id: number): Promise<WindowRow | undefined> {
  return windowSelect(db).where('w.id', '=', id).executeTakeFirst();
}

/** Windows of centers, by center then number (numbers compared as numbers where they are). */
export function listWindowRows(
  db: ItemsDb,
  filter: { centerOrgIds?: number[]; activeOnly?: boolean } = {},
): Promise<WindowRow[]> {
  let query = windowSelect(db);
  if (filter.centerOrgIds) {
    if (filter.centerOrgIds.length === 0) return Promise.resolve([]);
    query = query.where('w.centerOrgId', 'in', filter.centerOrgIds);
  }
  if (filter.activeOnly) query = query.where('w.isActive', '=', true);
  return query
    .orderBy('c.path')
    .orderBy('c.sortOrder')
    .orderBy((eb) => eb.fn('length', ['w.number']))
    .orderBy('w.number')
    .execute();
}

export interface WindowOrgRow {
  windowId: number;
  orgId: number;
  orgCode: string;
  orgName: string;
}

export function listWindowOrgs(db: ItemsDb, windowIds: number[]): Promise<WindowOrgRow[]> {
  if (windowIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('approvalsWindowOrgs as wo')
    .innerJoin('accountsOrgs as o', 'o.id', 'wo.orgId')
    .select(['wo.windowId', 'wo.orgId', 'o.code as orgCode', 'o.name as orgName'])
    .where('wo.windowId', 'in', windowIds)
    .orderBy('o.sortOrder')
    .orderBy('o.code')
    .execute();
}

export interface WindowItemRow {
  windowId: number;
  itemId: number;
  code: string;
  name: string;
  orgId: number;
  orgCode: string;
  orgName: string;
  statutoryDays: number;
  promisedDays: number;
  status: 'active' | 'retired';
}

/** Items accepted at the windows (all of them, or the active ones only). */
export function listWindowItems(
  db: ItemsDb,
  windowIds: number[],
  activeOnly = true,
): Promise<WindowItemRow[]> {
  if (windowIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('approvalsWindowItems as wi')
    .innerJoin('approvalsItems as i', 'i.id', 'wi.itemId')
    .innerJoin('accountsOrgs as o', 'o.id', 'i.orgId')
    .select([
      'wi.windowId',
      'wi.itemId',
      'i.code',
      'i.name',
      'i.orgId',
      'o.code as orgCode',
      'o.name as orgName',
      'i.statutoryDays',
      'i.promisedDays',
      'i.status',
    ])
    .where('wi.windowId', 'in', windowIds);
  if (activeOnly) query = query.where('i.status', '=', 'active');
  return query.orderBy('o.sortOrder').orderBy('i.code').execute();
}

/** The windows (with their centers) that accept an item. */
export function listWindowsOfItem(db: ItemsDb, itemId: number): Promise<WindowRow[]> {
  return windowSelect(db)
    .innerJoin('approvalsWindowItems as wi', 'wi.windowId', 'w.id')
    .where('wi.itemId', '=', itemId)
    .where('w.isActive', '=', true)
    .orderBy('c.path')
    .orderBy('w.number')
    .execute();
}

/** The window's resident departments and accepted items replaced by the given ones. */
export async function replaceWindowLinks(
  db: ItemsDb,
  windowId: number,
  orgIds: number[],
  itemIds: number[],
): Promise<void> {
  await db.deleteFrom('approvalsWindowOrgs').where('windowId', '=', windowId).execute();
  await db.deleteFrom('approvalsWindowItems').where('windowId', '=', windowId).execute();
  if (orgIds.length > 0) {
    await db
      .insertInto('approvalsWindowOrgs')
      .values([...new Set(orgIds)].map((orgId) => ({ windowId, orgId })))
      .execute();
  }
  if (itemIds.length > 0) {
    await db
      .insertInto('approvalsWindowItems')
      .values([...new Set(itemIds)].map((itemId) => ({ windowId, itemId })))
      .execute();
  }
}
