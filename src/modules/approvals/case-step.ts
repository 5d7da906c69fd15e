/**
 * The one way a case changes: lock the case, check its state and who acts, compute the change
 * (clocks started or stopped by the step itself), then write the row, the timeline entries, the
 * checkpoint events (ARCHITECTURE.md §2.3) and the audit record in one transaction.
 */
import type { Kysely, Updateable } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { emitCheckpoints, type CheckpointInput } from '../../platform/checkpoints/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { inTransaction } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { recordClockEvent } from '../deadlines/index.ts';
import { stepsFrom, type CaseState, type CaseStep } from './cases.model.ts';
import { casesDb, findCase, type CaseRow } from './cases.queries.ts';
import type { ApprovalsCasesTable } from './cases.tables.ts';

/** What a step may use: the transaction, the time, who acts. */
export interface StepContext {
  trx: Kysely<unknown>;
  clock: Clock;
  ctx: ActionContext;
  at: Date;
  today: string;
}

export interface TimelineEntry {
  kind: string;
  note?: string;
  isPublic: boolean;
}

/** A checkpoint of this case: matter, item and time are filled in. */
export type CaseCheckpoint = Omit<CheckpointInput, 'matterType' | 'matterId' | 'itemCode' | 'at'>;

export interface StepResult {
  patch: Updateable<ApprovalsCasesTable>;
  timeline: TimelineEntry[];
  checkpoints: CaseCheckpoint[];
  summary?: Record<string, unknown>;
}

export interface CaseStepDefinition {
  name: CaseStep;
  /** Throws forbidden unless the actor may take the step on this case. */
  authorize(row: CaseRow, step: StepContext): Promise<void> | void;
  run(row: CaseRow, step: StepContext): Promise<StepResult> | StepResult;
}

/** A refused input as the platform's validation error: `field` and a catalog key. */
export function refuseField(
  field: string,
  message: string,
  text: string,
  vars?: Record<string, string | number>,
): never {
  throw new AppError('validation', 'approvals_case_refused', text, {
    fields: [{ field, message, ...(vars ? { vars } : {}) }],
  });
}

export function caseNotFound(trackingNumber: string): never {
  throw new AppError(
    'not_found',
    'approvals_case_not_found',
    `没有办件编号 ${trackingNumber} / no case ${trackingNumber}`,
  );
}

export function wrongState(state: CaseState, step: CaseStep): never {
  throw new AppError(
    'invalid_state',
    'approvals_case_wrong_state',
    `办件当前状态为“${state}”，不能执行“${step}” / the case is ${state}: ${step} is not allowed`,
    { state, step },
  );
}

export { inTransaction };

/** Writes timeline entries, checkpoints and the audit record of a change to `row`. */
export async function recordCaseChange(
  row: Pick<CaseRow, 'id' | 'trackingNumber' | 'itemCode'>,
  step: StepContext,
  action: string,
  result: Omit<StepResult, 'patch'> & { patch?: StepResult['patch'] },
): Promise<void> {
  const { trx, ctx, at, today } = step;
  if (result.timeline.length > 0) {
    await casesDb(trx)
      .insertInto('approvalsCaseEvents')
      .values(
        result.timeline.map((entry) => ({
          caseId: row.id,
          kind: entry.kind,
          onDate: today,
          note: entry.note ?? '',
          isPublic: entry.isPublic,
          actorName: ctx.actor.name,
          at,
        })),
      )
      .execute();
  }
  await emitCheckpoints(
    trx,
    result.checkpoints.map((checkpoint) => ({
      matterType: 'approval' as const,
      matterId: row.trackingNumber,
      itemCode: row.itemCode,
      at,
      ...checkpoint,
    })),
  );
  await recordChange(trx, ctx, at, {
    action: `approvals.case.${action}`,
    targetType: 'approval_case',
    targetId: row.trackingNumber,
    summary: { ...(result.patch ?? {}), ...(result.summary ?? {}) },
  });
}

/** Locks the case, checks state and rights, runs the step and records it; returns the new row. */
export async function runCaseStep(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  definition: CaseStepDefinition,
): Promise<CaseRow> {
  return inTransaction(db, async (trx) => {
    const row = (await findCase(trx, trackingNumber, true)) ?? caseNotFound(trackingNumber);
    const at = clock.now();
    const step: StepContext = { trx, clock, ctx, at, today: localDateOf(at) };
    await definition.authorize(row, step);
    const from: readonly CaseState[] = stepsFrom[definition.name];
    if (!from.includes(row.state)) wrongState(row.state, definition.name);
    const result = await definition.run(row, step);
    if (Object.keys(result.patch).length > 0) {
      await casesDb(trx)
        .updateTable('approvalsCases')
        .set(result.patch)
        .where('id', '=', row.id)
        .execute();
    }
    await recordCaseChange(row, step, definition.name, result);
    return { ...row, ...(result.patch as Partial<CaseRow>) };
  });
}

/** Stops a clock that is still running or paused (a case that ends stops all of its clocks). */
export async function stopClockIfOpen(
  step: StepContext,
  clockId: number | null,
  outcome: string,
): Promise<void> {
  if (clockId === null) return;
  const row = await (
    step.trx as unknown as Kysely<{ deadlinesClocks: { id: number; state: string } }>
  )
    .selectFrom('deadlinesClocks')
    .select('state')
    .where('id', '=', clockId)
    .executeTakeFirst();
  if (!row || row.state === 'stopped') return;
  await recordClockEvent(step.trx, step.clock, step.ctx, clockId, {
    kind: 'stop',
    on: step.today,
    outcome,
  });
}
