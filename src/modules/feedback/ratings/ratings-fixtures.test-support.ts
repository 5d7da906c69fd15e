/** Test support: appeals replied and closed through the handling steps, and signed-in actors. */
import { sql, type Kysely } from 'kysely';
import { fixedClock } from '../../../platform/clock/index.ts';
import { systemContext, type Actor } from '../../../platform/http/index.ts';
import { closeAppeal, replyToAppeal } from '../handling/steps.ts';

const on10 = (on: string) => fixedClock(`${on}T10:00:00+08:00`);

/** A reply by the handling step (the system acting for the org) on the day `on`. */
export async function replyAsOrg(
  db: Kysely<unknown>,
  trackingNumber: string,
  texts: { privateText: string; publicText?: string | null },
  on: string,
): Promise<void> {
  await replyToAppeal(db, on10(on), systemContext('test'), trackingNumber, texts);
}

/** Closes a replied appeal by the handling step on the day `on`. */
export async function closeAsOrg(
  db: Kysely<unknown>,
  trackingNumber: string,
  on: string,
): Promise<void> {
  await closeAppeal(db, on10(on), systemContext('test'), trackingNumber, { outcome: 'resolved' });
}

/**
 * A reply written straight into the tables, public text and all, whatever the submitter allowed:
 * only for showing that the public pages check `public_allowed` themselves.
 */
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
