/**
 * The one way a handling step runs: lock the request, check its state, compute the change, write
 * the clock event, the row, the timeline entry, the checkpoints (foi-checkpoints.ts) and the audit
 * record in one transaction.
 */
import type { Kysely, Updateable } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { recordClockEvent, type ClockEvent } from '../deadlines/index.ts';
import {
  checkpointOfClockEvent,
  emitFoiCheckpoints,
  instantOf,
  type FoiCheckpoint,
} from './foi-checkpoints.ts';
import type { RequestState } from './foi.model.ts';
import type { FoiRequestsTable, FoiTables } from './foi.tables.ts';

export interface Step {
  /** The states the step may start from. */
  from: readonly RequestState[];
  action: string;
  /** Computes the change; may throw validation errors. */
  run(request: RequestRow, today: string, trx: Kysely<FoiTables>): Promise<StepResult> | StepResult;
}

export interface RequestRow {
  id: number;
  trackingNumber: string;
  state: RequestState;
  receivedOn: string;
  orgId: number;
  clockId: number;
  correctionNoticedOn: string | null;
  feeDueOn: string | null;
  feeAmount: number | null;
  applicantName: string;
}

interface StepResult {
  patch: Updateable<FoiRequestsTable>;
  clockEvent?: ClockEvent;
  event: { kind: string; on: string; note: string; isPublic: boolean };
  /** Checkpoints besides the one the clock event stands for (a fee paid). */
  checkpoints?: FoiCheckpoint[];
}

export function refuse(field: string, zh: string, en: string): never {
  throw new AppError('validation', 'foi_step_refused', `${zh} / ${en}`, {
    fields: [{ field, message: `${zh} / ${en}` }],
  });
}

const stateNames: Record<RequestState, string> = {
  open: '办理中',
  awaiting_correction: '等待补正',
  consulting: '征求意见中',
  awaiting_fee: '等待缴费',
  replied: '已答复',
  delivered: '已送达',
  archived: '已归档',
};

function checkpointsOf(result: StepResult): FoiCheckpoint[] {
  const basis = result.patch.legalBasis;
  const fromClock = result.clockEvent
    ? checkpointOfClockEvent(result.clockEvent, typeof basis === 'string' ? basis : '')
    : undefined;
  return [...(fromClock ? [fromClock] : []), ...(result.checkpoints ?? [])];
}

export async function runStep<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  step: Step,
): Promise<RequestRow> {
  const handle = db as unknown as Kysely<FoiTables>;
  const work = async (trx: Kysely<FoiTables>) => {
    const request = (await trx
      .selectFrom('foiRequests')
      .select([
        'id',
        'trackingNumber',
        'state',
        'receivedOn',
        'orgId',
        'clockId',
        'correctionNoticedOn',
        'feeDueOn',
        'feeAmount',
        'applicantName',
      ])
      .where('trackingNumber', '=', trackingNumber)
      .forUpdate()
      .executeTakeFirst()) as RequestRow | undefined;
    if (!request) {
      throw new AppError(
        'not_found',
        'foi_not_found',
        `没有受理编号 ${trackingNumber} / no request ${trackingNumber}`,
      );
    }
    if (!step.from.includes(request.state)) {
      throw new AppError(
        'invalid_state',
        'foi_wrong_state',
        `申请${stateNames[request.state]}，不能执行此操作 / the request is ${request.state}: this step is not allowed`,
      );
    }
    const at = clock.now();
    const result = await step.run(request, localDateOf(at), trx);
    if (result.clockEvent)
      await recordClockEvent(trx, clock, ctx, request.clockId, result.clockEvent);
    if (Object.keys(result.patch).length > 0) {
      await trx.updateTable('foiRequests').set(result.patch).where('id', '=', request.id).execute();
    }
    const { kind, on, note, isPublic } = result.event;
    await trx
      .insertInto('foiRequestEvents')
      .values({
        requestId: request.id,
        kind,
        onDate: on,
        note,
        isPublic,
        actorName: ctx.actor.name,
        at,
      })
      .execute();
    const changed = { ...request, ...(result.patch as Partial<RequestRow>) };
    await emitFoiCheckpoints(
      trx as unknown as Kysely<unknown>,
      changed,
      instantOf(on, at),
      checkpointsOf(result),
    );
    await recordChange(trx, ctx, at, {
      action: step.action,
      targetType: 'foi_request',
      targetId: trackingNumber,
      summary: { ...result.patch, event: kind, on },
    });
    return changed;
  };
  return handle.isTransaction ? work(handle) : handle.transaction().execute(work);
}
