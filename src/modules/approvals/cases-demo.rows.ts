/**
 * What the case services would have written for a planned demo case (cases-demo.plan.ts): its
 * clocks (case clock from acceptance with the item's promised limit, each review's step clock,
 * the issue clock of 行政许可法第44条) with their events, the timeline, and the checkpoints
 * (RULES.md §4.3), in the order the steps would have written them.
 */
import type { Calendar, LocalDate } from '../../platform/calendar/index.ts';
import type { CheckpointInput } from '../../platform/checkpoints/index.ts';
import {
  deriveClock,
  workingDaysRule,
  type ClockEvent,
  type ImportedClock,
} from '../deadlines/index.ts';
import { caseClockRule } from './case-acceptance.service.ts';
import type { CasePlan } from './cases-demo.plan.ts';
import { issueLimitDays } from './cases.model.ts';

/** When a demo step happened: 10:00 Asia/Shanghai on its day. */
export const demoAt = (on: LocalDate) => new Date(`${on}T10:00:00+08:00`);

export interface PlanClocks {
  caseClock: ImportedClock | null;
  reviewClocks: ImportedClock[];
  issueClock: ImportedClock | null;
}

const stopOf = (on: LocalDate | null, outcome: string): ClockEvent[] =>
  on === null ? [] : [{ kind: 'stop', on, outcome }];

/** The case's clocks and their events, up to today. */
export function clocksOf(plan: CasePlan, trackingNumber: string): PlanClocks {
  const item = plan.place.item;
  const outcome = plan.state === 'completed' ? 'completed' : plan.state;
  let caseClock: ImportedClock | null = null;
  if (plan.acceptedOn !== null) {
    const events: ClockEvent[] = [{ kind: 'start', on: plan.acceptedOn }];
    if (plan.extension) {
      events.push({
        kind: 'extend',
        on: plan.extension.on,
        days: plan.extension.days,
        approver: '分管副县长',
        reason: '需现场核查，经批准延长办理期限',
      });
    }
    events.push(...stopOf(plan.stoppedOn, outcome));
    caseClock = {
      matterType: 'approval',
      matterId: trackingNumber,
      purpose: 'case',
      title: `${item.name} ${trackingNumber}`,
      orgId: item.orgId,
      rule: caseClockRule({
        promisedDays: item.promisedDays,
        isJoint: item.reviewOrgs.length > 0,
        limitUnit: item.limitUnit,
      }),
      events,
    };
  }
  const reviewClocks = plan.reviews.map((review) => ({
    matterType: 'approval',
    matterId: trackingNumber,
    purpose: `review:${review.orgCode}`,
    title: `${item.name} ${trackingNumber} ${review.orgCode}`,
    orgId: review.orgId,
    rule: workingDaysRule(review.stepDays),
    events: [
      { kind: 'start', on: review.startedOn } as ClockEvent,
      ...(review.finishedOn
        ? stopOf(review.finishedOn, 'approved')
        : stopOf(plan.stoppedOn, outcome)),
    ],
  }));
  const hasIssueClock =
    plan.decision === 'approved' && plan.decidedOn !== null && item.promisedDays > 0;
  const issueClock: ImportedClock | null = hasIssueClock
    ? {
        matterType: 'approval',
        matterId: trackingNumber,
        purpose: 'issue',
        title: `${item.name} ${trackingNumber} 发证`,
        orgId: plan.place.centerOrgId,
        rule: workingDaysRule(issueLimitDays),
        events: [{ kind: 'start', on: plan.decidedOn! }, ...stopOf(plan.issuedOn, 'issued')],
      }
    : null;
  return { caseClock, reviewClocks, issueClock };
}

export interface TimelineRow {
  kind: string;
  on: LocalDate;
  note: string;
  actorName: string;
}

type Checkpoint = Omit<CheckpointInput, 'matterType' | 'matterId' | 'itemCode' | 'at'> & {
  on: LocalDate;
};

const clerk = '窗口工作人员';
const officer = '审批科室工作人员';
const reviewer = '并联审查人员';

export function noticeTextOf(plan: CasePlan): string {
  const missing = plan.place.item.materials.find((m) => m.isRequired);
  return missing ? `1. ${missing.name}` : '1. 申请材料';
}

