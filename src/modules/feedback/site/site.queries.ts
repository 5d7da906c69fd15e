/**
 * What the public sees: the status of an appeal (only with its access code), and the public
 * replies of appeals whose submitters allowed it — kind, subject, content and the public reply
 * text, masked (maskPersonalData) so that a phone or ID number typed into the text never shows;
 * names, phones, e-mails and the place are never read here.
 */
import { sql, type Kysely } from 'kysely';
import { localDateOf, type Clock } from '../../../platform/clock/index.ts';
import { maskPersonalData } from '../../../platform/logger/index.ts';
import { deriveClocks } from '../../deadlines/index.ts';
import { appealNotFound } from '../appeal-step.ts';
import type { AppealKind, AppealState } from '../feedback.model.ts';
import { findAppeal, type AppealRow } from '../feedback.queries.ts';
import { readFeedbackSettings } from '../feedback.settings.ts';
import { ensureAccessCode, reopenUntil } from '../ratings/access.ts';
import { latestReply } from '../ratings/ratings.service.ts';

export interface PublicEvent {
  kind: string;
  onDate: string;
  orgName: string;
  toOrgName: string;
  reason: string;
}

export interface StatusReply {
  onDate: string;
  orgName: string;
  privateText: string;
  publicText: string | null;
}

export interface MergedInto {
  trackingNumber: string;
  state: AppealState;
  events: PublicEvent[];
  publicReplies: { onDate: string; text: string }[];
}

export interface AppealStatus {
  trackingNumber: string;
  kind: AppealKind;
  subject: string;
  state: AppealState;
  orgName: string;
  receivedOn: string;
  replyDueOn: string | null;
  completeDueOn: string | null;
  firstReplyOn: string | null;
  closedOn: string | null;
  events: PublicEvent[];
  replies: StatusReply[];
  mergedInto: MergedInto | null;
  canRate: boolean;
  /** The last day the submitter may reopen, when it may. */
  reopenUntil: string | null;
}

const dateText = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : v === null ? null : String(v);

async function publicEvents(db: Kysely<unknown>, appealId: number): Promise<PublicEvent[]> {
  const { rows } = await sql<PublicEvent>`
    select e.kind, e.on_date::text as on_date, coalesce(o.name, '') as org_name,
      coalesce(t.name, '') as to_org_name, e.reason
    from feedback_appeal_events e
    left join accounts_orgs o on o.id = e.org_id
    left join accounts_orgs t on t.id = e.to_org_id
    where e.appeal_id = ${appealId} and e.is_public
    order by e.id`.execute(db);
  return rows;
}

async function replies(db: Kysely<unknown>, appealId: number): Promise<StatusReply[]> {
  const { rows } = await sql<StatusReply>`
    select r.on_date::text as on_date, coalesce(o.name, '') as org_name, r.private_text, r.public_text
    from feedback_replies r left join accounts_orgs o on o.id = r.org_id
    where r.appeal_id = ${appealId} order by r.id`.execute(db);
  return rows;
}

async function orgName(db: Kysely<unknown>, orgId: number | null): Promise<string> {
  if (orgId === null) return '';
  const { rows } = await sql<{ name: string }>`
    select name from accounts_orgs where id = ${orgId}`.execute(db);
  return rows[0]?.name ?? '';
}

async function mergedInto(db: Kysely<unknown>, id: number): Promise<MergedInto | null> {
  const { rows } = await sql<{ trackingNumber: string }>`
    select tracking_number from feedback_appeals where id = ${id}`.execute(db);
  const target = rows[0] && (await findAppeal(db, rows[0].trackingNumber));
  if (!target) return null;
  const texts = await replies(db, target.id);
  return {
    trackingNumber: target.trackingNumber,
    state: target.state,
    events: await publicEvents(db, target.id),
    // The other submitter's private reply is theirs: only the public text is shown here.
    publicReplies: texts
      .filter((r) => r.publicText)
      .map((r) => ({ onDate: r.onDate, text: maskPersonalData(r.publicText ?? '') })),
  };
}

