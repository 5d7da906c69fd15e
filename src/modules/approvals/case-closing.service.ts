/**
 * The end of a case: issue the certificate or licence (行政许可法第44条), complete (办结), return
 * (退回, with the reason) or withdraw (撤回, by the applicant or a clerk); extend the case clock
 * once (第42条). A case that ends stops every clock it still has running.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { accessCodeMatches } from '../../platform/identifiers/index.ts';
import { recordClockEvent } from '../deadlines/index.ts';
import { requireReason, type ReasonInput } from './case-acceptance.service.ts';
import { ensureWindowOrDecider } from './case-review.service.ts';
import {
  caseNotFound,
  refuseField,
  runCaseStep,
  stopClockIfOpen,
  type StepContext,
} from './case-step.ts';
import { deciderRule, ensureChange, windowRule } from './cases.policy.ts';
import { listCaseReviews, type CaseRow } from './cases.queries.ts';

/** Stops the case's clocks: the case clock, open review clocks, the issue clock. */
async function stopAllClocks(row: CaseRow, step: StepContext, outcome: string): Promise<void> {
  await stopClockIfOpen(step, row.clockId, outcome);
  for (const review of await listCaseReviews(step.trx, row.id)) {
    await stopClockIfOpen(step, review.clockId, outcome);
  }
  await stopClockIfOpen(step, row.issueClockId, outcome);
}

/**
 * The certificate number: given, or computed in the issuing transaction (e.g. business
 * registration's new credit code) from the locked case.
 */
export type CertificateNumber = string | ((trx: Kysely<unknown>, row: CaseRow) => Promise<string>);

/** 第44条: the certificate or licence of an approved case, numbered; the issue clock stops. */
export async function issueCase(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: { certificateNumber: CertificateNumber },
): Promise<CaseRow> {
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'issue',
    authorize: ensureWindowOrDecider,
    run: async (row, step) => {
      if (row.decision !== 'approved') {
        refuseField(
          'issue',
          'approvals.cases.error.notApproved',
          '未予许可的办件不发证 / a denied case gets no certificate',
        );
      }
      const given = input.certificateNumber;
      const number = (typeof given === 'string' ? given : await given(step.trx, row)).trim();
      if (!number || number.length > 100) {
        refuseField(
          'certificateNumber',
          'approvals.cases.error.certificateNumber',
          '请填写证照编号 / give the certificate number',
        );
      }
      await stopClockIfOpen(step, row.issueClockId, 'issued');
      return {
        patch: { state: 'issued', certificateNumber: number, issuedOn: step.today },
        timeline: [{ kind: 'issued', note: number, isPublic: true }],
        // The issue is the step `issue` of the case (checkpoint kinds have no `issued`).
        checkpoints: [{ kind: 'step_completed', org: row.centerCode, step: 'issue', stepDays: 10 }],
      };
    },
  });
}

/** 办结: a denied case once decided, an approved one once issued; every clock stops. */
export async function completeCase(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
): Promise<CaseRow> {
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'complete',
    authorize: ensureWindowOrDecider,
    run: async (row, step) => {
      if (row.state === 'decided' && row.decision === 'approved') {
        refuseField(
          'complete',
          'approvals.cases.error.issueFirst',
          '请先发证 / issue the certificate first',
        );
      }
      await stopAllClocks(row, step, 'completed');
      return {
        patch: { state: 'completed', completedOn: step.today },
        timeline: [{ kind: 'completed', isPublic: true }],
        checkpoints: [{ kind: 'completed', org: row.orgCode }],
      };
    },
  });
}

/** 退回: the case goes back to the applicant with the reason; every clock stops. */
export async function returnCase(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: ReasonInput,
): Promise<CaseRow> {
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'return',
    authorize: ensureWindowOrDecider,
    run: async (row, step) => {
      const { reason, legalBasis } = requireReason(input);
      await stopAllClocks(row, step, 'returned');
      return {
        patch: { state: 'returned', closedOn: step.today, closeReason: reason, legalBasis },
        timeline: [{ kind: 'returned', note: reason, isPublic: true }],
        checkpoints: [{ kind: 'returned', org: row.orgCode, reason, legalBasis }],
      };
    },
  });
}

export interface WithdrawInput {
  reason?: string;
  /** The applicant withdrawing through the tracking page proves it with the access code. */
  accessCode?: string;
}

function codeMatches(row: CaseRow, code: string): boolean {
  return accessCodeMatches(row.trackingNumber, code, row.accessCodeHash);
}

/** 撤回: by the applicant (access code) or a clerk of the center; every clock stops. */
export async function withdrawCase(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: WithdrawInput = {},
): Promise<CaseRow> {
  const byApplicant = input.accessCode !== undefined;
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'withdraw',
    authorize: (row, step) => {
      if (byApplicant) {
        if (!codeMatches(row, input.accessCode!)) caseNotFound(trackingNumber);
      } else ensureChange(step.ctx.actor, row.centerPath, windowRule);
    },
    run: async (row, step) => {
      const reason =
        (input.reason ?? '').trim().slice(0, 2000) || (byApplicant ? '申请人撤回' : '');
      if (!reason) {
        refuseField('reason', 'approvals.cases.error.reason', '请填写理由 / give the reason');
      }
      await stopAllClocks(row, step, 'withdrawn');
      return {
        patch: { state: 'withdrawn', closedOn: step.today, closeReason: reason },
        timeline: [
          { kind: 'withdrawn', note: byApplicant ? 'applicant' : 'clerk', isPublic: true },
        ],
        checkpoints: [{ kind: 'withdrawn', org: row.centerCode, reason }],
        summary: { by: byApplicant ? 'applicant' : 'clerk', reason },
      };
    },
  });
}

/** 第42条: one extension of the case clock (10 days, joint review 15), approved and reasoned. */
export async function extendCase(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: { days: number; approver: string; reason: string },
): Promise<CaseRow> {
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'extend',
    authorize: (row, step) => ensureChange(step.ctx.actor, row.orgPath, deciderRule),
    run: async (row, step) => {
      const { reason } = requireReason({ reason: input.reason });
      const approver = input.approver.trim();
      if (!approver) {
        refuseField(
          'approver',
          'approvals.cases.error.approver',
          '请填写批准人 / give the approver',
        );
      }
      await recordClockEvent(step.trx, step.clock, step.ctx, row.clockId!, {
        kind: 'extend',
        on: step.today,
        days: input.days,
        approver,
        reason,
      });
      return {
        patch: {},
        timeline: [{ kind: 'extended', note: String(input.days), isPublic: true }],
        checkpoints: [{ kind: 'extended', org: row.orgCode, days: input.days, reason }],
      };
    },
  });
}
