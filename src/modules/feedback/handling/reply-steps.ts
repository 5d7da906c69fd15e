/**
 * Answering an appeal: replies (private to the submitter, public only if the submitter allowed
 * it), an extension of the completion limit, the close, or marking it invalid. The first reply
 * stops the first-reply clock; the close stops the completion clock (issue 9 §2, RULES.md §7).
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock/index.ts';
import { isAppError } from '../../../platform/errors/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { readClock, recordClockEvent } from '../../deadlines/index.ts';
import {
  runAppealStep,
  wrongState,
  type AppealCheckpoint,
  type AppealEvent,
  type StepContext,
} from '../appeal-step.ts';
import { closedOutcomes, clockPurposes, type ClosedOutcome } from '../feedback.model.ts';
import { ensureCanDispatch, ensureCanHandle } from '../feedback.policy.ts';
import { feedbackDb, type AppealRow } from '../feedback.queries.ts';
import { informSubmitters } from './inform.ts';
import { fieldError, requireReason, stopClock } from './step-support.ts';

export const replyMaxLength = 3000;
const answering = ['assigned', 'in_progress', 'replied'];

export interface ReplyInput {
  privateText: string;
  publicText?: string | null;
  close?: boolean;
}

function replyTexts(row: AppealRow, input: ReplyInput) {
  const privateText = (input.privateText ?? '').trim();
  const publicText = (input.publicText ?? '').trim();
  if (privateText === '' || privateText.length > replyMaxLength) {
    fieldError('privateText', 'feedbackHandling.error.privateText');
  }
  if (publicText.length > replyMaxLength)
    fieldError('publicText', 'feedbackHandling.error.publicText');
  // Personal matters stay private unless the submitter allowed public display (issue 9 §1).
  if (publicText !== '' && !row.publicAllowed) {
    fieldError('publicText', 'feedbackHandling.error.publicNotAllowed');
  }
  return { privateText, publicText: publicText === '' ? null : publicText };
}

/** Stops what still runs and says so: the close's patch, events and checkpoint. */
async function closing(row: AppealRow, step: StepContext, outcome: ClosedOutcome, note = '') {
  if (row.firstReplyAt === null) await stopClock(step, row.replyClockId, outcome);
  await stopClock(step, row.completeClockId, outcome);
  return {
    patch: {
      state: 'closed' as const,
      closedAt: step.at,
      closedOn: step.today,
      closedOutcome: outcome,
    },
    events: [{ kind: 'closed', reason: note, data: { outcome }, isPublic: true }] as AppealEvent[],
    checkpoints: [{ kind: 'completed', reason: outcome }] as AppealCheckpoint[],
  };
}

/** A reply; the first stops the reply clock; `close` also closes the appeal. */
export function replyToAppeal(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  number: string,
  input: ReplyInput,
): Promise<AppealRow> {
  return runAppealStep(db, clock, ctx, number, {
    name: 'reply',
    authorize: (row, step) => ensureCanHandle(step.trx, ctx.actor, row),
    async run(row, step) {
      if (!answering.includes(row.state) || row.orgId === null) wrongState(row.state, 'reply');
      const texts = replyTexts(row, input);
      const isFirst = row.firstReplyAt === null;
      await feedbackDb(step.trx)
        .insertInto('feedbackReplies')
        .values({
          appealId: row.id,
          orgId: row.orgId,
          responderUserId: ctx.actor.kind === 'user' ? ctx.actor.id : null,
          responderName: ctx.actor.name,
          ...texts,
          isFirst,
          at: step.at,
          onDate: step.today,
        })
        .execute();
      const patch: Record<string, unknown> = { state: 'replied' };
      const checkpoints: AppealCheckpoint[] = [];
      if (isFirst) {
        const stepDays = await stopClock(step, row.replyClockId, 'replied');
        Object.assign(patch, { firstReplyAt: step.at, firstReplyOn: step.today });
        checkpoints.push({ kind: 'step_completed', step: clockPurposes.reply, stepDays });
      }
      if (texts.publicText !== null && row.publicReplyAt === null) patch.publicReplyAt = step.at;
      const events: AppealEvent[] = [
        {
          kind: 'replied',
          isPublic: true,
          data: { first: isFirst, public: texts.publicText !== null },
        },
      ];
      const replied = { ...row, firstReplyAt: row.firstReplyAt ?? step.at };
      const closed = input.close
        ? await closing(replied, step, row.kind === 'consultation' ? 'answered' : 'resolved')
        : null;
      await informSubmitters(step.trx, row, closed ? 'closed' : 'replied', step.at);
      return {
        patch: { ...patch, ...closed?.patch },
        events: [...events, ...(closed?.events ?? [])],
        checkpoints: [...checkpoints, ...(closed?.checkpoints ?? [])],
        summary: { isFirst, public: texts.publicText !== null },
      };
    },
  });
}