/** The appeal as its submitter sees it; not_found for an unknown number or a wrong code alike. */
export async function readAppealStatus(
  db: Kysely<unknown>,
  clock: Clock,
  trackingNumber: string,
  accessCode: string,
): Promise<AppealStatus> {
  const row: AppealRow =
    (await findAppeal(db, trackingNumber)) ?? appealNotFound(trackingNumber.slice(0, 40));
  ensureAccessCode(row, accessCode);
  const today = localDateOf(clock.now());
  const views = await deriveClocks(db, [row.replyClockId, row.completeClockId], today);
  const dueOf = (id: number) => (views.get(id) ?? views.get(String(id) as never))?.dueOn ?? null;
  const latest = await latestReply(db, row.id);
  let until: string | null = null;
  if (row.state === 'closed' && row.closedOn !== null) {
    const settings = await readFeedbackSettings(db);
    const last = await reopenUntil(db, dateText(row.closedOn)!, settings.reopenDays, today);
    until = last !== null && today <= last ? last : null;
  }
  return {
    trackingNumber: row.trackingNumber,
    kind: row.kind,
    subject: row.subject,
    state: row.state,
    orgName: await orgName(db, row.orgId ?? row.dispatchOrgId),
    receivedOn: dateText(row.receivedOn)!,
    replyDueOn: dueOf(row.replyClockId),
    completeDueOn: dueOf(row.completeClockId),
    firstReplyOn: dateText(row.firstReplyOn),
    closedOn: dateText(row.closedOn),
    events: await publicEvents(db, row.id),
    replies: await replies(db, row.id),
    mergedInto: row.mergedIntoId === null ? null : await mergedInto(db, row.mergedIntoId),
    canRate:
      (row.state === 'replied' || row.state === 'closed') && latest !== null && !latest.rated,
    reopenUntil: until,
  };
}

export interface PublicReply {
  trackingNumber: string;
  kind: AppealKind;
  subject: string;
  content: string;
  orgName: string;
  receivedOn: string;
  repliedOn: string;
  replyText: string;
}

const publicWhere = sql`a.public_allowed and a.state not in ('invalid', 'merged')
  and exists (select 1 from feedback_replies r where r.appeal_id = a.id and r.public_text is not null)`;

function masked(row: PublicReply): PublicReply {
  return {
    ...row,
    subject: maskPersonalData(row.subject),
    content: maskPersonalData(row.content),
    replyText: maskPersonalData(row.replyText),
  };
}

const publicColumns = sql`a.tracking_number, a.kind, a.subject, a.content,
  coalesce(o.name, '') as org_name, a.received_on::text as received_on,
  lr.on_date::text as replied_on, lr.public_text as reply_text`;
const latestPublic = sql`join lateral (select r.on_date, r.public_text from feedback_replies r
    where r.appeal_id = a.id and r.public_text is not null order by r.id desc limit 1) lr on true
  left join accounts_orgs o on o.id = a.org_id`;

export const repliesPageSize = 20;

/** The newest public replies first. */
export async function listPublicReplies(
  db: Kysely<unknown>,
  page: number,
  size = repliesPageSize,
): Promise<{ items: PublicReply[]; total: number }> {
  const count = await sql<{ n: string }>`
    select count(*) as n from feedback_appeals a where ${publicWhere}`.execute(db);
  const { rows } = await sql<PublicReply>`
    select ${publicColumns} from feedback_appeals a ${latestPublic}
    where ${publicWhere}
    order by lr.on_date desc, a.id desc
    limit ${size} offset ${(page - 1) * size}`.execute(db);
  return { items: rows.map(masked), total: Number(count.rows[0]?.n ?? 0) };
}

export async function findPublicReply(
  db: Kysely<unknown>,
  trackingNumber: string,
): Promise<PublicReply | undefined> {
  const { rows } = await sql<PublicReply>`
    select ${publicColumns} from feedback_appeals a ${latestPublic}
    where ${publicWhere} and a.tracking_number = ${trackingNumber}`.execute(db);
  return rows[0] && masked(rows[0]);
}

/** The active orgs a submitter may name (optional; routing decides otherwise). */
export async function activeOrgs(db: Kysely<unknown>): Promise<{ code: string; name: string }[]> {
  const { rows } = await sql<{ code: string; name: string }>`
    select code, name from accounts_orgs where is_active order by path, sort_order, id`.execute(db);
  return rows;
}
