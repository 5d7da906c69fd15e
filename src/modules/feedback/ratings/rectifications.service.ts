/**
 * 差评整改 and 回访 (国办发〔2019〕51号): the org verifies a bad rating and records its finding and
 * action (the clock stops), or asks for 申诉复核 when the rating was mistaken or malicious, which a
 * county supervisor decides (dismissed, or back to open); call-backs are recorded for a
 * rectification or for any closed appeal. Each change writes history and an audit record.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { localDateOf, type Clock } from '../../../platform/clock/index.ts';
import { AppError, parseFields } from '../../../platform/errors/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { hasCountyRole } from '../../accounts/index.ts';
import { recordClockEvent } from '../../deadlines/index.ts';
import {
  appealNotFound,
  inTransaction,
  recordAppealChange,
  wrongState,
  type StepContext,
} from '../appeal-step.ts';
import { callbackMethods, ratingLevels, type RectificationState } from '../feedback.model.ts';
import { feedbackDb, findAppeal, type AppealRow } from '../feedback.queries.ts';
import { ensureCanHandle, notAllowed } from '../feedback.policy.ts';
import { ratingsMessages } from './ratings.messages.ts';

const text = (min: number, max: number, key: string) =>
  z.string({ message: key }).trim().min(min, { message: key }).max(max, { message: key });

export const rectifySchema = z.object({
  finding: text(2, 2000, 'feedbackRatings.error.finding'),
  action: text(2, 2000, 'feedbackRatings.error.action'),
});
export const reviewSchema = z.object({ reason: text(5, 1000, 'feedbackRatings.error.reason') });
export const decideSchema = z.object({
  decision: z.enum(['dismiss', 'reopen'], { message: 'feedbackRatings.error.decision' }),
  note: text(0, 1000, 'feedbackRatings.error.note').optional().default(''),
});
export const callbackSchema = z.object({
  trackingNumber: text(1, 40, 'feedbackRatings.error.trackingNumber'),
  method: z.enum(callbackMethods, { message: 'feedbackRatings.error.method' }),
  reached: z
    .union([z.boolean(), z.enum(['true', 'false', 'on', ''])])
    .optional()
    .transform((v) => v === true || v === 'true' || v === 'on'),
  level: z
    .union([z.enum(ratingLevels), z.literal('')], { message: 'feedbackRatings.error.level' })
    .optional()
    .transform((v) => (v ? v : null)),
  note: text(0, 1000, 'feedbackRatings.error.note').optional().default(''),
});

interface Rectification {
  id: number;
  appealId: number;
  orgId: number;
  clockId: number;
  state: RectificationState;
}

function rectificationNotFound(id: number): never {
  throw new AppError('not_found', 'feedback_rectification_not_found', `没有整改记录 ${id}`);
}

/** Locks the rectification and its appeal, runs `work` and records the change on the appeal. */
async function rectificationStep(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  name: string,
  work: (
    rect: Rectification,
    appeal: AppealRow,
    step: StepContext,
  ) => Promise<{ reason?: string; data?: Record<string, unknown> }>,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const found = await feedbackDb(trx)
      .selectFrom('feedbackRectifications')
      .select(['id', 'appealId', 'orgId', 'clockId', 'state'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!found) rectificationNotFound(id);
    const rect: Rectification = {
      id: Number(found.id),
      appealId: Number(found.appealId),
      orgId: Number(found.orgId),
      clockId: Number(found.clockId),
      state: found.state,
    };
    const appeal = await appealById(trx, rect.appealId);
    const at = clock.now();
    const step: StepContext = { trx, clock, ctx, at, today: localDateOf(at) };
    const { reason, data } = await work(rect, appeal, step);
    await recordAppealChange(appeal, step, name, {
      events: [{ kind: name, orgId: rect.orgId, reason, data: { rectificationId: id, ...data } }],
      checkpoints: [],
      summary: { rectificationId: id, ...data },
    });
  });
}

