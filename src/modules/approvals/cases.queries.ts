/**
 * Reads the case services need: the item as a case sees it (limits, materials, review
 * departments), orgs by id, a case (locked for a step), its materials, reviews and timeline.
 */
import type { Kysely } from 'kysely';
import type { AccountsTables } from '../accounts/index.ts';
import type { CasesTables } from './cases.tables.ts';
import type { ItemsTables, LimitUnit } from './items.tables.ts';

export type CasesDb = Kysely<CasesTables & ItemsTables & AccountsTables>;

export const casesDb = (db: Kysely<unknown> | Kysely<never>): CasesDb => db as unknown as CasesDb;

export interface CaseItem {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  orgId: number;
  orgCode: string;
  orgPath: string;
  statutoryDays: number;
  promisedDays: number;
  limitUnit: LimitUnit;
  online: boolean;
  status: 'active' | 'retired';
  materials: { id: number; name: string; isRequired: boolean; position: number }[];
  reviewOrgs: { orgId: number; orgCode: string; stepDays: number; position: number }[];
}

/** The item with its materials and joint-review departments, by id or code; undefined if none. */
export async function findCaseItem(
  db: Kysely<unknown>,
  key: { id: number } | { code: string },
): Promise<CaseItem | undefined> {
  const reader = casesDb(db);
  let query = reader
    .selectFrom('approvalsItems as i')
    .innerJoin('accountsOrgs as o', 'o.id', 'i.orgId')
    .select([
      'i.id',
      'i.code',
      'i.name',
      'i.nameEn',
      'i.orgId',
      'o.code as orgCode',
      'o.path as orgPath',
      'i.statutoryDays',
      'i.promisedDays',
      'i.limitUnit',
      'i.online',
      'i.status',
    ]);
  query = 'id' in key ? query.where('i.id', '=', key.id) : query.where('i.code', '=', key.code);
  const item = await query.executeTakeFirst();
  if (!item) return undefined;
  const materials = await reader
    .selectFrom('approvalsItemMaterials')
    .select(['id', 'name', 'isRequired', 'position'])
    .where('itemId', '=', item.id)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const reviewOrgs = await reader
    .selectFrom('approvalsItemReviewOrgs as r')
    .innerJoin('accountsOrgs as o', 'o.id', 'r.orgId')
    .select(['r.orgId', 'o.code as orgCode', 'r.stepDays', 'r.position'])
    .where('r.itemId', '=', item.id)
    .orderBy('r.position')
    .execute();
  return {
    ...item,
    id: Number(item.id),
    orgId: Number(item.orgId),
    materials: materials.map((m) => ({ ...m, id: Number(m.id) })),
    reviewOrgs: reviewOrgs.map((r) => ({ ...r, orgId: Number(r.orgId) })),
  };
}

export interface OrgRef {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  path: string;
}

export async function findOrg(
  db: Kysely<unknown>,
  key: { id: number } | { code: string },
): Promise<OrgRef | undefined> {
  const query = casesDb(db)
    .selectFrom('accountsOrgs')
    .select(['id', 'code', 'name', 'nameEn', 'path']);
  const row = await (
    'id' in key ? query.where('id', '=', key.id) : query.where('code', '=', key.code)
  ).executeTakeFirst();
  return row ? { ...row, id: Number(row.id) } : undefined;
}

export interface WindowRef {
  id: number;
  centerOrgId: number;
  number: string;
  name: string;
  nameEn: string;
  isActive: boolean;
}

