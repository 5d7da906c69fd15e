import type { Kysely, Transaction } from 'kysely';
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
