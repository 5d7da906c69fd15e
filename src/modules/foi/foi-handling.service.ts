/**
 * Handling a request, step by step (条例第30–36条, 国办函〔2020〕109号). Each step checks the state,
 * records a clock event on the reply clock, adds to the request's timeline and is audited, all in
 * one transaction; a step the state forbids is refused with the reason.
 */
import type { Kysely, Updateable } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { loadCalendar } from '../../platform/calendar/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { recordClockEvent, type ClockEvent } from '../deadlines/index.ts';
import { perCaseFee, perVolumeFee } from './fees.ts';
import {
  correctionLapsedOutcome,
  feeLapsedOutcome,
  isOutcome,
  type RequestState,
} from './foi.model.ts';
import type { FoiRequestsTable, FoiTables } from './foi.tables.ts';

interface Step {
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
  clockId: number;
  correctionNoticedOn: string | null;
  feeDueOn: string | null;
  applicantName: string;
}

interface StepResult {
  patch: Updateable<FoiRequestsTable>;
  clockEvent?: ClockEvent;
  event: { kind: string; on: string; note: string; isPublic: boolean };
}

function refuse(field: string, zh: string, en: string): never {
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

async function runStep<DB>(
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
        'clockId',
        'correctionNoticedOn',
        'feeDueOn',
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
    await recordChange(trx, ctx, at, {
      action: step.action,
      targetType: 'foi_request',
      targetId: trackingNumber,
      summary: { ...result.patch, event: kind, on },
    });
    return { ...request, ...(result.patch as Partial<RequestRow>) };
  };
  return handle.isTransaction ? work(handle) : handle.transaction().execute(work);
}

const handling = ['open', 'awaiting_correction', 'consulting', 'awaiting_fee'] as const;

/** Moves the request (and its clock) to the org that handles it. */
export function assignRequest<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  tracking: string,
  orgId: number,
) {
  return runStep(db, clock, ctx, tracking, {
    from: handling,
    action: 'foi.request.assign',
    run: async (_request, today, trx) => {
      await (trx as unknown as Kysely<{ deadlinesClocks: { id: number; orgId: number } }>)
        .updateTable('deadlinesClocks')
        .set({ orgId })
        .where('id', '=', _request.clockId)
        .execute();
      return {
        patch: { orgId },
        event: { kind: 'assigned', on: today, note: String(orgId), isPublic: false },
      };
    },
  });
}

/** 条例第30条: one correction notice, within 7 working days of receipt; the clock waits. */
export function noticeCorrection<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  tracking: string,
  input: { on: string; note: string },
) {
  return runStep(db, clock, ctx, tracking, {
    from: ['open'],
    action: 'foi.request.correction_notice',
    run: async (request, _today, trx) => {
      if (request.correctionNoticedOn)
        refuse(
          'on',
          '补正只能告知一次（条例第30条）',
          'only one correction notice is allowed (条例第30条)',
        );
      const calendar = await loadCalendar(trx);
      const latest = calendar.addWorkingDays(request.receivedOn, 7).value;
      // 条例第30条: the notice is given within 7 working days of receipt.
      if (input.on > latest)
        refuse(
          'on',
          `补正告知应在 ${latest} 前发出（条例第30条）`,
          `the notice was due by ${latest} (条例第30条)`,
        );
      if (!input.note.trim()) refuse('note', '请写明需要补正的内容', 'say what must be supplied');
      return {
        patch: { state: 'awaiting_correction', correctionNoticedOn: input.on },
        clockEvent: {
          kind: 'pause',
          on: input.on,
          reasonCode: 'awaiting_correction',
          legalBasis: '条例第30条',
        },
        event: { kind: 'correction_notice', on: input.on, note: input.note, isPublic: true },
      };
    },
  });
}

/** 条例第30条: the corrected request arrived on `on`; the 20 working days run again from it. */
export function receiveCorrection<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  tracking: string,
  input: { on: string },
) {
  return runStep(db, clock, ctx, tracking, {
    from: ['awaiting_correction'],
    action: 'foi.request.correction_received',
    run: () => ({
      patch: { state: 'open' },
      clockEvent: { kind: 'restart', on: input.on, reason: '补正后重新起算（条例第30条）' },
      event: { kind: 'correction_received', on: input.on, note: '', isPublic: true },
    }),
  });
}

/** 条例第32条/第34条: consulting a third party or another agency; the time does not count (第33条第2款). */
export function startConsultation<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  tracking: string,
  input: { on: string; party: 'third_party' | 'other_agency' },
) {
  return runStep(db, clock, ctx, tracking, {
    from: ['open'],
    action: 'foi.request.consultation_start',
    run: async (_request, _today, trx) => {
      const calendar = await loadCalendar(trx);
      // 条例第32条、第34条: the consulted party answers within 15 working days.
      const replyDue = calendar.addWorkingDays(input.on, 15).value;
      const basis =
        input.party === 'third_party' ? '条例第32条、第33条第2款' : '条例第34条、第33条第2款';
      return {
        patch: { state: 'consulting', consultationDueOn: replyDue },
        clockEvent: {
          kind: 'pause',
          on: input.on,
          reasonCode:
            input.party === 'third_party'
              ? 'third_party_consultation'
              : 'other_agency_consultation',
          legalBasis: basis,
        },
        event: { kind: 'consultation_start', on: input.on, note: input.party, isPublic: true },
      };
    },
  });
}