export async function findWindow(db: Kysely<unknown>, id: number): Promise<WindowRef | undefined> {
  const row = await casesDb(db)
    .selectFrom('approvalsWindows')
    .select(['id', 'centerOrgId', 'number', 'name', 'nameEn', 'isActive'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { ...row, id: Number(row.id), centerOrgId: Number(row.centerOrgId) } : undefined;
}

/** Whether the window accepts the item. */
export async function windowTakesItem(
  db: Kysely<unknown>,
  windowId: number,
  itemId: number,
): Promise<boolean> {
  const row = await casesDb(db)
    .selectFrom('approvalsWindowItems')
    .select('itemId')
    .where('windowId', '=', windowId)
    .where('itemId', '=', itemId)
    .executeTakeFirst();
  return row !== undefined;
}

export const caseColumns = [
  'c.id',
  'c.trackingNumber',
  'c.accessCodeHash',
  'c.itemId',
  'c.orgId',
  'c.centerOrgId',
  'c.windowId',
  'c.channel',
  'c.applicantType',
  'c.applicantName',
  'c.idNumber',
  'c.phone',
  'c.address',
  'c.creditCode',
  'c.state',
  'c.clockId',
  'c.issueClockId',
  'c.isInstant',
  'c.isJoint',
  'c.promisedDays',
  'c.statutoryDays',
  'c.receivedOn',
  'c.noticedOn',
  'c.noticeText',
  'c.acceptedOn',
  'c.decision',
  'c.decisionReason',
  'c.decidedOn',
  'c.certificateNumber',
  'c.issuedOn',
  'c.completedOn',
  'c.closedOn',
  'c.closeReason',
  'c.legalBasis',
  'c.isDemo',
  'c.createdAt',
] as const;

/** A case row with the codes and paths access checks and checkpoints need. */
export async function findCase(db: Kysely<unknown>, trackingNumber: string, forUpdate = false) {
  let query = casesDb(db)
    .selectFrom('approvalsCases as c')
    .innerJoin('approvalsItems as i', 'i.id', 'c.itemId')
    .innerJoin('accountsOrgs as o', 'o.id', 'c.orgId')
    .innerJoin('accountsOrgs as center', 'center.id', 'c.centerOrgId')
    .select([
      ...caseColumns,
      'i.code as itemCode',
      'i.name as itemName',
      'i.nameEn as itemNameEn',
      'i.limitUnit',
      'o.code as orgCode',
      'o.path as orgPath',
      'o.name as orgName',
      'o.nameEn as orgNameEn',
      'center.code as centerCode',
      'center.path as centerPath',
      'center.name as centerName',
      'center.nameEn as centerNameEn',
    ])
    .where('c.trackingNumber', '=', trackingNumber.trim());
  if (forUpdate) query = query.forUpdate('c');
  const row = await query.executeTakeFirst();
  return row
    ? {
        ...row,
        id: Number(row.id),
        itemId: Number(row.itemId),
        orgId: Number(row.orgId),
        centerOrgId: Number(row.centerOrgId),
        windowId: row.windowId === null ? null : Number(row.windowId),
        clockId: row.clockId === null ? null : Number(row.clockId),
        issueClockId: row.issueClockId === null ? null : Number(row.issueClockId),
      }
    : undefined;
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export async function listCaseMaterials(db: Kysely<unknown>, caseId: number) {
  return casesDb(db)
    .selectFrom('approvalsCaseMaterials as m')
    .innerJoin('approvalsItemMaterials as im', 'im.id', 'm.materialId')
    .select(['m.materialId', 'm.name', 'm.isRequired', 'm.provided', 'im.position'])
    .where('m.caseId', '=', caseId)
    .orderBy('im.position')
    .orderBy('m.materialId')
    .execute();
}

export async function listCaseReviews(db: Kysely<unknown>, caseId: number) {
  const rows = await casesDb(db)
    .selectFrom('approvalsCaseReviews as r')
    .innerJoin('accountsOrgs as o', 'o.id', 'r.orgId')
    .select([
      'r.id',
      'r.orgId',
      'o.code as orgCode',
      'o.path as orgPath',
      'o.name as orgName',
      'o.nameEn as orgNameEn',
      'r.position',
      'r.stepDays',
      'r.clockId',
      'r.state',
      'r.opinion',
      'r.reviewerName',
      'r.startedOn',
      'r.finishedOn',
    ])
    .where('r.caseId', '=', caseId)
    .orderBy('r.position')
    .execute();
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    orgId: Number(r.orgId),
    clockId: Number(r.clockId),
  }));
}
export type CaseReviewRow = Awaited<ReturnType<typeof listCaseReviews>>[number];

export async function listCaseEvents(db: Kysely<unknown>, caseId: number, publicOnly = false) {
  let query = casesDb(db)
    .selectFrom('approvalsCaseEvents')
    .select(['id', 'kind', 'onDate', 'note', 'isPublic', 'actorName'])
    .where('caseId', '=', caseId);
  if (publicOnly) query = query.where('isPublic', '=', true);
  return query.orderBy('id').execute();
}
export type CaseEventRow = Awaited<ReturnType<typeof listCaseEvents>>[number];
