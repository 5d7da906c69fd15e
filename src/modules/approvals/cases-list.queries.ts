/**
 * The case list (/staff/approvals/cases): filtered by center, window, department (deciding or
 * reviewing), item, state, the case clock's light and the acceptance dates; newest first, in
 * pages of 50, on the indexes of migration 0012 (bench: `npm run bench:cases`).
 */
import { sql, type Kysely } from 'kysely';
import type { LocalDate } from '../../platform/calendar/index.ts';
import { clockLightSql, type ClockLight, type DeadlinesTables } from '../deadlines/index.ts';
import type { CaseState } from './cases.model.ts';
import type { ListScope } from './cases.policy.ts';
import { casesDb } from './cases.queries.ts';
import type { CasesTables } from './cases.tables.ts';
import type { ItemsTables } from './items.tables.ts';
import type { AccountsTables } from '../accounts/index.ts';

export interface CaseListFilter {
  center?: string;
  window?: number;
  org?: string;
  item?: string;
  state?: CaseState;
  light?: ClockLight;
  from?: string;
  to?: string;
}

export interface CaseListRow {
  trackingNumber: string;
  itemCode: string;
  itemName: string;
  orgName: string;
  applicantName: string;
  channel: string;
  state: CaseState;
  receivedOn: string;
  acceptedOn: string | null;
  dueOn: string | null;
  light: ClockLight | null;
  isInstant: boolean;
}

export const casePageSize = 50;

type Db = Kysely<CasesTables & ItemsTables & AccountsTables & DeadlinesTables>;

/** `path like any(prefixes)`, for scopes given as org path prefixes. */
const underAny = (column: string, paths: string[]) =>
  sql<boolean>`${sql.ref(column)} like any(${sql.val(paths.map((p) => `${p}%`))}::text[])`;

function baseQuery(
  db: Kysely<unknown>,
  filter: CaseListFilter,
  scope: ListScope | undefined,
  today: LocalDate,
) {
  let query = (db as unknown as Db)
    .selectFrom('approvalsCases as c')
    .innerJoin('approvalsItems as i', 'i.id', 'c.itemId')
    .innerJoin('accountsOrgs as o', 'o.id', 'c.orgId')
    .leftJoin('deadlinesClocks as k', 'k.id', 'c.clockId');
  if (scope) {
    const { centerPaths, orgPaths, reviewPaths } = scope;
    query = query.where((eb) =>
      eb.or([
        ...(centerPaths.length
          ? [
              eb(
                'c.centerOrgId',
                'in',
                eb
                  .selectFrom('accountsOrgs as sc')
                  .select('sc.id')
                  .where(underAny('sc.path', centerPaths)),
              ),
            ]
          : []),
        ...(orgPaths.length ? [underAny('o.path', orgPaths)] : []),
        ...(reviewPaths.length
          ? [
              eb.exists(
                eb
                  .selectFrom('approvalsCaseReviews as sr')
                  .innerJoin('accountsOrgs as ro', 'ro.id', 'sr.orgId')
                  .select('sr.id')
                  .whereRef('sr.caseId', '=', 'c.id')
                  .where(underAny('ro.path', reviewPaths)),
              ),
            ]
          : []),
        sql<boolean>`false`,
      ]),
    );
  }
  if (filter.center) {
    const code = filter.center;
    query = query.where('c.centerOrgId', '=', (eb) =>
      eb.selectFrom('accountsOrgs').select('id').where('code', '=', code),
    );
  }
  if (filter.window) query = query.where('c.windowId', '=', filter.window);
  if (filter.org) {
    const code = filter.org;
    query = query.where((eb) =>
      eb.or([
        eb('o.code', '=', code),
        eb.exists(
          eb
            .selectFrom('approvalsCaseReviews as fr')
            .innerJoin('accountsOrgs as fo', 'fo.id', 'fr.orgId')
            .select('fr.id')
            .whereRef('fr.caseId', '=', 'c.id')
            .where('fo.code', '=', code),
        ),
      ]),
    );
  }
  if (filter.item) query = query.where('i.code', '=', filter.item);
  if (filter.state) query = query.where('c.state', '=', filter.state);
  if (filter.from) query = query.where('c.acceptedOn', '>=', filter.from);
  if (filter.to) query = query.where('c.acceptedOn', '<=', filter.to);
  if (filter.light) query = query.where(clockLightSql(today, 'k'), '=', filter.light);
  return query;
}

/** One page of cases, newest first, and how many match. */
export async function listCases(
  db: Kysely<unknown>,
  filter: CaseListFilter,
  scope: ListScope | undefined,
  today: LocalDate,
  page: number,
): Promise<{ rows: CaseListRow[]; total: number }> {
  const rows = await baseQuery(db, filter, scope, today)
    .select([
      'c.trackingNumber',
      'i.code as itemCode',
      'i.name as itemName',
      'o.name as orgName',
      'c.applicantName',
      'c.channel',
      'c.state',
      'c.receivedOn',
      'c.acceptedOn',
      'k.dueOn',
      clockLightSql(today, 'k').as('light'),
      'c.isInstant',
    ])
    .orderBy('c.receivedOn', 'desc')
    .orderBy('c.id', 'desc')
    .limit(casePageSize)
    .offset((page - 1) * casePageSize)
    .execute();
  const { count } = await baseQuery(db, filter, scope, today)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return { rows: rows as CaseListRow[], total: Number(count) };
}

export interface Choice {
  value: string;
  label: string;
}

/** What the filters offer: centers, windows, departments, items that have cases or may. */
export async function listFilterChoices(db: Kysely<unknown>): Promise<{
  centers: Choice[];
  windows: Choice[];
  orgs: Choice[];
  items: Choice[];
}> {
  const reader = casesDb(db);
  const centers = await reader
    .selectFrom('accountsOrgs')
    .select(['code', 'name'])
    .where('kind', '=', 'center')
    .where('isActive', '=', true)
    .orderBy('path')
    .execute();
  const windows = await reader
    .selectFrom('approvalsWindows as w')
    .innerJoin('accountsOrgs as o', 'o.id', 'w.centerOrgId')
    .select(['w.id', 'w.number', 'w.name', 'o.name as centerName'])
    .orderBy('o.path')
    .orderBy('w.number')
    .execute();
  const orgs = await reader
    .selectFrom('accountsOrgs')
    .select(['code', 'name'])
    .where('kind', '=', 'department')
    .where('isActive', '=', true)
    .orderBy('sortOrder')
    .orderBy('path')
    .execute();
  const items = await reader
    .selectFrom('approvalsItems')
    .select(['code', 'name'])
    .where('status', '=', 'active')
    .orderBy('code')
    .execute();
  return {
    centers: centers.map((c) => ({ value: c.code, label: c.name })),
    windows: windows.map((w) => ({ value: String(w.id), label: `${w.centerName} ${w.name}` })),
    orgs: orgs.map((o) => ({ value: o.code, label: o.name })),
    items: items.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` })),
  };
}
