/** The monthly report's own readings: refusals without a reason, warnings raised by stage. */
import { sql, type Kysely } from 'kysely';
import { warningStages, type WarningStage } from './warnings.model.ts';
import type { SupervisedMatterItem } from './matters.queries.ts';
import { scopeSql, type SummaryFilter } from './summary.scope.ts';
import { figureConditions, type Period } from './summary.sql.ts';

/**
 * 不予受理 with no stated reason in the period (RULES.md §4.3 trigger 5: a refusal must state its
 * reasons): the summary's `refused` matters whose reason is blank.
 */
export async function listRefusedWithoutReason(
  db: Kysely<unknown>,
  filter: SummaryFilter,
  period: Period,
  limit: number,
): Promise<{ total: number; items: SupervisedMatterItem[] }> {
  const scope = await scopeSql(db, filter, period);
  const condition = sql`${figureConditions(period).refused} and btrim(m.outcome_reason) = ''`;
  const { rows } = await sql<SupervisedMatterItem & { total: number }>`select m.id,
      m.source, m.matter_type as "matterType", m.matter_id as "matterId", m.org_id as "orgId",
      o.code as "orgCode", o.name as "orgName", m.item_code as "itemCode",
      m.received_on::text as "receivedOn", m.accepted_on::text as "acceptedOn",
      k.due_on::text as "dueOn", m.outcome, m.outcome_on::text as "outcomeOn",
      m.outcome_reason as "outcomeReason", null as light, m.clock_id as "clockId",
      count(*) over ()::int as total
    ${scope} and ${condition}
    order by m.outcome_on desc, m.id desc limit ${limit}`.execute(db);
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ total: _total, ...row }) => ({
      ...row,
      id: Number(row.id),
      orgId: Number(row.orgId),
      clockId: row.clockId === null ? null : Number(row.clockId),
    })),
  };
}

/** The warnings raised in the period on matters of the org subtree (or all), by current stage. */
export async function warningsByStage(
  db: Kysely<unknown>,
  period: Period,
  orgPath: string | undefined,
): Promise<{ total: number; byStage: { stage: WarningStage; count: number }[] }> {
  const orgCondition = orgPath ? sql`and o.path like ${`${orgPath}%`}` : sql``;
  const { rows } = await sql<{ stage: WarningStage; count: number }>`select w.stage,
      count(*)::int as count
    from supervision_warnings w join accounts_orgs o on o.id = w.org_id
    where w.raised_on between ${period.from}::date and ${period.to}::date ${orgCondition}
    group by w.stage`.execute(db);
  const byStage = warningStages
    .map((stage) => ({ stage, count: rows.find((r) => r.stage === stage)?.count ?? 0 }))
    .filter((s) => s.count > 0);
  return { total: byStage.reduce((n, s) => n + s.count, 0), byStage };
}
