/** Test support: an appeal replied or closed by its org, written as the handling steps would. */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../../platform/http/index.ts';

/** A reply from the appeal's org; the appeal becomes replied (the handling part's own step is tested there). */
export async function replyDirectly(
  db: Kysely<unknown>,
  trackingNumber: string,
  texts: { privateText: string; publicText?: string | null },
  on = '2026-09-29',
): Promise<void> {
  await sql`
    insert into feedback_replies (appeal_id, org_id, private_text, public_text, is_first, at, on_date)
    select id, coalesce(org_id, dispatch_org_id), ${texts.privateText}, ${texts.publicText ?? null},
      first_reply_at is null, now(), ${on}::date
    from feedback_appeals where tracking_number = ${trackingNumber}`.execute(db);
  await sql`
    update feedback_appeals set state = 'replied',
      first_reply_at = coalesce(first_reply_at, now()), first_reply_on = coalesce(first_reply_on, ${on}::date),
      public_reply_at = case when ${texts.publicText ?? null}::text is null then public_reply_at else now() end
    where tracking_number = ${trackingNumber}`.execute(db);
}

export async function closeDirectly(
  db: Kysely<unknown>,
  trackingNumber: string,
  on: string,
): Promise<void> {
  await sql`
    update feedback_appeals set state = 'closed', closed_at = now(), closed_on = ${on}::date,
      closed_outcome = 'resolved'
    where tracking_number = ${trackingNumber}`.execute(db);
}

/** A signed-in actor holding `role` on the org (path `/…/id/`). */
export async function actorWith(
  db: Kysely<unknown>,
  userId: number,
  role: string,
  orgId: number,
): Promise<Actor> {
  const { rows } = await sql<{ code: string; path: string }>`
    select code, path from accounts_orgs where id = ${orgId}`.execute(db);
  await sql`insert into accounts_role_grants (user_id, role, org_id) values (${userId}, ${role}, ${orgId})`.execute(
    db,
  );
  return {
    kind: 'user',
    id: userId,
    name: `user${userId}`,
    grants: [{ role, orgId, orgCode: rows[0]!.code, orgPath: rows[0]!.path }],
    scopes: [],
    mustChangePassword: false,
  };
}
