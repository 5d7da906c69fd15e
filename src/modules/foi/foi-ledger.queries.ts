/**
 * Reads of the ledger (登记/办理/归档台账): requests filtered and paged with their reply clock's
 * due date and light, one request for the staff page, its timeline, and the orgs to choose from.
 */
import type { Kysely } from 'kysely';
import type { LocalDate } from '../../platform/calendar/index.ts';
import type { AccountsTables } from '../accounts/index.ts';
import { clockLightSql, type ClockLight, type DeadlinesTables } from '../deadlines/index.ts';
import type { LedgerFilter } from './foi-ledger.schemas.ts';
import type { FoiTables } from './foi.tables.ts';

type Db = Kysely<FoiTables & DeadlinesTables & AccountsTables>;

export interface LedgerScope {
  /** Only requests of these orgs; every request when absent. */
  orgIds?: readonly number[];
}

/** Characters of a LIKE pattern taken literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The clock's light on `today`, as supervision counts it. */
const lightOn = (today: LocalDate) => clockLightSql(today, 'c');

function ledgerQuery(db: Kysely<unknown>, filter: LedgerFilter, scope: LedgerScope) {
  let query = (db as Db)
    .selectFrom('foiRequests as r')
    .innerJoin('deadlinesClocks as c', 'c.id', 'r.clockId')
    .innerJoin('accountsOrgs as o', 'o.id', 'r.orgId');
  // -1 matches no org: keeps `in (…)` valid when the list is empty.
  if (scope.orgIds) query = query.where('r.orgId', 'in', [...scope.orgIds, -1]);
  if (filter.state) query = query.where('r.state', '=', filter.state);
  if (filter.org) query = query.where('o.code', '=', filter.org);
  if (filter.from) query = query.where('r.receivedOn', '>=', filter.from);
  if (filter.to) query = query.where('r.receivedOn', '<=', filter.to);
  if (filter.applicantType) query = query.where('r.applicantType', '=', filter.applicantType);
  const { outcome, q } = filter;
  if (outcome) {
    query = query.where((eb) =>
      eb.or([eb('r.outcome', '=', outcome), eb('r.outcome', 'like', `${outcome}.%`)]),
    );
  }
  if (q) {
    const pattern = likePattern(q);
    query = query.where((eb) =>
      eb.or([
        eb('r.trackingNumber', 'ilike', pattern),
        eb('r.applicantName', 'ilike', pattern),
        eb('r.description', 'ilike', pattern),
      ]),
    );
  }
  return query;
}

export interface LedgerRow {
  trackingNumber: string;
  receivedOn: string;
  applicantType: string;
  applicantName: string;
  channel: string;
  orgName: string;
  orgNameEn: string;
  state: string;
  /** null while the clock is paused. */
  dueOn: string | null;
  basis: 'official' | 'provisional';
  clockState: 'running' | 'paused' | 'stopped';
  light: ClockLight | null;
  outcome: string | null;
  repliedOn: string | null;
  description: string;
  delivery: string;
  legalBasis: string;
  deliveredOn: string | null;
  archiveNumber: string;
}

function selectRows(db: Kysely<unknown>, filter: LedgerFilter, scope: LedgerScope, today: string) {
  return ledgerQuery(db, filter, scope)
    .select([
      'r.trackingNumber',
      'r.receivedOn',
      'r.applicantType',
      'r.applicantName',
      'r.channel',
      'o.name as orgName',
      'o.nameEn as orgNameEn',
      'r.state',
      'c.dueOn',
      'c.basis',
      'c.state as clockState',
      lightOn(today).as('light'),
      'r.outcome',
      'r.repliedOn',
      'r.description',
      'r.delivery',
      'r.legalBasis',
      'r.deliveredOn',
      'r.archiveNumber',
    ])
    .orderBy('r.receivedOn', 'desc')
    .orderBy('r.id', 'desc');
}

export const ledgerPageSize = 50;