async function appealById(db: Kysely<unknown>, id: number): Promise<AppealRow> {
  const row = await feedbackDb(db)
    .selectFrom('feedbackAppeals')
    .select(['trackingNumber'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return (await findAppeal(db, row.trackingNumber)) ?? appealNotFound(row.trackingNumber);
}

const handler = (db: Kysely<unknown>, ctx: ActionContext, rect: Rectification, a: AppealRow) =>
  ensureCanHandle(db, ctx.actor, { orgId: rect.orgId, dispatchOrgId: a.dispatchOrgId });

/** 核实整改: the finding and the action; the clock stops. */
export async function rectify(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: unknown,
): Promise<void> {
  const { finding, action } = parseFields(rectifySchema, input, ratingsMessages);
  await rectificationStep(db, clock, ctx, id, 'rectified', async (rect, appeal, step) => {
    await handler(step.trx, ctx, rect, appeal);
    if (rect.state !== 'open') wrongState(appeal.state, 'rectify');
    await finish(step, rect, 'rectified', { finding, action });
    return { data: { finding, action } };
  });
}

async function finish(
  step: StepContext,
  rect: Rectification,
  state: 'rectified' | 'dismissed',
  texts: { finding?: string; action?: string } = {},
): Promise<void> {
  await feedbackDb(step.trx)
    .updateTable('feedbackRectifications')
    .set({ ...texts, state, finishedAt: step.at, finishedOn: step.today })
    .where('id', '=', rect.id)
    .execute();
  await recordClockEvent(step.trx, step.clock, step.ctx, rect.clockId, {
    kind: 'stop',
    on: step.today,
    outcome: state,
  });
}

/** 申诉复核: the org holds the rating mistaken or malicious; a county supervisor decides. */
export async function requestReview(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: unknown,
): Promise<void> {
  const { reason } = parseFields(reviewSchema, input, ratingsMessages);
  await rectificationStep(db, clock, ctx, id, 'review_requested', async (rect, appeal, step) => {
    await handler(step.trx, ctx, rect, appeal);
    if (rect.state !== 'open') wrongState(appeal.state, 'review');
    await feedbackDb(step.trx)
      .updateTable('feedbackRectifications')
      .set({ state: 'review_requested', finding: reason })
      .where('id', '=', rect.id)
      .execute();
    return { reason };
  });
}

export function canDecideReview(ctx: ActionContext): boolean {
  return hasCountyRole(ctx.actor, ['supervisor', 'admin']);
}

/** The supervisor's decision: the rating is dismissed (the clock stops) or the rectification reopens. */
export async function decideReview(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: unknown,
): Promise<void> {
  const { decision, note } = parseFields(decideSchema, input, ratingsMessages);
  if (!canDecideReview(ctx)) notAllowed();
  await rectificationStep(db, clock, ctx, id, 'review_decided', async (rect, appeal, step) => {
    if (rect.state !== 'review_requested') wrongState(appeal.state, 'decide');
    if (decision === 'dismiss') await finish(step, rect, 'dismissed');
    else {
      await feedbackDb(step.trx)
        .updateTable('feedbackRectifications')
        .set({ state: 'open' })
        .where('id', '=', rect.id)
        .execute();
    }
    return { reason: note, data: { decision } };
  });
}

/** 回访: for a rectification of the appeal if one is open, else for a closed appeal. */
export async function recordCallback(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: unknown,
  rectificationId: number | null = null,
): Promise<number> {
  const data = parseFields(callbackSchema, input, ratingsMessages);
  return inTransaction(db, async (trx) => {
    const appeal = await findAppeal(trx, data.trackingNumber, true);
    if (!appeal) {
      throw new AppError('validation', 'feedback_appeal_not_found', '没有此诉求编号', {
        fields: [{ field: 'trackingNumber', message: 'feedbackRatings.error.noAppeal' }],
      });
    }
    await ensureCanHandle(trx, ctx.actor, appeal);
    if (rectificationId === null && appeal.state !== 'closed') {
      throw new AppError('validation', 'feedback_callback_not_closed', '诉求尚未办结', {
        fields: [{ field: 'trackingNumber', message: 'feedbackRatings.error.notClosed' }],
      });
    }
    const at = clock.now();
    const today = localDateOf(at);
    const inserted = await feedbackDb(trx)
      .insertInto('feedbackCallbacks')
      .values({
        appealId: appeal.id,
        rectificationId,
        method: data.method,
        reached: data.reached,
        level: data.level,
        note: data.note,
        byUserId: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        byName: ctx.actor.name,
        at,
        onDate: today,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const callbackId = Number(inserted.id);
    const summary = { callbackId, rectificationId, method: data.method, reached: data.reached };
    await recordAppealChange(appeal, { trx, clock, ctx, at, today }, 'called_back', {
      events: [{ kind: 'called_back', data: { ...summary, level: data.level } }],
      checkpoints: [],
      summary,
    });
    return callbackId;
  });
}