/** Maps the clock's refusal of an extension onto the form's fields. */
async function extensionRefused(step: StepContext, row: AppealRow, error: unknown): Promise<never> {
  if (!isAppError(error)) throw error;
  const { view } = await readClock(step.trx, step.clock, row.completeClockId, step.today);
  const { rule } = view;
  if (error.code === 'clock_extension_limit') {
    fieldError('days', 'feedbackHandling.error.extensionUsed', { max: rule.maxExtensions });
  }
  if (error.code === 'clock_extension_late')
    fieldError('days', 'feedbackHandling.error.extensionLate');
  if (error.code === 'clock_extension_cap') {
    const left = rule.extensionCapDays - (view.totalDays - rule.limitDays);
    fieldError('days', 'feedbackHandling.error.days', { max: Math.max(left, 0) });
  }
  throw error;
}

/** Extends the completion limit (the clock's rule caps it: settings maxExtensions, extensionMaxDays). */
export function extendAppeal(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  number: string,
  input: { days: number; reason: string },
): Promise<AppealRow> {
  return runAppealStep(db, clock, ctx, number, {
    name: 'extend',
    authorize: (row, step) => ensureCanHandle(step.trx, ctx.actor, row),
    async run(row, step) {
      if (!answering.includes(row.state)) wrongState(row.state, 'extend');
      const reason = requireReason(input.reason);
      const days = Number(input.days);
      if (!Number.isInteger(days) || days < 1) {
        const { view } = await readClock(step.trx, step.clock, row.completeClockId, step.today);
        fieldError('days', 'feedbackHandling.error.days', { max: view.rule.extensionCapDays });
      }
      // One extension of at most 10 working days (RULES.md §7.1 山东 reference value, settings).
      const view = await recordClockEvent(step.trx, step.clock, ctx, row.completeClockId, {
        kind: 'extend',
        on: step.today,
        days,
        approver: ctx.actor.name,
        reason,
      }).catch((error: unknown) => extensionRefused(step, row, error));
      return {
        patch: {},
        events: [{ kind: 'extended', reason, isPublic: true, data: { days, dueOn: view.dueOn } }],
        checkpoints: [{ kind: 'extended', days, reason }],
        summary: { days, reason, dueOn: view.dueOn },
      };
    },
  });
}

/** Closes with an outcome; a reply must come first unless the appeal was transferred out. */
export function closeAppeal(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  number: string,
  input: { outcome: string; note?: string },
): Promise<AppealRow> {
  return runAppealStep(db, clock, ctx, number, {
    name: 'close',
    authorize: (row, step) => ensureCanHandle(step.trx, ctx.actor, row),
    async run(row, step) {
      if (!['dispatch', ...answering].includes(row.state)) wrongState(row.state, 'close');
      const outcome = closedOutcomes.find((o) => o === input.outcome);
      if (!outcome) return fieldError('outcome', 'feedbackHandling.error.outcome');
      const note = (input.note ?? '').trim();
      if (note.length > 500) fieldError('note', 'feedbackHandling.error.note');
      if (row.firstReplyAt === null && outcome !== 'transferred_out') {
        fieldError('outcome', 'feedbackHandling.error.needsReply');
      }
      const closed = await closing(row, step, outcome, note);
      await informSubmitters(step.trx, row, 'closed', step.at);
      return { ...closed, summary: { outcome, note } };
    },
  });
}

/** Spam or out of scope: the dispatch desk or the org's responder; both clocks stop. */
export function invalidateAppeal(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  number: string,
  input: { reason: string },
): Promise<AppealRow> {
  return runAppealStep(db, clock, ctx, number, {
    name: 'invalidate',
    async authorize(row, step) {
      await ensureCanDispatch(step.trx, ctx.actor, row).catch(() =>
        ensureCanHandle(step.trx, ctx.actor, row),
      );
    },
    async run(row, step) {
      if (!['dispatch', 'assigned', 'in_progress'].includes(row.state)) {
        wrongState(row.state, 'invalidate');
      }
      const reason = requireReason(input.reason);
      await stopClock(step, row.replyClockId, 'invalid');
      await stopClock(step, row.completeClockId, 'invalid');
      return {
        patch: { state: 'invalid', invalidReason: reason },
        events: [{ kind: 'invalidated', reason, isPublic: true }],
        checkpoints: [{ kind: 'refused', reason }],
        summary: { reason },
      };
    },
  });
}
