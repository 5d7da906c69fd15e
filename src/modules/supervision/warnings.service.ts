/**
 * The ladder (RULES.md §4.4, ADR 0013): notice → yellow card → red card → supervision order (督办,
 * with its own deadline clock) → rectification report → closed. A warning moves forward only —
 * it may skip steps, never go back — and each step is one transaction: the row, the action, the
 * order's clock, the notice and SMS to the org, and the audit record.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { recordClockEvent, startClock, workingDaysRule } from '../deadlines/index.ts';
import {
  defaultWarningSettings,
  stageRank,
  type WarningSettings,
  type WarningStage,
} from './warnings.model.ts';
import { announceStep } from './warnings.notify.ts';
import { ensureCanReport, ensureCanTakeStep } from './warnings.policy.ts';
import { findWarning, recordStep, warningsDb, type WarningRow } from './warnings.queries.ts';

export interface StepInput {
  stage: Exclude<WarningStage, 'open' | 'rectification'>;
  note: string;
  /** The order's time limit in working days (order only; default `settings.orderDays`). */
  days?: number | undefined;
}

/** The stages a rectification report may answer: something was issued to the org. */
const answerable: readonly WarningStage[] = ['notice', 'yellow_card', 'red_card', 'order'];

function invalid(field: string, message: string): AppError {
  return new AppError('validation', 'warning_bad_step', message, {
    fields: [{ field, message }],
  });
}

async function lockWarning(db: ReturnType<typeof warningsDb>, id: number): Promise<WarningRow> {
  const warning = await findWarning(db, id, { forUpdate: true });
  if (!warning) {
    throw new AppError(
      'not_found',
      'warning_not_found',
      `没有编号为 ${id} 的预警 / no warning ${id}`,
    );
  }
  return warning;
}

/** Starts the 督办 order's clock: n working days from today, the start day not counted. */
async function startOrderClock(
  trx: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  warning: WarningRow,
  days: number,
): Promise<{ clockId: number; dueOn: string | null }> {
  const { clockId, view } = await startClock(trx, clock, ctx, {
    matterType: 'supervision',
    matterId: `warning-${warning.id}`,
    purpose: 'order',
    title: `督办 ${warning.matterType} ${warning.matterId}`.slice(0, 200),
    orgId: warning.orgId,
    // 行政许可法第82条 / RULES.md §0.1: counted in working days, holidays excluded
    rule: workingDaysRule(days),
    startOn: localDateOf(clock.now()),
  });
  return { clockId, dueOn: view.dueOn };
}

/** Stops the order's clock when the order is answered or closed. */
async function stopOrderClock(
  trx: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  warning: WarningRow,
  outcome: 'rectified' | 'closed',
): Promise<void> {
  if (warning.stage !== 'order' || warning.orderClockId === null) return;
  await recordClockEvent(trx, clock, ctx, warning.orderClockId, {
    kind: 'stop',
    on: localDateOf(clock.now()),
    outcome,
  });
}

async function finish(
  trx: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  warning: WarningRow,
  step: { stage: WarningStage; note: string; dueOn: string | null; orderClockId?: number },
): Promise<void> {
  const db = warningsDb(trx);
  const at = clock.now();
  await recordStep(db, warning.id, {
    ...step,
    actorName: ctx.actor.name,
    actorId: ctx.actor.id,
    at,
  });
  await announceStep(db, warning.id, step, at);
  await recordChange(trx, ctx, at, {
    action: `supervision.warning.${step.stage}`,
    targetType: 'supervision_warning',
    targetId: String(warning.id),
    orgCode: warning.orgCode,
    summary: { from: warning.stage, to: step.stage, note: step.note, dueOn: step.dueOn },
  });
}

/** A supervisor's step; forbidden for others, validation when it would not move forward. */
export async function takeStep(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  warningId: number,
  input: StepInput,
  settings: WarningSettings = defaultWarningSettings,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const warning = await lockWarning(warningsDb(trx), warningId);
    ensureCanTakeStep(ctx.actor, warning);
    if (stageRank(input.stage) <= stageRank(warning.stage)) {
      throw invalid('stage', 'warnings.error.stageBack');
    }
    let dueOn: string | null = null;
    let orderClockId: number | undefined;
    if (input.stage === 'order') {
      const order = await startOrderClock(
        trx,
        clock,
        ctx,
        warning,
        input.days ?? settings.orderDays,
      );
      dueOn = order.dueOn;
      orderClockId = order.clockId;
    } else {
      await stopOrderClock(trx, clock, ctx, warning, 'closed');
    }
    await finish(trx, clock, ctx, warning, {
      stage: input.stage,
      note: input.note,
      dueOn,
      ...(orderClockId !== undefined ? { orderClockId } : {}),
    });
  });
}

/** The responsible org's rectification report, answering a notice, a card or an order. */
export async function submitRectification(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  warningId: number,
  report: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const warning = await lockWarning(warningsDb(trx), warningId);
    ensureCanReport(ctx.actor, warning);
    if (!answerable.includes(warning.stage)) {
      throw invalid('report', 'warnings.error.rectification');
    }
    await stopOrderClock(trx, clock, ctx, warning, 'rectified');
    await finish(trx, clock, ctx, warning, { stage: 'rectification', note: report, dueOn: null });
  });
}
