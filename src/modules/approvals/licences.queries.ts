/** Reads of `approvals_licences` (the database handle first; explicit columns). */
import type { Kysely } from 'kysely';
import type { AccountsTables } from '../accounts/index.ts';
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
