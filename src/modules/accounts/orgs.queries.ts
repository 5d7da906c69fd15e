import { sql, type Kysely, type Transaction } from 'kysely';
import type { AccountsTables, OrgKind } from './accounts.tables.ts';

type Db = Kysely<AccountsTables> | Transaction<AccountsTables>;

const orgColumns = [
  'id',
  'code',
  'name',
  'nameEn',
  'kind',
  'parentId',
  'path',
  'sortOrder',
  'creditCode',
  'contactPhone',
  'contactAddress',
  'isActive',
  'mergedIntoId',
] as const;

export interface OrgSummary {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  kind: OrgKind;
  parentId: number | null;
  path: string;
  sortOrder: number;
  creditCode: string;
  contactPhone: string;
  contactAddress: string;
  isActive: boolean;
  /** Set when the org was merged into another (it is then inactive). */
  mergedIntoId: number | null;
}

export function findOrgByCode(db: Db, code: string): Promise<OrgSummary | undefined> {
  return db
    .selectFrom('accountsOrgs')
    .select(orgColumns)
    .where('code', '=', code)
    .executeTakeFirst();
}

export function findOrgById(db: Db, id: number): Promise<OrgSummary | undefined> {
  return db.selectFrom('accountsOrgs').select(orgColumns).where('id', '=', id).executeTakeFirst();
}

/** The whole tree in display order: parents before children, siblings by sort order then code. */
export function listOrgs(
  db: Db,
  options: { includeInactive?: boolean } = {},
): Promise<OrgSummary[]> {
  let query = db.selectFrom('accountsOrgs').select(orgColumns);
  if (!options.includeInactive) query = query.where('isActive', '=', true);
  return query.orderBy('path').orderBy('sortOrder').orderBy('code').execute();
}

export interface NewOrg {
  code: string;
  name: string;
  nameEn?: string;
  kind: OrgKind;
  parentId: number | null;
  sortOrder?: number;
  creditCode?: string;
  contactPhone?: string;
  contactAddress?: string;
  isDemo?: boolean;
}

/** Inserts an org and sets its materialised path from its parent's. */
export async function insertOrg(db: Db, org: NewOrg, parentPath: string): Promise<OrgSummary> {
  const { id } = await db
    .insertInto('accountsOrgs')
    .values({ ...org, path: '' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('accountsOrgs')
    .set({ path: `${parentPath}${id}/` })
    .where('id', '=', id)
    .execute();
  return (await findOrgById(db, id))!;
}

export async function insertOrgHistory(
  db: Db,
  entry: {
    orgId: number;
    change: 'created' | 'renamed' | 'moved' | 'deactivated' | 'reactivated' | 'merged';
    name: string;
    parentId: number | null;
    effectiveOn: string;
    documentNumber?: string;
  },
): Promise<void> {
  await db.insertInto('accountsOrgHistory').values(entry).execute();
}

export type OrgChange = 'created' | 'renamed' | 'moved' | 'deactivated' | 'reactivated' | 'merged';

export interface OrgHistoryEntry {
  id: number;
  change: OrgChange;
  name: string;
  parentCode: string | null;
  parentName: string | null;
  effectiveOn: string;
  documentNumber: string;
}

/** An org's history, oldest first by the date each change took effect. */
export function listOrgHistory(db: Db, orgId: number): Promise<OrgHistoryEntry[]> {
  return db
    .selectFrom('accountsOrgHistory as h')
    .leftJoin('accountsOrgs as p', 'p.id', 'h.parentId')
    .select([
      'h.id',
      'h.change',
      'h.name',
      'p.code as parentCode',
      'p.name as parentName',
      'h.effectiveOn',
      'h.documentNumber',
    ])
    .where('h.orgId', '=', orgId)
    .orderBy('h.effectiveOn')
    .orderBy('h.id')
    .execute();
}

export interface OrgFields {
  name?: string;
  nameEn?: string;
  kind?: OrgKind;
  sortOrder?: number;
  contactPhone?: string;
  contactAddress?: string;
}

export async function updateOrgFields(
  db: Db,
  id: number,
  fields: OrgFields,
  now: Date,
): Promise<void> {
  await db
    .updateTable('accountsOrgs')
    .set({ ...fields, updatedAt: now })
    .where('id', '=', id)
    .execute();
}

export async function setOrgStatus(
  db: Db,
  id: number,
  status: { isActive: boolean; mergedIntoId: number | null },
  now: Date,
): Promise<void> {
  await db
    .updateTable('accountsOrgs')
    .set({ ...status, updatedAt: now })
    .where('id', '=', id)
    .execute();
}

export async function countActiveChildren(db: Db, id: number): Promise<number> {
  const { count } = await db
    .selectFrom('accountsOrgs')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('parentId', '=', id)
    .where('isActive', '=', true)
    .executeTakeFirstOrThrow();
  return Number(count);
}

/**
 * Rewrites the materialised path of an org and its whole subtree after a move: every path that
 * starts with the old one gets the new prefix, in one statement (a grant on the new parent then
 * covers them all).
 */
export function rewriteSubtreePaths(db: Db, oldPath: string, newPath: string, now: Date) {
  return db
    .updateTable('accountsOrgs')
    .set({
      path: sql<string>`${newPath} || substr(path, length(${oldPath}) + 1)`,
      updatedAt: now,
    })
    .where('path', 'like', `${oldPath}%`);
}

export async function setOrgParent(db: Db, id: number, parentId: number | null, now: Date) {
  await db
    .updateTable('accountsOrgs')
    .set({ parentId, updatedAt: now })
    .where('id', '=', id)
    .execute();
}

/**
 * Recomputes every org's path from the parent links (after an import that may move many orgs at
 * once, in any order); only rows whose path changes are written.
 */
export async function recomputeOrgPaths(db: Db): Promise<void> {
  await sql`
    with recursive tree (id, path) as (
      select id, '/' || id || '/' from accounts_orgs where parent_id is null
      union all
      select o.id, tree.path || o.id || '/'
      from accounts_orgs o join tree on o.parent_id = tree.id
    )
    update accounts_orgs set path = tree.path
    from tree
    where accounts_orgs.id = tree.id and accounts_orgs.path <> tree.path`.execute(db);
}