/** One page of the ledger, newest first, and how many match. */
export async function listLedger(
  db: Kysely<unknown>,
  filter: LedgerFilter,
  scope: LedgerScope,
  today: LocalDate,
  page: number,
): Promise<{ rows: LedgerRow[]; total: number }> {
  const rows = await selectRows(db, filter, scope, today)
    .limit(ledgerPageSize)
    .offset((page - 1) * ledgerPageSize)
    .execute();
  const { count } = await ledgerQuery(db, filter, scope)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return { rows: rows as LedgerRow[], total: Number(count) };
}

/** Every matching row, in pages of 1,000 (at most 100,000), for the export. */
export async function* walkLedger(
  db: Kysely<unknown>,
  filter: LedgerFilter,
  scope: LedgerScope,
  today: LocalDate,
): AsyncGenerator<LedgerRow> {
  for (let offset = 0; offset < 100_000; offset += 1000) {
    const rows = await selectRows(db, filter, scope, today).limit(1000).offset(offset).execute();
    yield* rows as LedgerRow[];
    if (rows.length < 1000) return;
  }
}

/** One request as the staff page shows it, with its org's path for the access check. */
export function findStaffRequest(db: Kysely<unknown>, trackingNumber: string) {
  return (db as Db)
    .selectFrom('foiRequests as r')
    .innerJoin('accountsOrgs as o', 'o.id', 'r.orgId')
    .select([
      'r.id',
      'r.trackingNumber',
      'r.applicantType',
      'r.applicantName',
      'r.idType',
      'r.idNumber',
      'r.phone',
      'r.email',
      'r.address',
      'r.description',
      'r.documentNumber',
      'r.form',
      'r.delivery',
      'r.channel',
      'r.receivedOn',
      'r.clockId',
      'r.state',
      'r.outcome',
      'r.legalBasis',
      'r.replyText',
      'r.repliedOn',
      'r.deliveredOn',
      'r.archivedOn',
      'r.archiveNumber',
      'r.correctionNoticedOn',
      'r.consultationDueOn',
      'r.feeAmount',
      'r.feeDueOn',
      'o.id as orgId',
      'o.code as orgCode',
      'o.name as orgName',
      'o.nameEn as orgNameEn',
      'o.path as orgPath',
    ])
    .where('r.trackingNumber', '=', trackingNumber)
    .executeTakeFirst();
}

export type StaffRequestRow = NonNullable<Awaited<ReturnType<typeof findStaffRequest>>>;

/** The request's timeline, oldest first. */
export function listRequestEvents(db: Kysely<unknown>, requestId: number) {
  return (db as Db)
    .selectFrom('foiRequestEvents')
    .select(['id', 'kind', 'onDate', 'note', 'isPublic', 'actorName', 'at'])
    .where('requestId', '=', requestId)
    .orderBy('id')
    .execute();
}

export type RequestEventRow = Awaited<ReturnType<typeof listRequestEvents>>[number];

export interface OrgChoice {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  path: string;
  /** 0 for the orgs at the top of the list. */
  depth: number;
}

/** Active orgs under any of `paths` (all when absent), parents before children, by sort order. */
export async function listOrgChoices(
  db: Kysely<unknown>,
  paths?: readonly string[],
): Promise<OrgChoice[]> {
  if (paths && paths.length === 0) return [];
  let query = (db as Db)
    .selectFrom('accountsOrgs')
    .select(['id', 'code', 'name', 'nameEn', 'path', 'parentId', 'sortOrder'])
    .where('isActive', '=', true);
  if (paths) {
    query = query.where((eb) => eb.or(paths.map((p) => eb('path', 'like', `${p}%`))));
  }
  const orgs = await query.orderBy('sortOrder').orderBy('code').execute();
  const ids = new Set(orgs.map((o) => o.id));
  const ordered: OrgChoice[] = [];
  const visit = (parentId: number | null, depth: number) => {
    for (const org of orgs) {
      const isTop = org.parentId === null || !ids.has(org.parentId);
      if (parentId === null ? !isTop : org.parentId !== parentId) continue;
      ordered.push({ ...org, depth });
      visit(org.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
