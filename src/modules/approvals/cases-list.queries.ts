/**
 * The case list (/staff/approvals/cases): filtered by center, window (or none: online), department
 * (deciding or reviewing, or deciding only), item, state, the case clock's light, 即办件, the
 * timeliness figures of RULES.md §4.5 (case-figures.sql.ts, as the statistics count them) and a
 * date range on the day of application, acceptance (the default), completion or closing; newest
 * first, in pages of 50, on the indexes of migrations 0012/0014 (bench: `npm run bench:cases`).
 */
import { sql, type Kysely } from 'kysely';
import type { LocalDate } from '../../platform/calendar/index.ts';
import { clockLightSql, type ClockLight, type DeadlinesTables } from '../deadlines/index.ts';
import {
  completedEarlySql,
  completedLateSql,
  completedOnTimeSql,
  openOverdueSql,
} from './case-figures.sql.ts';
import type { CaseState } from './cases.model.ts';
import type { ListScope } from './cases.policy.ts';
import { casesDb } from './cases.queries.ts';
import type { CasesTables } from './cases.tables.ts';
import type { ItemsTables } from './items.tables.ts';
import type { AccountsTables } from '../accounts/index.ts';

/** Which day `from`/`to` apply to: application, acceptance (受理), completion (办结), closing. */
export const caseDateFields = ['received', 'accepted', 'completed', 'closed'] as const;
export type CaseDateField = (typeof caseDateFields)[number];

/** `org` as the deciding or a reviewing department (`any`), or the deciding one only. */
export const caseOrgRoles = ['any', 'decides'] as const;
export type CaseOrgRole = (typeof caseOrgRoles)[number];

/** RULES.md §4.5: completed on time / late / early; 在办超期 (open, case clock red). */
export const caseTimeliness = ['onTime', 'late', 'early', 'overdue'] as const;
export type CaseTimeliness = (typeof caseTimeliness)[number];

export interface CaseListFilter {
  center?: string;
  /** A window's id, or `none` for cases applied for online (no window). */
  window?: number | 'none';
  org?: string;
  orgRole?: CaseOrgRole;
  item?: string;
  state?: CaseState;
  light?: ClockLight;
  instant?: 'yes' | 'no';
  timeliness?: CaseTimeliness;
  dateField?: CaseDateField;
  from?: string;
  to?: string;
}

const dateColumns = {
  received: 'c.receivedOn',
  accepted: 'c.acceptedOn',
  completed: 'c.completedOn',
  closed: 'c.closedOn',
} as const;

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
  completedOn: string | null;
  dueOn: string | null;
  light: ClockLight | null;
  isInstant: boolean;
}

export const casePageSize = 50;

type Db = Kysely<CasesTables & ItemsTables & AccountsTables & DeadlinesTables>;

/** `path like any(prefixes)`, for scopes given as org path prefixes. */
const underAny = (column: string, paths: string[]) =>
  sql<boolean>`${sql.ref(column)} like any(${sql.val(paths.map((p) => `${p}%`))}::text[])`;

type ListQuery = ReturnType<typeof fromCases>;

function fromCases(db: Kysely<unknown>) {
  return (db as unknown as Db)
    .selectFrom('approvalsCases as c')
    .innerJoin('approvalsItems as i', 'i.id', 'c.itemId')
    .innerJoin('accountsOrgs as o', 'o.id', 'c.orgId')
    .leftJoin('deadlinesClocks as k', 'k.id', 'c.clockId');
}

/** The department: deciding only (as the statistics group by org), or deciding or reviewing. */
function whereOrg(db: Kysely<unknown>, query: ListQuery, code: string, role: CaseOrgRole) {
  const orgId = () =>
    (db as unknown as Db)
      .selectFrom('accountsOrgs as fo')
      .select('fo.id')
      .where('fo.code', '=', code);
  if (role === 'decides') return query.where('c.orgId', '=', orgId());
  return query.where((eb) =>
    eb.or([
      eb('c.orgId', '=', orgId()),
      eb.exists(
        eb
          .selectFrom('approvalsCaseReviews as fr')
          .select('fr.id')
          .whereRef('fr.caseId', '=', 'c.id')
          .where('fr.orgId', '=', orgId()),
      ),
    ]),
  );
}

/** RULES.md §4.5 figures as the statistics count them (case-figures.sql.ts). */
function timelinessSql(timeliness: CaseTimeliness, today: LocalDate) {
  if (timeliness === 'overdue') return openOverdueSql(today);
  const completed = sql<boolean>`c.state = 'completed'`;
  const figure = {
    onTime: completedOnTimeSql,
    late: completedLateSql,
    early: completedEarlySql,
  }[timeliness];
  return sql<boolean>`(${completed} and ${figure})`;
}

function baseQuery(
  db: Kysely<unknown>,
  filter: CaseListFilter,
  scope: ListScope | undefined,
  today: LocalDate,
) {
  let query = fromCases(db);
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
  if (filter.window === 'none') query = query.where('c.windowId', 'is', null);
  else if (filter.window) query = query.where('c.windowId', '=', filter.window);
  if (filter.org) query = whereOrg(db, query, filter.org, filter.orgRole ?? 'any');
  if (filter.item) query = query.where('i.code', '=', filter.item);
  if (filter.state) query = query.where('c.state', '=', filter.state);
  if (filter.instant) query = query.where('c.isInstant', '=', filter.instant === 'yes');
  if (filter.timeliness) query = query.where(timelinessSql(filter.timeliness, today));
  const date = dateColumns[filter.dateField ?? 'accepted'];
  if (filter.from) query = query.where(date, '>=', filter.from);
  if (filter.to) query = query.where(date, '<=', filter.to);
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
      'c.completedOn',
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
