/**
 * The monthly supervision report (issue 7 item 5), per org or for the county: the month's figures
 * from the summary service, the table per responsible org, the overdue matters, the returns and
 * refusals without a reason, and the warnings raised in the month by stage. The HTML page and the
 * .docx render the same `MonthlyReport`. Errors: validation (month, org), forbidden not_allowed.
 */
import { sql, type Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError, isAppError } from '../../platform/errors/index.ts';
import type { Actor } from '../../platform/http/index.ts';
import { findSettings, type SettingsTables } from '../../platform/settings/index.ts';
import { getOrgByCode, type AccountsTables } from '../accounts/index.ts';
import { ensureScopeCovers, supervisionScopeOf } from './dashboard.policy.ts';
import { listSupervisedMatters, type SupervisedMatterItem } from './matters.queries.ts';
import { listRefusedWithoutReason, warningsByStage } from './report.queries.ts';
import { periodOf } from './summary.scope.ts';
import {
  summaryBy,
  supervisionSummary,
  type GroupSummary,
  type Summary,
} from './summary.service.ts';
import type { Period } from './summary.sql.ts';
import type { WarningStage } from './warnings.model.ts';

/** How many matters each list of the report shows (the total is always given). */
export const reportListLimit = 200;

export interface MatterList {
  total: number;
  items: SupervisedMatterItem[];
}

export interface MonthlyReport {
  /** YYYY-MM. */
  month: string;
  year: number;
  monthNumber: number;
  period: Period;
  /** The county (code null) or the org the report is about. */
  subject: { code: string | null; name: string };
  summary: Summary;
  byOrg: GroupSummary[];
  overdueOpen: MatterList;
  overdueCompleted: MatterList;
  returnedWithoutReason: MatterList;
  refusedWithoutReason: MatterList;
  warnings: { total: number; byStage: { stage: WarningStage; count: number }[] };
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

function invalid(field: 'month' | 'org', message: string, vars?: Record<string, string>) {
  return new AppError('validation', 'report_invalid', field, {
    fields: [{ field, message, ...(vars ? { vars } : {}) }],
  });
}

/** The first and last day of a month `YYYY-MM`; throws validation (field month) otherwise. */
export function monthBounds(month: string): {
  year: number;
  monthNumber: number;
  from: string;
  to: string;
} {
  const match = monthPattern.exec(month);
  if (!match) throw invalid('month', 'supervision.report.error.month');
  const year = Number(match[1]);
  const monthNumber = Number(match[2]);
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return {
    year,
    monthNumber,
    from: `${month}-01`,
    to: `${month}-${String(last).padStart(2, '0')}`,
  };
}

/** The org the report is about, checked against what the actor may read; null for the county. */
async function subjectOf(db: Kysely<unknown>, actor: Actor, orgCode: string | undefined) {
  const scope = supervisionScopeOf(actor);
  const code = orgCode || (scope.all ? undefined : scope.orgs[0]!.code);
  if (!code) return null;
  try {
    const org = await getOrgByCode(db as Kysely<AccountsTables>, code);
    ensureScopeCovers(scope, org.path);
    return org;
  } catch (error) {
    if (isAppError(error) && (error.kind === 'not_found' || error.kind === 'forbidden')) {
      throw invalid('org', 'supervision.report.error.org', { code });
    }
    throw error;
  }
}

async function countyName(db: Kysely<unknown>): Promise<string> {
  const settings = await findSettings(db as Kysely<SettingsTables>);
  if (settings?.countyName) return settings.countyName;
  const { rows } = await sql<{ name: string }>`select name from accounts_orgs
    where parent_id is null order by sort_order, code limit 1`.execute(db);
  return rows[0]?.name ?? '';
}

/** The report of `month` for the county or `orgCode` (the org and the orgs under it). */
export async function monthlyReport(
  db: Kysely<unknown>,
  clock: Clock,
  actor: Actor,
  input: { month: string; orgCode?: string | undefined },
): Promise<MonthlyReport> {
  const { year, monthNumber, from, to } = monthBounds(input.month);
  const org = await subjectOf(db, actor, input.orgCode);
  const filter = { from, to, orgCode: org?.code };
  const summary = await supervisionSummary(db, clock, filter);
  const period = periodOf(clock, filter);
  const list = (figure: 'overdueOpen' | 'overdueCompleted' | 'returnedWithoutReason') =>
    listSupervisedMatters(db, clock, { ...filter, figure, pageSize: reportListLimit });
  return {
    month: input.month,
    year,
    monthNumber,
    period,
    subject: org ? { code: org.code, name: org.name } : { code: null, name: await countyName(db) },
    summary,
    byOrg: await summaryBy(db, clock, filter, 'org'),
    overdueOpen: await list('overdueOpen'),
    overdueCompleted: await list('overdueCompleted'),
    returnedWithoutReason: await list('returnedWithoutReason'),
    refusedWithoutReason: await listRefusedWithoutReason(db, filter, period, reportListLimit),
    warnings: await warningsByStage(db, period, org?.path),
  };
}
