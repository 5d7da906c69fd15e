/** The period and the matters a supervision reading covers (summary, tables, drill-down list). */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { LocalDate } from '../../platform/calendar/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import { getOrgByCode, type AccountsTables } from '../accounts/index.ts';
import { inPeriodSql, type Period } from './summary.sql.ts';

export interface SummaryFilter {
  from: LocalDate;
  to: LocalDate;
  /** An org's code: the org and the orgs under it. */
  orgCode?: string | undefined;
  /** Only the org itself, not those under it (a row of the table per org). */
  orgOnly?: boolean | undefined;
  matterType?: string | undefined;
}

export function periodOf(clock: Clock, filter: SummaryFilter): Period {
  const today = localDateOf(clock.now());
  return { from: filter.from, to: filter.to, asOf: filter.to > today ? today : filter.to };
}

/** The period's matters of the filter (org subtree, matter type), with their clocks and orgs. */
export async function scopeSql(db: Kysely<unknown>, filter: SummaryFilter, period: Period) {
  const conditions: RawBuilder<boolean>[] = [inPeriodSql(period)];
  if (filter.orgCode) {
    const org = await getOrgByCode(db as Kysely<AccountsTables>, filter.orgCode);
    conditions.push(
      filter.orgOnly ? sql<boolean>`o.id = ${org.id}` : sql<boolean>`o.path like ${`${org.path}%`}`,
    );
  }
  if (filter.matterType) conditions.push(sql<boolean>`m.matter_type = ${filter.matterType}`);
  return sql`from supervision_matters m join accounts_orgs o on o.id = m.org_id
    left join deadlines_clocks k on k.id = m.clock_id
    where ${sql.join(conditions, sql` and `)}`;
}

/** A period must run forwards (dates themselves are checked by the route's schema). */
export function checkPeriod(filter: SummaryFilter) {
  if (filter.from > filter.to) {
    throw new AppError(
      'validation',
      'period_reversed',
      '结束日期不能早于开始日期 / to is before from',
      {
        fields: [{ field: 'to', message: '结束日期不能早于开始日期 / to is before from' }],
      },
    );
  }
}
