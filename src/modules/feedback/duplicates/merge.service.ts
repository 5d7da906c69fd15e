/**
 * Merging a duplicate appeal into another (issue 9 §6): the duplicate ends as `merged`, both its
 * clocks stop (outcome 'merged'), supervision gets a `withdrawn` checkpoint (ADR 0016), both
 * appeals' public histories say so, and the duplicate's submitter is told by SMS / e-mail. Merges
 * stay one level deep: never into a merged appeal (the root is named instead), and appeals earlier
 * merged into the duplicate move to the new root, so every submitter is informed of its reply.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock/index.ts';
import { AppError, invalidFields } from '../../../platform/errors/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { createI18n } from '../../../platform/i18n/index.ts';
import { enqueueMessages, type OutgoingMessage } from '../../../platform/notify/index.ts';
import { readClock, recordClockEvent } from '../../deadlines/index.ts';
import { recordAppealChange, runAppealStep, wrongState, type StepContext } from '../appeal-step.ts';
import { openStates } from '../feedback.model.ts';
import { ensureCanDispatch, ensureCanHandle } from '../feedback.policy.ts';
import { feedbackDb, findAppeal, type AppealRow } from '../feedback.queries.ts';
import { duplicatesMessages } from './duplicates.messages.ts';

const zh = createI18n([duplicatesMessages]).translator('zh-CN');

export interface MergeInput {
  /** The tracking number of the appeal that stays. */
  into: string;
  reason?: string;
}

const reasonMax = 500;

function invalid(field: string, key: string): never {
  throw invalidFields([{ field, message: key }], duplicatesMessages);
}

/** The dispatch desk or the handling org's responders (feedback.policy.ts). */
async function ensureCanMerge(db: Kysely<unknown>, ctx: ActionContext, row: AppealRow) {
  try {
    await ensureCanHandle(db, ctx.actor, row);
  } catch {
    await ensureCanDispatch(db, ctx.actor, row);
  }
}

/** The appeal merged into: open, not the duplicate itself, not merged itself (no chains). */
async function targetOf(trx: Kysely<unknown>, row: AppealRow, into: string): Promise<AppealRow> {
  const number = into.trim().toUpperCase();
  if (number === '') invalid('into', 'feedbackDuplicates.error.into');
  if (number === row.trackingNumber) invalid('into', 'feedbackDuplicates.error.self');
  const target =
    (await findAppeal(trx, number, true)) ??
    invalid('into', 'feedbackDuplicates.error.intoMissing');
  if (target.state === 'merged') {
    const root = await feedbackDb(trx)
      .selectFrom('feedbackAppeals')
      .select('trackingNumber')
      .where('id', '=', target.mergedIntoId ?? 0)
      .executeTakeFirst();
    throw new AppError(
      'invalid_state',
      'feedback_merge_chain',
      `诉求 ${number} 已合并至 ${root?.trackingNumber ?? ''}，请合并至该诉求 / ${number} was merged into ${root?.trackingNumber ?? ''}: merge into that one`,
      { root: root?.trackingNumber ?? null },
    );
  }
  if (!(openStates as readonly string[]).includes(target.state))
    wrongState(target.state, `合并至 ${number}`);
  return target;
}

/** Stops the appeal's clocks that still run (the reply clock stops at the first reply already). */
async function stopClocks(step: StepContext, row: AppealRow): Promise<void> {
  for (const clockId of [row.replyClockId, row.completeClockId]) {
    const record = await readClock(step.trx, step.clock, clockId, step.today);
    if (record.view.state === 'stopped') continue;
    await recordClockEvent(step.trx, step.clock, step.ctx, clockId, {
      kind: 'stop',
      on: step.today,
      outcome: 'merged',
    });
  }
}

function messagesTo(row: AppealRow, into: string): OutgoingMessage[] {
  const body = zh('feedbackDuplicates.notice.body', { number: row.trackingNumber, into });
  const subject = zh('feedbackDuplicates.notice.subject');
  return [
    { channel: 'sms', recipient: row.submitterPhone, body },
    { channel: 'email', recipient: row.submitterEmail, subject, body },
  ];
}

/** Merges appeal `number` into `input.into`; returns the merged row. */
export async function mergeAppeal(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  number: string,
  input: MergeInput,
): Promise<AppealRow> {
  const reason = (input.reason ?? '').trim();
  if (reason.length > reasonMax) invalid('reason', 'feedbackDuplicates.error.reason');
  return runAppealStep(db, clock, ctx, number, {
    name: 'merge',
    authorize: (row, step) => ensureCanMerge(step.trx, ctx, row),
    async run(row, step) {
      if (!(openStates as readonly string[]).includes(row.state)) wrongState(row.state, '合并');
      const target = await targetOf(step.trx, row, input.into);
      const into = target.trackingNumber;
      await stopClocks(step, row);
      const moved = await feedbackDb(step.trx)
        .updateTable('feedbackAppeals')
        .set({ mergedIntoId: target.id, updatedAt: step.at })
        .where('mergedIntoId', '=', row.id)
        .returning('trackingNumber')
        .execute();
      await recordAppealChange(target, step, 'merge_in', {
        events: [
          {
            kind: 'merged_in',
            isPublic: true,
            reason,
            data: {
              from: row.trackingNumber,
              text: zh('feedbackDuplicates.event.mergedIn', { from: row.trackingNumber }),
            },
          },
        ],
        checkpoints: [],
        summary: { from: row.trackingNumber },
      });
      await enqueueMessages(step.trx, messagesTo(row, into), step.at);
      return {
        patch: { state: 'merged', mergedIntoId: target.id },
        events: [
          {
            kind: 'merged',
            isPublic: true,
            toOrgId: target.orgId,
            reason,
            data: { into, text: zh('feedbackDuplicates.event.merged', { into }) },
          },
        ],
        // 合并 ends the matter here: supervision sees it withdrawn into the other (ADR 0016).
        checkpoints: [{ kind: 'withdrawn', reason: zh('feedbackDuplicates.checkpoint', { into }) }],
        summary: { into, moved: moved.map((m) => m.trackingNumber) },
      };
    },
  });
}
