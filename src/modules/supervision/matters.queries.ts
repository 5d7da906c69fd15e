/** The drill-down from a figure to its matters, and one supervised matter. */
import { sql, type Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { catchUp } from './processor.ts';
import { checkPeriod, periodOf, scopeSql, type SummaryFilter } from './summary.scope.ts';
import { figureConditions, listLightSql, type Figure } from './summary.sql.ts';

export const matterPageSize = 50;

export interface SupervisedMatterItem {
  id: number;
  source: string;
  matterType: string;
  matterId: string;
  orgId: number;
  orgCode: string;
  orgName: string;
  itemCode: string | null;
  receivedOn: string;
  acceptedOn: string | null;
  dueOn: string | null;
  outcome: string | null;
  outcomeOn: string | null;
  outcomeReason: string;
  /** As of the period's day; null once the matter has ended. */
  light: 'green' | 'yellow' | 'red' | null;
  clockId: number | null;
}

const columns = sql`m.id, m.source, m.matter_type as "matterType", m.matter_id as "matterId",
  m.org_id as "orgId", o.code as "orgCode", o.name as "orgName", m.item_code as "itemCode",
  m.received_on::text as "receivedOn", m.accepted_on::text as "acceptedOn",
  k.due_on::text as "dueOn", m.outcome, m.outcome_on::text as "outcomeOn",
  m.outcome_reason as "outcomeReason", m.clock_id as "clockId"`;

const numbers = <T extends { id: unknown; orgId: unknown; clockId: unknown }>(row: T) => ({
  ...row,
  id: Number(row.id),
  orgId: Number(row.orgId),
  clockId: row.clockId === null ? null : Number(row.clockId),
});

/** Exactly the matters a figure of the summary counts, newest acceptance first. */
export async function listSupervisedMatters(
  db: Kysely<unknown>,
  clock: Clock,
  filter: SummaryFilter & { figure: Figure; page?: number; pageSize?: number },
): Promise<{ total: number; items: SupervisedMatterItem[] }> {
  checkPeriod(filter);
  await catchUp(db, clock);
  const period = periodOf(clock, filter);
  const scope = await scopeSql(db, filter, period);
  const condition = figureConditions(period)[filter.figure];
  const size = Math.min(filter.pageSize ?? matterPageSize, 500);
  const page = Math.max(1, filter.page ?? 1);
  const { rows: counted } = await sql<{ n: number }>`select count(*)::int as n ${scope}
    and ${condition}`.execute(db);
  const { rows } = await sql<SupervisedMatterItem>`select ${columns},
      ${listLightSql(period)} as light
    ${scope} and ${condition}
    order by coalesce(m.accepted_on, m.outcome_on) desc, m.id desc
    limit ${size} offset ${(page - 1) * size}`.execute(db);
  return { total: counted[0]?.n ?? 0, items: rows.map(numbers) };
}

export interface SupervisedMatter extends Omit<SupervisedMatterItem, 'light'> {
  promisedDays: number | null;
  statutoryDays: number | null;
  limitUnit: string | null;
  isInstant: boolean;
  extended: boolean;
  outcomeLegalBasis: string;
  feeTotal: string;
}

/** One supervised matter with its org and due date, or undefined. */
export async function getSupervisedMatter(
  db: Kysely<unknown>,
  id: number,
): Promise<SupervisedMatter | undefined> {
  const { rows } = await sql<SupervisedMatter>`select ${columns},
      m.promised_days as "promisedDays", m.statutory_days as "statutoryDays",
      m.limit_unit as "limitUnit", m.is_instant as "isInstant", m.extended,
      m.outcome_legal_basis as "outcomeLegalBasis", m.fee_total::text as "feeTotal"
    from supervision_matters m join accounts_orgs o on o.id = m.org_id
    left join deadlines_clocks k on k.id = m.clock_id
    where m.id = ${id}`.execute(db);
  return rows[0] ? numbers(rows[0]) : undefined;
}
