/**
 * Unanswered appeals (互动回应差, 国办秘函〔2019〕19号 单项否决): valid appeals — not invalid, not
 * merged — received before a date that have no first reply on or before the day of the check.
 * Read by the site-health report (publishing/health) through feedback's index.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AppealChannel } from './feedback.model.ts';

export interface UnansweredFilter {
  /** Appeals received on or after this local date are not yet late (e.g. 3 months before asOf). */
  receivedBefore: string;
  /** The day of the check (a local date): a first reply on or before it counts as an answer. */
  asOf: string;
  /** Only appeals handled by these orgs (absent: the whole county, unrouted ones included). */
  orgIds?: readonly number[];
  /** Only appeals that came by these channels (absent: every channel). */
  channels?: readonly AppealChannel[];
}

export interface UnansweredAppeal {
  trackingNumber: string;
  subject: string;
  kind: string;
  receivedOn: string;
  orgName: string | null;
}

function conditions(filter: UnansweredFilter): RawBuilder<unknown> {
  const parts = [
    sql`a.state not in ('invalid', 'merged')`,
    sql`a.received_on < ${filter.receivedBefore}::date`,
    sql`(a.first_reply_on is null or a.first_reply_on > ${filter.asOf}::date)`,
  ];
  if (filter.orgIds) parts.push(sql`a.org_id = any(${[...filter.orgIds]}::bigint[])`);
  if (filter.channels) parts.push(sql`a.channel = any(${[...filter.channels]}::text[])`);
  return sql.join(parts, sql` and `);
}

/** How many valid appeals received before `receivedBefore` were still unanswered on `asOf`. */
export async function countUnansweredAppeals(
  db: Kysely<unknown>,
  filter: UnansweredFilter,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from feedback_appeals a where ${conditions(filter)}`.execute(db);
  return rows[0]?.n ?? 0;
}

/** The oldest `limit` of them (default 20), oldest first, with the handling org's name. */
export async function listUnansweredAppeals(
  db: Kysely<unknown>,
  filter: UnansweredFilter,
  limit = 20,
): Promise<UnansweredAppeal[]> {
  const { rows } = await sql<UnansweredAppeal>`
    select a.tracking_number, a.subject, a.kind, a.received_on::text as received_on,
      o.name as org_name
    from feedback_appeals a left join accounts_orgs o on o.id = a.org_id
    where ${conditions(filter)}
    order by a.received_on, a.id
    limit ${limit}`.execute(db);
  return rows;
}
