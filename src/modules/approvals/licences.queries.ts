/**
 * Reads of `approvals_licences` and `approvals_registrations` (the database handle first; explicit
 * columns): a licence by code, codes already issued, and the staff's list of registrations.
 */
import { sql, type Kysely } from 'kysely';
import type { AccountsTables } from '../accounts/index.ts';
import type { CaseState } from './cases.model.ts';
import { combinedRegistrationItemCode, type LicenceKind } from './licences.model.ts';
import type { LicencesTables } from './licences.tables.ts';

type Reader = Kysely<LicencesTables & Pick<AccountsTables, 'accountsOrgs'>>;

const licenceColumns = [
  'l.id',
  'l.creditCode',
  'l.name',
  'l.kind',
  'l.legalRepresentative',
  'l.legalRepresentativeIdNumber',
  'l.registeredCapitalFen',
  'l.address',
  'l.businessScope',
  'l.contactPhone',
  'l.establishedOn',
  'l.issuedOn',
  'l.issuingOrgId',
  'l.centerOrgId',
  'l.caseId',
  'l.status',
] as const;

/** A licence with its issuing authority's name and path (for the access check), or undefined. */
export async function findLicenceByCode(db: Kysely<unknown>, creditCode: string) {
  return (db as unknown as Reader)
    .selectFrom('approvalsLicences as l')
    .innerJoin('accountsOrgs as o', 'o.id', 'l.issuingOrgId')
    .leftJoin('accountsOrgs as c', 'c.id', 'l.centerOrgId')
    .select([...licenceColumns, 'o.name as issuingOrgName', 'o.path as issuingOrgPath'])
    .select(['c.path as centerOrgPath'])
    .where('l.creditCode', '=', creditCode)
    .executeTakeFirst();
}

export type LicenceRecord = NonNullable<Awaited<ReturnType<typeof findLicenceByCode>>>;

/** Which of `codes` are already on a licence here. */
export async function issuedAmong(db: Kysely<unknown>, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await (db as unknown as Reader)
    .selectFrom('approvalsLicences')
    .select('creditCode')
    .where('creditCode', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.creditCode));
}

/**
 * The registration list's status: a licence's own status once issued; before that, `pending`
 * while its case is open and `closed` when the case ended without a licence.
 */
export const registrationStatuses = [
  'pending',
  'closed',
  'active',
  'revoked',
  'deregistered',
] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export interface RegistrationListFilter {
  status?: RegistrationStatus;
  /** Part of the name, the credit code or the tracking number. */
  q?: string;
}

/** Org path prefixes the actor reads registrations under; undefined = the whole county. */
export type RegistrationScope = string[] | undefined;

export interface RegistrationListRow {
  trackingNumber: string | null;
  name: string;
  kind: LicenceKind;
  caseState: CaseState | null;
  status: RegistrationStatus;
  creditCode: string | null;
  issuedOn: string | null;
  receivedOn: string | null;
}

export const registrationPageSize = 50;

const statusSql = sql<RegistrationStatus>`case when l.id is not null then l.status
  when c.state in ('completed', 'refused', 'returned', 'withdrawn') then 'closed'
  else 'pending' end`;

/**
 * Registrations (approvals_registrations, each with its case) and licences (approvals_licences,
 * with or without a case: demo and imported ones have none), one row per case or licence.
 */
const registrationsFrom = sql`from approvals_registrations r
  full join approvals_licences l on l.case_id = r.case_id
  left join approvals_cases c on c.id = coalesce(r.case_id, l.case_id)
  left join accounts_orgs io on io.id = coalesce(l.issuing_org_id, c.org_id)
  left join accounts_orgs co on co.id = coalesce(l.center_org_id, c.center_org_id)`;

function registrationsWhere(filter: RegistrationListFilter, scope: RegistrationScope) {
  const conditions = [sql`true`];
  if (scope) {
    const prefixes = scope.map((p) => `${p}%`);
    conditions.push(
      sql`(io.path like any(${prefixes}::text[]) or co.path like any(${prefixes}::text[]))`,
    );
  }
  if (filter.status) conditions.push(sql`${statusSql} = ${filter.status}`);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    conditions.push(sql`(coalesce(l.name, r.name) ilike ${like}
      or l.credit_code ilike ${like} or c.tracking_number ilike ${like})`);
  }
  return sql`where ${sql.join(conditions, sql` and `)}`;
}

/** One page of registrations and licences, newest first, and how many match. */
export async function listRegistrations(
  db: Kysely<unknown>,
  filter: RegistrationListFilter,
  scope: RegistrationScope,
  page: number,
): Promise<{ rows: RegistrationListRow[]; total: number }> {
  const where = registrationsWhere(filter, scope);
  const { rows } = await sql<RegistrationListRow>`select c.tracking_number,
      coalesce(l.name, r.name) as name, coalesce(l.kind, r.kind) as kind,
      c.state as case_state, ${statusSql} as status, l.credit_code,
      to_char(l.issued_on, 'YYYY-MM-DD') as issued_on,
      to_char(c.received_on, 'YYYY-MM-DD') as received_on
    ${registrationsFrom} ${where}
    order by coalesce(c.received_on, l.issued_on) desc, coalesce(r.created_at, l.created_at) desc,
      coalesce(r.case_id, l.case_id) desc nulls last, l.id desc
    limit ${registrationPageSize} offset ${(page - 1) * registrationPageSize}`.execute(db);
  const counted = await sql<{ total: number }>`select count(*)::int as total
    ${registrationsFrom} ${where}`.execute(db);
  return { rows, total: Number(counted.rows[0]?.total ?? 0) };
}

/**
 * The org paths where registrations happen: the registration item's department, the centers
 * whose windows take it, and the authorities and centers of licences already issued.
 */
export async function registrationPlaces(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ path: string }>`select o.path from accounts_orgs o
    where o.id in (select org_id from approvals_items where code = ${combinedRegistrationItemCode})
      or o.id in (select w.center_org_id from approvals_windows w
        join approvals_window_items wi on wi.window_id = w.id
        join approvals_items i on i.id = wi.item_id
        where i.code = ${combinedRegistrationItemCode})
      or o.id in (select issuing_org_id from approvals_licences)
      or o.id in (select center_org_id from approvals_licences where center_org_id is not null)`.execute(
    db,
  );
  return rows.map((r) => r.path);
}
