/**
 * 并联审批 and the decision (行政许可法第42条): one review per department the item lists, started
 * together, each with its own step clock (环节时限) and opinion; the item's department decides
 * once every review is finished. An approval starts the issue clock (第44条: 10 days).
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { recordClockEvent, startClock, workingDaysRule } from '../deadlines/index.ts';
import { requireReason } from './case-acceptance.service.ts';
import { refuseField, runCaseStep, type StepContext } from './case-step.ts';
import { issueLimitDays, type Decision } from './cases.model.ts';
import { caseRights, deciderRule, ensureAny, ensureChange, forbidden } from './cases.policy.ts';
import { casesDb, findCaseItem, listCaseReviews, type CaseRow } from './cases.queries.ts';
import { validationError } from './cases.service.ts';

async function placesOf(trx: Kysely<unknown>, row: CaseRow) {
  const reviews = await listCaseReviews(trx, row.id);
  return {
    reviews,
    places: {
      centerPath: row.centerPath,
      orgPath: row.orgPath,
      reviewPaths: reviews.map((r) => r.orgPath),
    },
  };
}

/** The window (分送) or the deciding department. */
export async function ensureWindowOrDecider(row: CaseRow, step: StepContext): Promise<void> {
  const { places } = await placesOf(step.trx, row);
  const rights = caseRights(step.ctx.actor, places);
  ensureAny(rights.window, rights.decide);
}

/** Starts one review per listed department, in parallel, each with its step clock. */
export async function startJointReview(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
): Promise<CaseRow> {
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'startReview',
    authorize: ensureWindowOrDecider,
    run: async (row, step) => {
      const item = (await findCaseItem(step.trx, { id: row.itemId }))!;
      if (item.reviewOrgs.length === 0) {
        refuseField(
          'startReview',
          'approvals.cases.error.noReviewOrgs',
          '该事项没有并联审查部门 / the item lists no review departments',
        );
      }
      for (const org of item.reviewOrgs) {
        const { clockId } = await startClock(step.trx, step.clock, step.ctx, {
          matterType: 'approval',
          matterId: row.trackingNumber,
          purpose: `review:${org.orgCode}`,
          title: `${row.itemName} ${row.trackingNumber} ${org.orgCode}`,
          orgId: org.orgId,
          rule: workingDaysRule(org.stepDays),
          startOn: step.today,
        });
        await casesDb(step.trx)
          .insertInto('approvalsCaseReviews')
          .values({
            caseId: row.id,
            orgId: org.orgId,
            position: org.position,
            stepDays: org.stepDays,
            clockId,
            state: 'pending',
            startedOn: step.today,
            finishedOn: null,
          })
          .execute();
      }
      return {
        patch: { state: 'reviewing' },
        timeline: [
          {
            kind: 'review_started',
            note: item.reviewOrgs.map((o) => o.orgCode).join(','),
            isPublic: true,
          },
        ],
        checkpoints: item.reviewOrgs.map((org) => ({
          kind: 'step_started' as const,
          org: org.orgCode,
          step: org.orgCode,
          stepDays: org.stepDays,
        })),
      };
    },
  });
}

export interface OpinionInput {
  orgCode: string;
  approve: boolean;
  opinion: string;
}

/** A review department's opinion, by its reviewer; its step clock stops. */
export async function recordOpinion(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: OpinionInput,
): Promise<CaseRow> {
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'opinion',
    authorize: async (row, step) => {
      const { reviews, places } = await placesOf(step.trx, row);
      const review = reviews.find((r) => r.orgCode === input.orgCode);
      if (!review) forbidden();
      if (!caseRights(step.ctx.actor, places).reviewPaths.includes(review.orgPath)) forbidden();
    },
    run: async (row, step) => {
      const review = (await listCaseReviews(step.trx, row.id)).find(
        (r) => r.orgCode === input.orgCode,
      )!;
      if (review.state !== 'pending') {
        refuseField(
          'opinion',
          'approvals.cases.error.reviewDone',
          '该部门已出具意见 / this department has given its opinion',
        );
      }
      const opinion = input.opinion.trim();
      if (!opinion || opinion.length > 2000) {
        refuseField(
          'opinion',
          'approvals.cases.error.opinion',
          '请填写审查意见 / give the opinion',
        );
      }
      await recordClockEvent(step.trx, step.clock, step.ctx, review.clockId, {
        kind: 'stop',
        on: step.today,
        outcome: input.approve ? 'approved' : 'denied',
      });
      await casesDb(step.trx)
        .updateTable('approvalsCaseReviews')
        .set({
          state: input.approve ? 'approved' : 'denied',
          opinion,
          reviewerName: step.ctx.actor.name,
          finishedOn: step.today,
        })
        .where('id', '=', review.id)
        .execute();
      return {
        patch: {},
        timeline: [{ kind: 'review_finished', note: review.orgCode, isPublic: true }],
        checkpoints: [
          {
            kind: 'step_completed',
            org: review.orgCode,
            step: review.orgCode,
            stepDays: review.stepDays,
          },
        ],
        summary: { review: review.orgCode, approve: input.approve },
      };
    },
  });
}

export interface DecisionInput {
  decision: Decision;
  reason?: string;
}

/** 第42条: the item's department decides once every review is finished; a denial gives its reason. */
export async function decideCase(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: DecisionInput,
): Promise<CaseRow> {
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'decide',
    authorize: (row, step) => ensureChange(step.ctx.actor, row.orgPath, deciderRule),
    run: async (row, step) => {
      if (row.state === 'accepted' && row.isJoint) {
        refuseField(
          'decide',
          'approvals.cases.error.reviewFirst',
          '请先启动并联审查 / start the joint review first',
        );
      }
      const pending = (await listCaseReviews(step.trx, row.id)).filter(
        (r) => r.state === 'pending',
      );
      if (pending.length > 0) {
        throw validationError(
          pending.map((r) => ({
            field: 'decide',
            message: 'approvals.cases.error.reviewPending',
            vars: { org: r.orgName },
          })),
        );
      }
      const reason =
        input.decision === 'denied'
          ? requireReason({ reason: input.reason ?? '' }).reason
          : (input.reason ?? '').trim().slice(0, 2000);
      let issueClockId: number | null = null;
      if (input.decision === 'approved') {
        // 行政许可法第44条: the licence is issued within 10 days of the decision.
        issueClockId = (
          await startClock(step.trx, step.clock, step.ctx, {
            matterType: 'approval',
            matterId: row.trackingNumber,
            purpose: 'issue',
            title: `${row.itemName} ${row.trackingNumber} 发证`,
            orgId: row.centerOrgId,
            rule: workingDaysRule(issueLimitDays),
            startOn: step.today,
          })
        ).clockId;
      }
      return {
        patch: {
          state: 'decided',
          decision: input.decision,
          decisionReason: reason,
          decidedOn: step.today,
          issueClockId,
        },
        timeline: [{ kind: 'decided', note: input.decision, isPublic: true }],
        checkpoints: [
          {
            kind: 'decided',
            org: row.orgCode,
            ...(input.decision === 'denied' ? { reason } : {}),
          },
        ],
      };
    },
  });
}
