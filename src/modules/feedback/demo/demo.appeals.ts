/** The demo appeals' rows and their replies, each in one statement from unnested arrays. */
import { sql, type Kysely } from 'kysely';
import { demoAt, receivedAtOf, type DemoContext } from './demo.rows.ts';
import type { Written } from './demo.seed.ts';

const stamp = (on: string | null, hm: string) => (on ? demoAt(on, hm).toISOString() : null);

/** Inserts the appeals (merged ones then merged into theirs, inserted in the same statement); returns their ids in order. */
export async function writeAppeals(
  db: Kysely<unknown>,
  written: Written[],
  c: DemoContext,
  hashOf: (number: string) => string,
  keyOf: (contact: string) => string,
): Promise<number[]> {
  const col = <T>(pick: (w: Written, p: Written['plan']) => T) =>
    written.map((w) => pick(w, w.plan));
  const { rows } = await sql<{ id: string; trackingNumber: string }>`
    insert into feedback_appeals (tracking_number, access_code_hash, kind, subject, content, place,
      channel, suggested_org_id, dispatch_org_id, org_id, state, claimed_by, submitter_name,
      submitter_phone, contact_key, public_allowed, received_at, received_on, assigned_at,
      reply_clock_id, complete_clock_id, first_reply_at, first_reply_on, public_reply_at,
      closed_at, closed_on, closed_outcome, invalid_reason, is_demo, created_at, updated_at)
    select tracking_number, access_code_hash, kind, subject, content, place, channel,
      suggested_org_id, ${c.dispatch.id}, org_id, state, claimed_by, submitter_name,
      submitter_phone, contact_key, public_allowed, received_at,
      (received_at at time zone 'Asia/Shanghai')::date, assigned_at, reply_clock_id,
      complete_clock_id, first_reply_at, (first_reply_at at time zone 'Asia/Shanghai')::date,
      public_reply_at, closed_at, (closed_at at time zone 'Asia/Shanghai')::date, closed_outcome,
      invalid_reason, true, received_at, coalesce(updated_at, received_at)
    from unnest(${col((w) => w.number)}::text[], ${col((w) => hashOf(w.number))}::text[],
      ${col((_, p) => p.kind)}::text[], ${col((_, p) => subjectOf(p))}::text[],
      ${col((_, p) => p.topic.content.replace('{place}', p.place))}::text[],
      ${col((_, p) => p.place)}::text[], ${col((_, p) => p.channel)}::text[],
      ${col((_, p) => (p.routedBy === 'submitter' ? p.org.id : null))}::bigint[],
      ${col((_, p) => (p.assignedOn ? p.org.id : null))}::bigint[],
      ${col((_, p) => (p.merged ? 'assigned' : p.state))}::text[],
      ${col((_, p) => (p.claimedOn ? (c.responderOf(p.org)?.userId ?? null) : null))}::bigint[],
      ${col((_, p) => p.name)}::text[], ${col((_, p) => p.phone)}::text[],
      ${col((_, p) => keyOf(p.phone))}::text[], ${col((_, p) => p.publicAllowed)}::boolean[],
      ${col((_, p) => receivedAtOf(p).toISOString())}::timestamptz[],
      ${col((_, p) => (p.routedBy === 'dispatch' ? stamp(p.assignedOn, '08:45') : p.assignedOn ? receivedAtOf(p).toISOString() : null))}::timestamptz[],
      ${col((w) => w.replyClockId)}::bigint[], ${col((w) => w.completeClockId)}::bigint[],
      ${col((_, p) => stamp(p.replyOn, '15:00'))}::timestamptz[],
      ${col((_, p) => (p.publicReply ? stamp(p.replyOn, '15:00') : null))}::timestamptz[],
      ${col((_, p) => stamp(p.closedOn, '16:00'))}::timestamptz[],
      ${col((_, p) => p.closedOutcome)}::text[],
      ${col((_, p) => p.invalid?.reason ?? '')}::text[],
      ${col((_, p) => lastChange(p))}::timestamptz[])
      with ordinality as t(tracking_number, access_code_hash, kind, subject, content, place,
        channel, suggested_org_id, org_id, state, claimed_by, submitter_name, submitter_phone,
        contact_key, public_allowed, received_at, assigned_at, reply_clock_id, complete_clock_id,
        first_reply_at, public_reply_at, closed_at, closed_outcome, invalid_reason, updated_at, n)
    order by n
    returning id, tracking_number`.execute(db);
  const idOf = new Map(rows.map((r) => [r.trackingNumber, Number(r.id)]));
  const ids = written.map((w) => idOf.get(w.number)!);
  const merged = written.flatMap((w, i) =>
    w.plan.merged ? [{ id: ids[i]!, into: ids[w.plan.merged.into]! }] : [],
  );
  if (merged.length > 0) {
    await sql`update feedback_appeals a set state = 'merged', merged_into_id = m.into_id
      from unnest(${merged.map((m) => m.id)}::bigint[], ${merged.map((m) => m.into)}::bigint[])
        as m(id, into_id)
      where a.id = m.id`.execute(db);
  }
  await writeReplies(db, written, ids, c);
  return ids;
}

/** Half the subjects name the place, as people write them. */
function subjectOf(plan: Written['plan']): string {
  return plan.index % 2 === 0 ? plan.topic.subject : `${plan.place}${plan.topic.subject}`;
}

function lastChange(plan: Written['plan']): string | null {
  const steps = [
    stamp(plan.assignedOn, '08:45'),
    stamp(plan.claimedOn, '09:30'),
    stamp(plan.extension?.on ?? null, '11:00'),
    stamp(plan.replyOn, '15:00'),
    stamp(plan.closedOn, '16:00'),
    stamp(plan.invalid?.on ?? null, '10:00'),
    stamp(plan.merged?.on ?? null, '10:00'),
  ].filter((s): s is string => s !== null);
  return steps.sort().at(-1) ?? null;
}

async function writeReplies(
  db: Kysely<unknown>,
  written: Written[],
  ids: number[],
  c: DemoContext,
) {
  const rows = written.flatMap((w, i) => {
    const p = w.plan;
    if (!p.replyOn) return [];
    const responder = c.responderOf(p.org);
    return [
      {
        appealId: ids[i]!,
        orgId: p.org.id,
        userId: responder?.userId ?? null,
        name: responder?.name ?? '',
        privateText: p.topic.reply,
        publicText: p.publicReply ? p.topic.publicReply : null,
        at: stamp(p.replyOn, '15:00')!,
      },
    ];
  });
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
  await sql`insert into feedback_replies (appeal_id, org_id, responder_user_id, responder_name,
      private_text, public_text, is_first, at, on_date)
    select appeal_id, org_id, user_id, name, private_text, public_text, true, at,
      (at at time zone 'Asia/Shanghai')::date
    from unnest(${col((r) => r.appealId)}::bigint[], ${col((r) => r.orgId)}::bigint[],
      ${col((r) => r.userId)}::bigint[], ${col((r) => r.name)}::text[],
      ${col((r) => r.privateText)}::text[], ${col((r) => r.publicText)}::text[],
      ${col((r) => r.at)}::timestamptz[]) with ordinality
      as t(appeal_id, org_id, user_id, name, private_text, public_text, at, n)
    order by n`.execute(db);
}
