/**
 * Handling a request, step by step (条例第30–36条, 国办函〔2020〕109号). Each step checks the state,
 * records a clock event on the reply clock, adds to the request's timeline and is audited, all in
 * one transaction (foi-step.ts); a step the state forbids is refused with the reason.
 */
import type { Kysely } from 'kysely';
import { loadCalendar } from '../../platform/calendar/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { reassignClock } from '../deadlines/index.ts';
import { perCaseFee, perVolumeFee } from './fees.ts';
import { refuse, runStep } from './foi-step.ts';
import { correctionLapsedOutcome, feeLapsedOutcome, isOutcome } from './foi.model.ts';

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
    run: async (request, today, trx) => {
      await reassignClock(trx, request.clockId, orgId);
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
        // 国办函〔2020〕109号: the fee, as supervision sees every fee (RULES.md §4.3).
        checkpoints: [{ kind: 'fee_charged', amount: Number(request.feeAmount ?? 0) }],
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
