/**
 * The dashboard's readings: the figures of a period (with the tables per org and matter type and a
 * trend of 12 months), the matters behind a figure, and one matter's whole timeline — all within
 * what the actor may read (dashboard.policy.ts).
 */
import type { Kysely } from 'kysely';
import { listAudit, type AuditRecord } from '../../platform/audit/index.ts';
import type { LocalDate } from '../../platform/calendar/index.ts';
import { listCheckpoints, ownSource } from '../../platform/checkpoints/index.ts';
import type { CheckpointRecord } from '../../platform/checkpoints/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { Actor } from '../../platform/http/index.ts';
import { readClock, type ClockRecord } from '../deadlines/index.ts';
import {
  listMatterOrgs,
  listMatterWarnings,
  orgPathOfCode,
  orgPathOfId,
  type MatterWarning,
  type OrgChoice,
} from './dashboard.queries.ts';
import {
  ensureScopeCovers,
  scopeCovers,
  supervisionScopeOf,
  type SupervisionScope,
} from './dashboard.policy.ts';
import {
  monthsBefore,
  periodOf,
  type DashboardQuery,
  type MattersQuery,
} from './dashboard.schemas.ts';
import {
  getSupervisedMatter,
  listSupervisedMatters,
  matterPageSize,
  type SupervisedMatter,
  type SupervisedMatterItem,
} from './matters.queries.ts';
import {
  summaryBy,
  summaryWithGroups,
  type GroupSummary,
  type Summary,
  type SummaryFilter,
} from './summary.service.ts';

export const trendMonths = 12;

export interface DashboardFilter extends SummaryFilter {
  orgCode: string | undefined;
  matterType: string | undefined;
}

function unknownOrg(): never {
  throw new AppError('validation', 'org_unknown', 'org', {
    fields: [{ field: 'org', message: 'supervisionDashboard.error.orgUnknown' }],
  });
}

/** The filter asked for, within the actor's scope (a department's officer sees their own org). */
async function filterOf(
  db: Kysely<unknown>,
  scope: SupervisionScope,
  query: DashboardQuery,
  today: LocalDate,
): Promise<DashboardFilter> {
  const orgCode = query.org ?? (scope.all ? undefined : scope.orgs[0]!.code);
  if (orgCode !== undefined) {
    const path = (await orgPathOfCode(db, orgCode)) ?? unknownOrg();
    ensureScopeCovers(scope, path);
  }
  const orgOnly = orgCode !== undefined && query.orgOnly === '1';
  return { ...periodOf(query, today), orgCode, orgOnly, matterType: query.matterType };
}

export interface Dashboard {
  filter: DashboardFilter;
  /** The day open matters and lights are taken on: the period's end, or today if earlier. */
  asOf: LocalDate;
  /** Whether the actor reads only their own orgs' matters. */
  scoped: boolean;
  summary: Summary;
  byOrg: GroupSummary[];
  byMatterType: GroupSummary[];
  /** The 12 months up to the period's end, each with its figures (zero where none). */
  trend: { from: LocalDate; to: LocalDate; months: GroupSummary[] };
  orgs: OrgChoice[];
}

const emptySummary = (): Summary => ({
  accepted: 0,
  completed: 0,
  completionRate: null,
  onTime: 0,
  onTimeRate: null,
  early: 0,
  earlyRate: null,
  overdueCompleted: 0,
  overdueOpen: 0,
  returned: 0,
  returnedWithoutReason: 0,
  refused: 0,
  lights: { green: 0, yellow: 0, red: 0 },
});

/** The months `YYYY-MM` from `from`'s to `to`'s. */
function monthsBetween(from: LocalDate, to: LocalDate): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** The orgs to filter by: those with supervised matters, within what the actor may read. */
async function orgChoices(db: Kysely<unknown>, scope: SupervisionScope): Promise<OrgChoice[]> {
  return (await listMatterOrgs(db)).filter((o) => scopeCovers(scope, o.path));
}