/** The timeline and checkpoints of a case, step by step as the services write them. */
export function stepsOf(
  plan: CasePlan,
  trackingNumber: string,
  calendar: Calendar,
  caseClock: ImportedClock | null,
): { timeline: TimelineRow[]; checkpoints: Checkpoint[] } {
  const item = plan.place.item;
  const center = plan.place.centerCode;
  const timeline: TimelineRow[] = [];
  const checkpoints: Checkpoint[] = [];
  const entry = (kind: string, on: LocalDate, note = '', actorName = clerk) =>
    timeline.push({ kind, on, note, actorName });
  entry('submitted', plan.receivedOn, plan.channel, plan.channel === 'online' ? '申请人' : clerk);
  if (plan.noticedOn) {
    const text = noticeTextOf(plan);
    entry('notice', plan.noticedOn, text);
    checkpoints.push({
      kind: 'notice',
      on: plan.noticedOn,
      org: center,
      reason: text,
      legalBasis: '行政许可法第32条',
    });
  }
  if (plan.state === 'refused') {
    entry('refused', plan.closedOn!, plan.closeReason);
    checkpoints.push({
      kind: 'refused',
      on: plan.closedOn!,
      org: center,
      reason: plan.closeReason,
      legalBasis: plan.legalBasis,
    });
    return { timeline, checkpoints };
  }
  if (!plan.acceptedOn || !caseClock) return { timeline, checkpoints };
  const accepted = plan.acceptedOn;
  const dueAtAcceptance = deriveClock(calendar, caseClock.rule, [caseClock.events[0]!], accepted);
  entry('accepted', accepted, dueAtAcceptance.dueOn ?? '');
  checkpoints.push({
    kind: 'accepted',
    on: accepted,
    org: center,
    promisedDays: item.promisedDays,
    statutoryDays: item.statutoryDays,
    limitUnit: item.limitUnit,
  });
  if (plan.reviews.length > 0) {
    entry('review_started', accepted, plan.reviews.map((r) => r.orgCode).join(','));
    for (const r of plan.reviews) {
      checkpoints.push({
        kind: 'step_started',
        on: accepted,
        org: r.orgCode,
        step: r.orgCode,
        stepDays: r.stepDays,
      });
    }
  }
  const later: (TimelineRow & { checkpoint: Checkpoint })[] = [];
  for (const r of plan.reviews) {
    if (!r.finishedOn) continue;
    later.push({
      kind: 'review_finished',
      on: r.finishedOn,
      note: r.orgCode,
      actorName: reviewer,
      checkpoint: {
        kind: 'step_completed',
        on: r.finishedOn,
        org: r.orgCode,
        step: r.orgCode,
        stepDays: r.stepDays,
      },
    });
  }
  if (plan.extension) {
    const { on, days } = plan.extension;
    later.push({
      kind: 'extended',
      on,
      note: String(days),
      actorName: officer,
      checkpoint: { kind: 'extended', on, org: item.orgCode, days, reason: '需现场核查' },
    });
  }
  // Stable by day: reviews, then an extension, on the same day.
  later.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const { checkpoint, ...row } of later) {
    timeline.push(row);
    checkpoints.push(checkpoint);
  }
  closingSteps(plan, trackingNumber, entry, checkpoints);
  return { timeline, checkpoints };
}

function closingSteps(
  plan: CasePlan,
  trackingNumber: string,
  entry: (kind: string, on: LocalDate, note?: string, actorName?: string) => void,
  checkpoints: Checkpoint[],
): void {
  const item = plan.place.item;
  const center = plan.place.centerCode;
  if (plan.decidedOn) {
    entry('decided', plan.decidedOn, plan.decision!, officer);
    checkpoints.push({
      kind: 'decided',
      on: plan.decidedOn,
      org: item.orgCode,
      ...(plan.decision === 'denied' ? { reason: plan.decisionReason } : {}),
    });
  }
  if (plan.issuedOn) {
    entry('issued', plan.issuedOn, certificateOf(plan, trackingNumber));
    checkpoints.push({
      kind: 'step_completed',
      on: plan.issuedOn,
      org: center,
      step: 'issue',
      stepDays: item.promisedDays === 0 ? 0 : issueLimitDays,
    });
  }
  if (plan.completedOn) {
    entry('completed', plan.completedOn, '', officer);
    checkpoints.push({ kind: 'completed', on: plan.completedOn, org: item.orgCode });
  }
  if (plan.state === 'returned') {
    entry('returned', plan.closedOn!, plan.closeReason, officer);
    checkpoints.push({
      kind: 'returned',
      on: plan.closedOn!,
      org: item.orgCode,
      reason: plan.closeReason,
      legalBasis: plan.legalBasis,
    });
  }
  if (plan.state === 'withdrawn') {
    entry('withdrawn', plan.closedOn!, 'applicant');
    checkpoints.push({
      kind: 'withdrawn',
      on: plan.closedOn!,
      org: center,
      reason: plan.closeReason,
    });
  }
}

/** The certificate number of an issued demo case: the item's code, the year, the case's number. */
export function certificateOf(plan: CasePlan, trackingNumber: string): string {
  return plan.issuedOn
    ? `${plan.place.item.code}-${plan.issuedOn.slice(0, 4)}-${trackingNumber.slice(-6)}`
    : '';
}
