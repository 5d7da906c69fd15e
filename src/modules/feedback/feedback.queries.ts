/** Reading appeals: the row by tracking number (optionally locked), the org codes checkpoints name. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { FeedbackAppealsTable, FeedbackTables } from './feedback.tables.ts';

export const feedbackDb = (db: Kysely<unknown>) => db as unknown as Kysely<FeedbackTables>;

export type AppealRow = Selectable<FeedbackAppealsTable>;

export async function findAppeal(
  db: Kysely<unknown>,
  trackingNumber: string,
  forUpdate = false,
): Promise<AppealRow | undefined> {
  let query = feedbackDb(db)
    .selectFrom('feedbackAppeals')
    .selectAll()
    .where('trackingNumber', '=', trackingNumber.trim());
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && normalizeAppeal(row);
}

/** bigint columns arrive as strings from node-postgres; the row's ids as numbers. */
export function normalizeAppeal(row: AppealRow): AppealRow {
  const id = (v: number | null) => (v === null ? null : Number(v));
  return {
    ...row,
    id: Number(row.id),
    orgId: id(row.orgId),
    dispatchOrgId: Number(row.dispatchOrgId),
    suggestedOrgId: id(row.suggestedOrgId),
    claimedBy: id(row.claimedBy),
    replyClockId: Number(row.replyClockId),
    completeClockId: Number(row.completeClockId),
    mergedIntoId: id(row.mergedIntoId),
  };
}

export async function orgCodeOf(db: Kysely<unknown>, orgId: number): Promise<string> {
  const { rows } = await sql<{ code: string }>`
    select code from accounts_orgs where id = ${orgId}`.execute(db);
  return rows[0]?.code ?? String(orgId);
}