export function endConsultation<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  tracking: string,
  input: { on: string },
) {
  return runStep(db, clock, ctx, tracking, {
    from: ['consulting'],
    action: 'foi.request.consultation_end',
    run: () => ({
      patch: { state: 'open', consultationDueOn: null },
      clockEvent: { kind: 'resume', on: input.on },
      event: { kind: 'consultation_end', on: input.on, note: '', isPublic: true },
    }),
  });
}

/** 条例第33条: one extension of at most 20 working days, approved; the applicant is told. */
export function extendRequest<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  tracking: string,
  input: { on: string; days: number; approver: string; reason: string },
) {
  return runStep(db, clock, ctx, tracking, {
    from: ['open', 'consulting'],
    action: 'foi.request.extend',
    run: () => ({
      patch: {},
      clockEvent: {
        kind: 'extend',
        on: input.on,
        days: input.days,
        approver: input.approver,
        reason: input.reason,
      },
      event: {
        kind: 'extended',
        on: input.on,
        note: `${input.days} 个工作日：${input.reason}`,
        isPublic: true,
      },
    }),
  });
}

/** 国办函〔2020〕109号: a fee notice; the clock waits for payment, due 20 working days after. */
export function noticeFee<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  tracking: string,
  input: { on: string; basis: 'perCase' | 'perVolume'; units: number },
) {
  return runStep(db, clock, ctx, tracking, {
    from: ['open'],
    action: 'foi.request.fee_notice',
    run: async (_request, _today, trx) => {
      const amount =
        input.basis === 'perCase' ? perCaseFee(input.units) : perVolumeFee(input.units);
      if (amount === 0)
        refuse(
          'units',
          '按此标准不收费，无需发出收费通知',
          'no fee is due at this count: send no notice',
        );
      const calendar = await loadCalendar(trx);
      // 109号: payment within 20 working days from the day after the notice is received.
      const feeDueOn = calendar.addWorkingDays(input.on, 20).value;
      return {
        patch: { state: 'awaiting_fee', feeAmount: amount, feeDueOn },
        clockEvent: {
          kind: 'pause',
          on: input.on,
          reasonCode: 'fee_payment',
          legalBasis: '国办函〔2020〕109号',
        },
        event: {
          kind: 'fee_notice',
          on: input.on,
          note: `${amount} 元，${feeDueOn} 前缴纳`,
          isPublic: true,
        },
      };
    },
  });
}

export function receiveFee<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  tracking: string,
  input: { on: string },
) {
  return runStep(db, clock, ctx, tracking, {
    from: ['awaiting_fee'],
    action: 'foi.request.fee_paid',
    run: (request) => {
      if (request.feeDueOn && input.on > request.feeDueOn)
        refuse(
          'on',
          `缴费期限已于 ${request.feeDueOn} 届满`,
          `payment was due by ${request.feeDueOn}`,
        );
      return {
        patch: { state: 'open' },
        clockEvent: { kind: 'resume', on: input.on },
        event: { kind: 'fee_paid', on: input.on, note: '', isPublic: true },
      };
    },
  });
}

export interface ReplyInput {
  on: string;
  outcome: string;
  legalBasis: string;
  text: string;
}

/** 条例第36条: the reply, with exactly one outcome of the annual report and its legal basis. */
export function replyToRequest<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  tracking: string,
  input: ReplyInput,
) {
  return runStep(db, clock, ctx, tracking, {
    from: handling,
    action: 'foi.request.reply',
    run: (request) => {
      if (!isOutcome(input.outcome)) refuse('outcome', '请选择答复结果', 'choose the outcome');
      if (input.outcome !== '予以公开' && !input.legalBasis.trim())
        refuse('legalBasis', '请写明答复的法律依据', 'give the legal basis of the reply');
      if (input.outcome === correctionLapsedOutcome && request.state !== 'awaiting_correction') {
        refuse(
          'outcome',
          '只有等待补正的申请才能按逾期不补正处理',
          'only a request awaiting correction can lapse for it',
        );
      }
      if (
        input.outcome === feeLapsedOutcome &&
        (request.state !== 'awaiting_fee' || input.on <= (request.feeDueOn ?? ''))
      ) {
        refuse(
          'outcome',
          `缴费期限 ${request.feeDueOn ?? ''} 届满后才能按逾期未缴费处理`,
          'only after the payment period has run out',
        );
      }
      return {
        patch: {
          state: 'replied',
          outcome: input.outcome,
          legalBasis: input.legalBasis,
          replyText: input.text,
          repliedOn: input.on,
        },
        clockEvent: { kind: 'stop', on: input.on, outcome: input.outcome },
        event: { kind: 'replied', on: input.on, note: input.outcome, isPublic: true },
      };
    },
  });
}

export function deliverReply<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  tracking: string,
  input: { on: string; method: string },
) {
  return runStep(db, clock, ctx, tracking, {
    from: ['replied'],
    action: 'foi.request.deliver',
    run: () => ({
      patch: { state: 'delivered', deliveredOn: input.on },
      event: { kind: 'delivered', on: input.on, note: input.method, isPublic: true },
    }),
  });
}

export function archiveRequest<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  tracking: string,
  input: { on: string; archiveNumber: string },
) {
  return runStep(db, clock, ctx, tracking, {
    from: ['delivered'],
    action: 'foi.request.archive',
    run: () => ({
      patch: { state: 'archived', archivedOn: input.on, archiveNumber: input.archiveNumber },
      event: { kind: 'archived', on: input.on, note: input.archiveNumber, isPublic: false },
    }),
  });
}