export async function readDashboard(
  db: Kysely<unknown>,
  clock: Clock,
  actor: Actor,
  query: DashboardQuery,
): Promise<Dashboard> {
  const scope = supervisionScopeOf(actor);
  const today = localDateOf(clock.now());
  const filter = await filterOf(db, scope, query, today);
  const trendFilter = { ...filter, from: monthsBefore(filter.to, trendMonths) };
  const { summary, byOrg, byMatterType } = await summaryWithGroups(db, clock, filter);
  const byMonth = await summaryBy(db, clock, trendFilter, 'month');
  const months = monthsBetween(trendFilter.from, filter.to).map(
    (key) => byMonth.find((g) => g.key === key) ?? { key, label: key, summary: emptySummary() },
  );
  return {
    filter,
    asOf: filter.to > today ? today : filter.to,
    scoped: !scope.all,
    summary,
    byOrg,
    byMatterType,
    trend: { from: trendFilter.from, to: filter.to, months },
    orgs: await orgChoices(db, scope),
  };
}

export interface MatterList {
  filter: DashboardFilter;
  figure: MattersQuery['figure'];
  page: number;
  pageSize: number;
  total: number;
  items: SupervisedMatterItem[];
}

/** Exactly the matters one figure counts, a page at a time. */
export async function readMatterList(
  db: Kysely<unknown>,
  clock: Clock,
  actor: Actor,
  query: MattersQuery,
): Promise<MatterList> {
  const scope = supervisionScopeOf(actor);
  const filter = await filterOf(db, scope, query, localDateOf(clock.now()));
  const { figure, page } = query;
  const { total, items } = await listSupervisedMatters(db, clock, { ...filter, figure, page });
  return { filter, figure, page, pageSize: matterPageSize, total, items };
}

export interface MatterTimeline {
  matter: SupervisedMatter;
  checkpoints: CheckpointRecord[];
  clock: ClockRecord | null;
  audit: AuditRecord[];
  warnings: MatterWarning[];
  /** The matter's own page in Sunshine (approval case, information request), if it has one. */
  ownPage: string | null;
}

/** The audit trail's target of a matter Sunshine's own modules handle. */
const ownTargets: Record<string, string> = {
  approval: 'approval_case',
  foi: 'foi_request',
  appeal: 'feedback_appeal',
};
const ownPages: Record<string, (id: string) => string> = {
  approval: (id) => `/staff/approvals/cases/${encodeURIComponent(id)}`,
  foi: (id) => `/staff/foi/${encodeURIComponent(id)}`,
  appeal: (id) => `/staff/feedback/appeals/${encodeURIComponent(id)}`,
};

/** The audit records of the matter (its own module's) and of its clock, newest first. */
async function auditOf(db: Kysely<unknown>, matter: SupervisedMatter): Promise<AuditRecord[]> {
  const targets: { targetType: string; targetId: string }[] = [];
  const own = matter.source === ownSource ? ownTargets[matter.matterType] : undefined;
  if (own) targets.push({ targetType: own, targetId: matter.matterId });
  if (matter.clockId !== null)
    targets.push({ targetType: 'clock', targetId: String(matter.clockId) });
  const lists = await Promise.all(
    targets.map((target) => listAudit(db, { ...target, limit: 100 })),
  );
  return lists
    .flatMap((l) => l.records)
    .sort((a, b) => (a.at === b.at ? b.id - a.id : a.at < b.at ? 1 : -1));
}

/** A matter's whole timeline: checkpoints, clock and its explanation, audit records, warnings. */
export async function readMatterTimeline(
  db: Kysely<unknown>,
  clock: Clock,
  actor: Actor,
  id: number,
): Promise<MatterTimeline> {
  const scope = supervisionScopeOf(actor);
  const matter = await getSupervisedMatter(db, id);
  if (!matter) throw new AppError('not_found', 'matter_not_found', `supervised matter ${id}`);
  ensureScopeCovers(scope, (await orgPathOfId(db, matter.orgId)) ?? '');
  const checkpoints = (await listCheckpoints(db, matter.matterType, matter.matterId)).filter(
    (c) => c.source === matter.source,
  );
  const own = matter.source === ownSource ? ownPages[matter.matterType] : undefined;
  return {
    matter,
    checkpoints,
    clock: matter.clockId === null ? null : await readClock(db, clock, matter.clockId),
    audit: await auditOf(db, matter),
    warnings: await listMatterWarnings(db, matter.id),
    ownPage: own ? own(matter.matterId) : null,
  };
}
