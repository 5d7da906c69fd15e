/**
 * One appeal as staff see it: the row, its orgs, attachments, both clocks, history, replies and
 * what the site part records (ratings, rectifications, call-backs: read-only here), and which
 * steps the viewer may take.
 */
import { sql, type Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock/index.ts';
import type { Actor } from '../../../platform/http/index.ts';
import { readClock, type ClockView } from '../../deadlines/index.ts';
import { appealNotFound } from '../appeal-step.ts';
import type { AppealState } from '../feedback.model.ts';
import { canHandlePath, ensureCanRead, orgPathOf } from '../feedback.policy.ts';
import { findAppeal, type AppealRow } from '../feedback.queries.ts';

export const stepNames = [
  'assign',
  'claim',
  'transfer',
  'return',
  'reply',
  'extend',
  'close',
  'invalidate',
] as const;
export type StepName = (typeof stepNames)[number];

/**
 * The page has one form per step: fields several steps share (reason, orgCode) are named per step
 * (`transferReason`, `assignOrgCode`) so that every id on the page is unique.
 */
export function stepFieldName(step: StepName, field: string): string {
  return field === 'reason' || field === 'orgCode'
    ? `${step}${field[0]!.toUpperCase()}${field.slice(1)}`
    : field;
}

export interface HistoryEntry {
  kind: string;
  at: Date;
  actorName: string;
  orgName: string | null;
  toOrgName: string | null;
  reason: string;
  data: Record<string, unknown>;
}

export interface AppealDetail {
  appeal: AppealRow;
  orgName: string | null;
  dispatchOrgName: string;
  attachments: number[];
  clocks: { purpose: 'first_reply' | 'completion'; id: number; view: ClockView }[];
  history: HistoryEntry[];
  replies: Record<string, unknown>[];
  ratings: Record<string, unknown>[];
  rectifications: Record<string, unknown>[];
  callbacks: Record<string, unknown>[];
  steps: StepName[];
}

/** The states each step starts from (the services check again). */
const stepStates: Record<StepName, readonly AppealState[]> = {
  assign: ['dispatch'],
  claim: ['assigned'],
  transfer: ['assigned', 'in_progress'],
  return: ['assigned', 'in_progress'],
  reply: ['assigned', 'in_progress', 'replied'],
  extend: ['assigned', 'in_progress', 'replied'],
  close: ['dispatch', 'assigned', 'in_progress', 'replied'],
  invalidate: ['dispatch', 'assigned', 'in_progress'],
};

async function stepsFor(db: Kysely<unknown>, actor: Actor, row: AppealRow): Promise<StepName[]> {
  const handles = canHandlePath(actor, await orgPathOf(db, row.orgId ?? row.dispatchOrgId));
  const dispatches = canHandlePath(actor, await orgPathOf(db, row.dispatchOrgId));
  return stepNames.filter((step) => {
    if (!stepStates[step].includes(row.state)) return false;
    if (step === 'assign') return dispatches;
    if (step === 'invalidate') return dispatches || handles;
    return handles;
  });
}

async function rowsOf(db: Kysely<unknown>, query: ReturnType<typeof sql>) {
  return (await query.execute(db)).rows as Record<string, unknown>[];
}

export async function getAppealDetail(
  db: Kysely<unknown>,
  clock: Clock,
  actor: Actor,
  number: string,
): Promise<AppealDetail> {
  const appeal = (await findAppeal(db, number)) ?? appealNotFound(number);
  await ensureCanRead(db, actor, appeal);
  const id = appeal.id;
  const names = await rowsOf(
    db,
    sql`select id, name from accounts_orgs where id in (${appeal.dispatchOrgId}, ${appeal.orgId ?? appeal.dispatchOrgId})`,
  );
  const nameOf = (orgId: number | null) =>
    orgId === null ? null : String(names.find((n) => Number(n['id']) === orgId)?.['name'] ?? '');
  const history = (await rowsOf(
    db,
    sql`select e.kind, e.at, e.actor_name, o.name as org_name, t.name as to_org_name, e.reason, e.data
      from feedback_appeal_events e left join accounts_orgs o on o.id = e.org_id
      left join accounts_orgs t on t.id = e.to_org_id where e.appeal_id = ${id} order by e.id`,
  )) as unknown as HistoryEntry[];
  const attachments = (
    await rowsOf(
      db,
      sql`select file_id from feedback_attachments where appeal_id = ${id} order by position`,
    )
  ).map((r) => Number(r['fileId']));
  const clocks = await Promise.all(
    (
      [
        ['first_reply', appeal.replyClockId],
        ['completion', appeal.completeClockId],
      ] as const
    ).map(async ([purpose, clockId]) => ({
      purpose,
      id: clockId,
      view: (await readClock(db, clock, clockId)).view,
    })),
  );
  return {
    appeal,
    orgName: nameOf(appeal.orgId),
    dispatchOrgName: nameOf(appeal.dispatchOrgId) ?? '',
    attachments,
    clocks,
    history,
    replies: await rowsOf(
      db,
      sql`select r.private_text, r.public_text, r.is_first, r.at, r.responder_name, o.name as org_name
        from feedback_replies r join accounts_orgs o on o.id = r.org_id
        where r.appeal_id = ${id} order by r.id`,
    ),
    ratings: await rowsOf(
      db,
      sql`select level, comment, at from feedback_ratings where appeal_id = ${id} order by id`,
    ),
    rectifications: await rowsOf(
      db,
      sql`select state, finding, action, opened_on, finished_on, clock_id
        from feedback_rectifications where appeal_id = ${id} order by id`,
    ),
    callbacks: await rowsOf(
      db,
      sql`select method, reached, level, note, by_name, at from feedback_callbacks
        where appeal_id = ${id} order by id`,
    ),
    steps: await stepsFor(db, actor, appeal),
  };
}
