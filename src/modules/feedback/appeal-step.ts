/**
 * The one way an appeal changes: lock it, check state and who acts, compute the change, then
 * write the row, its history events, the checkpoints to supervision (ARCHITECTURE.md §2.3) and
 * the audit record in one transaction.
 */
import type { Kysely, Updateable } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { emitCheckpoints, type CheckpointInput } from '../../platform/checkpoints/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { inTransaction } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { appealMatterType, type AppealState } from './feedback.model.ts';
import { feedbackDb, findAppeal, orgCodeOf, type AppealRow } from './feedback.queries.ts';
import type { FeedbackAppealsTable } from './feedback.tables.ts';

export interface StepContext {
  trx: Kysely<unknown>;
  clock: Clock;
  ctx: ActionContext;
  at: Date;
  today: string;
}

/** One history entry; `isPublic` entries are shown to the submitter on the tracking page. */
export interface AppealEvent {
  kind: string;
  orgId?: number | null;
  toOrgId?: number | null;
  reason?: string;
  data?: Record<string, unknown>;
  isPublic?: boolean;
}

/** A checkpoint of this appeal: matter, org (the appeal's handling or dispatch org) and time are filled in. */
export type AppealCheckpoint = Omit<CheckpointInput, 'matterType' | 'matterId' | 'org' | 'at'>;

export interface StepResult {
  patch: Updateable<FeedbackAppealsTable>;
  events: AppealEvent[];
  checkpoints: AppealCheckpoint[];
  summary?: Record<string, unknown>;
}

export interface AppealStepDefinition {
  /** The audit action's last word: `feedback.appeal.<name>`. */
  name: string;
  /** Throws forbidden unless the actor may take the step. */
  authorize(row: AppealRow, step: StepContext): Promise<void> | void;
  run(row: AppealRow, step: StepContext): Promise<StepResult> | StepResult;
}

export function appealNotFound(trackingNumber: string): never {
  throw new AppError(
    'not_found',
    'feedback_appeal_not_found',
    `没有诉求编号 ${trackingNumber} / no appeal ${trackingNumber}`,
  );
}

export function wrongState(state: AppealState, step: string): never {
  throw new AppError(
    'invalid_state',
    'feedback_appeal_wrong_state',
    `诉求当前状态为“${state}”，不能执行“${step}” / the appeal is ${state}: ${step} is not allowed`,
    { state, step },
  );
}

export { inTransaction };

/** Writes history events, checkpoints and the audit record of a change to `row`. */
export async function recordAppealChange(
  row: AppealRow,
  step: StepContext,
  action: string,
  result: Omit<StepResult, 'patch'> & { patch?: StepResult['patch'] },
): Promise<void> {
  const { trx, ctx, at, today } = step;
  if (result.events.length > 0) {
    await feedbackDb(trx)
      .insertInto('feedbackAppealEvents')
      .values(
        result.events.map((event) => ({
          appealId: row.id,
          kind: event.kind,
          at,
          onDate: today,
          actorUserId: ctx.actor.kind === 'user' ? ctx.actor.id : null,
          actorName: ctx.actor.name,
          orgId: event.orgId === undefined ? row.orgId : event.orgId,
          toOrgId: event.toOrgId ?? null,
          reason: event.reason ?? '',
          data: JSON.stringify(event.data ?? {}),
          isPublic: event.isPublic ?? false,
        })),
      )
      .execute();
  }
  if (result.checkpoints.length > 0) {
    const orgId = result.patch?.orgId ?? row.orgId ?? row.dispatchOrgId;
    const org = await orgCodeOf(trx, orgId);
    await emitCheckpoints(
      trx,
      result.checkpoints.map((checkpoint) => ({
        matterType: appealMatterType,
        matterId: row.trackingNumber,
        org,
        at,
        ...checkpoint,
      })),
    );
  }
  await recordChange(trx, ctx, at, {
    action: `feedback.appeal.${action}`,
    targetType: 'feedback_appeal',
    targetId: row.trackingNumber,
    summary: { ...(result.patch ?? {}), ...(result.summary ?? {}) },
  });
}

/** Locks the appeal, checks rights, runs the step and records it; returns the new row. */
export async function runAppealStep(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  definition: AppealStepDefinition,
): Promise<AppealRow> {
  return inTransaction(db, async (trx) => {
    const row = (await findAppeal(trx, trackingNumber, true)) ?? appealNotFound(trackingNumber);
    const at = clock.now();
    const step: StepContext = { trx, clock, ctx, at, today: localDateOf(at) };
    await definition.authorize(row, step);
    const result = await definition.run(row, step);
    const patch = { ...result.patch, updatedAt: at };
    await feedbackDb(trx)
      .updateTable('feedbackAppeals')
      .set(patch)
      .where('id', '=', row.id)
      .execute();
    await recordAppealChange(row, step, definition.name, { ...result, patch });
    return (await findAppeal(trx, trackingNumber)) ?? appealNotFound(trackingNumber);
  });
}
