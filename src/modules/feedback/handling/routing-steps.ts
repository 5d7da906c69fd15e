/**
 * Who handles an appeal: the dispatch desk assigns it to an org, a responder of the org claims it,
 * transfers it (with a reason) or returns it to dispatch when wrongly routed, within a limit.
 * The appeal's clocks follow it from org to org and keep counting from receipt.
 */
import type { Kysely } from 'kysely';
import { loadCalendar } from '../../../platform/calendar/index.ts';
import { localDateOf, type Clock } from '../../../platform/clock/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { notify } from '../../../platform/notify/index.ts';
import { reassignClock } from '../../deadlines/index.ts';
import { runAppealStep, wrongState, type StepContext } from '../appeal-step.ts';
import { ensureCanDispatch, ensureCanHandle } from '../feedback.policy.ts';
import type { AppealRow } from '../feedback.queries.ts';
import { readFeedbackSettings } from '../feedback.settings.ts';
import { activeOrgIdByCode } from '../routing.ts';
import { fieldError, requireReason, wordsOf } from './step-support.ts';

/** An active org by code, other than `current`; else a field error on `orgCode`. */
async function targetOrg(
  db: Kysely<unknown>,
  orgCode: unknown,
  current: number | null,
): Promise<number> {
  const code = typeof orgCode === 'string' ? orgCode.trim() : '';
  const orgId = await activeOrgIdByCode(db, code);
  if (orgId === null || orgId === current) fieldError('orgCode', 'feedbackHandling.error.orgCode');
  return orgId;
}

/** Both clocks move to the org (they keep counting from receipt), and its responders are told. */
async function handOver(step: StepContext, row: AppealRow, orgId: number): Promise<void> {
  await reassignClock(step.trx, row.replyClockId, orgId);
  await reassignClock(step.trx, row.completeClockId, orgId);
  const subject = wordsOf('feedbackHandling.notice.assigned', { number: row.trackingNumber });
  const body = wordsOf('feedbackHandling.notice.assignedBody', { subject: row.subject });
  await notify(
    step.trx,
    [
      {
        recipientOrgId: orgId,
        subject: subject.zh,
        subjectEn: subject.en,
        body: body.zh,
        bodyEn: body.en,
        link: `/staff/feedback/appeals/${row.trackingNumber}`,
      },
    ],
    step.at,
  );
}

/** The dispatch desk sends an appeal waiting at dispatch to an org. */
export function assignAppeal(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  number: string,
  input: { orgCode: string },
): Promise<AppealRow> {
  return runAppealStep(db, clock, ctx, number, {
    name: 'assign',
    authorize: (row, step) => ensureCanDispatch(step.trx, ctx.actor, row),
    async run(row, step) {
      if (row.state !== 'dispatch') wrongState(row.state, 'assign');
      const orgId = await targetOrg(step.trx, input.orgCode, null);
      await handOver(step, row, orgId);
      return {
        patch: { state: 'assigned', orgId, assignedAt: step.at, claimedBy: null },
        events: [
          { kind: 'routed', orgId: null, toOrgId: orgId, isPublic: true, data: { by: 'dispatch' } },
        ],
        checkpoints: [],
      };
    },
  });
}

/** A responder of the org takes the appeal on. */
export function claimAppeal(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  number: string,
): Promise<AppealRow> {
  return runAppealStep(db, clock, ctx, number, {
    name: 'claim',
    authorize: (row, step) => ensureCanHandle(step.trx, ctx.actor, row),
    run(row) {
      if (row.state !== 'assigned' || row.orgId === null) wrongState(row.state, 'claim');
      return {
        patch: { state: 'in_progress', claimedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null },
        events: [{ kind: 'claimed', isPublic: true }],
        checkpoints: [],
      };
    },
  });
}

/** To another org, with a reason; the limits keep running (the clocks count from receipt). */
export function transferAppeal(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  number: string,
  input: { orgCode: string; reason: string },
): Promise<AppealRow> {
  return runAppealStep(db, clock, ctx, number, {
    name: 'transfer',
    authorize: (row, step) => ensureCanHandle(step.trx, ctx.actor, row),
    async run(row, step) {
      if (row.state !== 'assigned' && row.state !== 'in_progress') {
        wrongState(row.state, 'transfer');
      }
      const reason = requireReason(input.reason);
      const orgId = await targetOrg(step.trx, input.orgCode, row.orgId);
      await handOver(step, row, orgId);
      return {
        patch: { state: 'assigned', orgId, claimedBy: null, assignedAt: step.at },
        events: [{ kind: 'transferred', toOrgId: orgId, reason, isPublic: true }],
        checkpoints: [],
        summary: { reason },
      };
    },
  });
}

function returnTooLate(days: number, until: string): never {
  throw new AppError(
    'invalid_state',
    'feedback_return_late',
    `${wordsOf('feedbackHandling.error.returnLate', { days, until }).zh} / ${
      wordsOf('feedbackHandling.error.returnLate', { days, until }).en
    }`,
    { days, until },
  );
}

/**
 * A wrongly routed appeal goes back to the dispatch desk, only within `transferReturnDays`
 * working days after it was assigned.
 */
export function returnToDispatch(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  number: string,
  input: { reason: string },
): Promise<AppealRow> {
  return runAppealStep(db, clock, ctx, number, {
    name: 'return',
    authorize: (row, step) => ensureCanHandle(step.trx, ctx.actor, row),
    async run(row, step) {
      if (row.state !== 'assigned' && row.state !== 'in_progress') wrongState(row.state, 'return');
      const reason = requireReason(input.reason);
      const settings = await readFeedbackSettings(step.trx);
      // RULES.md §7.1 山东 reference value, a setting: returned within 2 working days of assignment.
      const days = settings.transferReturnDays;
      const assignedOn = localDateOf(row.assignedAt ?? row.receivedAt);
      const until = (await loadCalendar(step.trx)).addWorkingDays(assignedOn, days).value;
      if (step.today > until) returnTooLate(days, until);
      await reassignClock(step.trx, row.replyClockId, row.dispatchOrgId);
      await reassignClock(step.trx, row.completeClockId, row.dispatchOrgId);
      return {
        patch: { state: 'dispatch', orgId: null, claimedBy: null, assignedAt: null },
        events: [{ kind: 'returned', toOrgId: row.dispatchOrgId, reason }],
        checkpoints: [],
        summary: { reason, fromOrgId: row.orgId },
      };
    },
  });
}
