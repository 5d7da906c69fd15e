/**
 * What the feedback services would have written for a planned demo appeal (demo.plan.ts): its two
 * clocks (first reply and completion, the rules of submission.service's clockRules) with their
 * events, its history events and its checkpoints (ADR 0016: accepted and step_started at receipt,
 * step_completed at the first reply, extended, completed at the close, refused when invalid,
 * withdrawn when merged), each at the hour of its day the step would have happened.
 */
import type { LocalDate } from '../../../platform/calendar/index.ts';
import type { CheckpointInput } from '../../../platform/checkpoints/index.ts';
import type { ClockEvent, ImportedClock } from '../../deadlines/index.ts';
import { appealMatterType, clockPurposes, staffChannels } from '../feedback.model.ts';
import type { FeedbackSettings } from '../feedback.settings.ts';
import { clockRules } from '../submission.service.ts';
import type { AppealPlan, DemoOrg } from './demo.plan.ts';
import { rectificationTexts } from './demo.texts.ts';

/** An instant on a local day (Asia/Shanghai), `hm` as HH:MM. */
export const demoAt = (on: LocalDate, hm: string) => new Date(`${on}T${hm}:00+08:00`);

export function receivedAtOf(plan: AppealPlan): Date {
  const hm = `${String(Math.floor(plan.receivedMinute / 60)).padStart(2, '0')}:${String(plan.receivedMinute % 60).padStart(2, '0')}`;
  return demoAt(plan.receivedOn, hm);
}

export interface Responder {
  userId: number;
  name: string;
}

export interface DemoContext {
  settings: FeedbackSettings;
  dispatch: DemoOrg;
  responderOf: (org: DemoOrg) => Responder | null;
}

/** The org an appeal's clocks belong to today: its handling org, else the dispatch desk. */
export const clockOrgOf = (plan: AppealPlan, c: DemoContext) =>
  plan.assignedOn ? plan.org : plan.routedBy === 'dispatch' ? c.dispatch : plan.org;

/** The first-reply and completion clocks, events up to yesterday. */
export function clocksOf(plan: AppealPlan, number: string, c: DemoContext): ImportedClock[] {
  const rules = clockRules(c.settings, plan.kind);
  const start: ClockEvent = { kind: 'start', on: plan.receivedOn };
  const ended = plan.invalid
    ? { on: plan.invalid.on, outcome: 'invalid' }
    : plan.merged
      ? { on: plan.merged.on, outcome: 'merged' }
      : null;
  const stop = (on: LocalDate, outcome: string): ClockEvent => ({ kind: 'stop', on, outcome });
  const reply: ClockEvent[] = [start];
  if (plan.replyOn) reply.push(stop(plan.replyOn, 'replied'));
  else if (ended) reply.push(stop(ended.on, ended.outcome));
  const complete: ClockEvent[] = [start];
  if (plan.extension) {
    complete.push({
      kind: 'extend',
      on: plan.extension.on,
      days: plan.extension.days,
      approver: `${plan.org.name}分管负责人`,
      reason: '需现场核查、协调多个部门，经批准延长办理期限',
    });
  }
  if (plan.closedOn) complete.push(stop(plan.closedOn, plan.closedOutcome!));
  else if (ended) complete.push(stop(ended.on, ended.outcome));
  const common = {
    matterType: appealMatterType,
    matterId: number,
    title: `民意诉求 ${number}`,
    orgId: clockOrgOf(plan, c).id,
  };
  return [
    { ...common, purpose: clockPurposes.reply, rule: rules.reply, events: reply },
    { ...common, purpose: clockPurposes.complete, rule: rules.complete, events: complete },
  ];
}

export interface EventRow {
  kind: string;
  at: Date;
  actorUserId: number | null;
  actorName: string;
  orgId: number | null;
  toOrgId: number | null;
  reason: string;
  data: Record<string, unknown>;
  isPublic: boolean;
}

/** Ids and numbers an appeal's history names (written before it). */
export interface EventRefs {
  /** The tracking number a merged appeal went into. */
  into?: string;
  /** Appeals merged into this one: their numbers and days. */
  mergedIn?: { from: string; on: LocalDate }[];
  ratingId?: number;
  rectificationId?: number;
  callbackId?: number;
}

/** The appeal's history as the services write it (handling, ratings, duplicates), oldest first. */
export function eventsOf(plan: AppealPlan, c: DemoContext, refs: EventRefs = {}): EventRow[] {
  const events: EventRow[] = [];
  const firstOrg = plan.wrongOrg ?? plan.org;
  const responder = c.responderOf(plan.org);
  const add = (kind: string, at: Date, more: Partial<EventRow> = {}) =>
    events.push({
      kind,
      at,
      actorUserId: responder?.userId ?? null,
      actorName: responder?.name ?? '',
      orgId: plan.org.id,
      toOrgId: null,
      reason: '',
      data: {},
      isPublic: false,
      ...more,
    });
  const receivedAt = receivedAtOf(plan);
  const byStaff = (staffChannels as readonly string[]).includes(plan.channel);
  const atReceipt = plan.routedBy === 'dispatch' ? null : firstOrg.id;
  const citizen = { actorUserId: null, actorName: byStaff ? '受理登记人员' : '诉求人' };
  add('submitted', receivedAt, {
    ...citizen,
    orgId: atReceipt,
    data: { channel: plan.channel },
    isPublic: true,
  });
  if (atReceipt !== null) {
    add('routed', receivedAt, {
      ...citizen,
      orgId: atReceipt,
      toOrgId: firstOrg.id,
      data: { by: plan.routedBy, ruleId: null },
      isPublic: true,
    });
  } else if (plan.assignedOn) {
    add('routed', demoAt(plan.assignedOn, '08:45'), {
      actorUserId: null,
      actorName: '县政府分办人员',
      orgId: null,
      toOrgId: plan.org.id,
      data: { by: 'dispatch' },
      isPublic: true,
    });
  }
  if (plan.invalid) {
    add('invalidated', demoAt(plan.invalid.on, '10:00'), {
      reason: plan.invalid.reason,
      isPublic: true,
    });
  }
  if (plan.merged) {
    add('merged', demoAt(plan.merged.on, '10:00'), {
      toOrgId: plan.org.id,
      data: { into: refs.into, text: `已合并至诉求 ${refs.into}` },
      isPublic: true,
    });
  }
  for (const m of refs.mergedIn ?? []) {
    add('merged_in', demoAt(m.on, '10:00'), {
      data: { from: m.from, text: `诉求 ${m.from} 已合并至本诉求` },
      isPublic: true,
    });
  }
  if (plan.claimedOn) {
    if (plan.wrongOrg) {
      add('transferred', demoAt(plan.claimedOn, '09:00'), {
        ...(c.responderOf(plan.wrongOrg) ?? {}),
        orgId: plan.wrongOrg.id,
        toOrgId: plan.org.id,
        reason: `不属于本单位职责，转${plan.org.name}办理`,
        isPublic: true,
      });
    }
    add('claimed', demoAt(plan.claimedOn, '09:30'), { isPublic: true });
  }
  if (plan.extension) {
    add('extended', demoAt(plan.extension.on, '11:00'), {
      reason: '需现场核查、协调多个部门',
      data: { days: plan.extension.days, dueOn: plan.extension.dueOn },
      isPublic: true,
    });
  }
  if (plan.replyOn) {
    add('replied', demoAt(plan.replyOn, '15:00'), {
      data: { first: true, public: plan.publicReply },
      isPublic: true,
    });
  }
  if (plan.closedOn) {
    add('closed', demoAt(plan.closedOn, '16:00'), {
      data: { outcome: plan.closedOutcome },
      isPublic: true,
    });
  }
  afterRating(plan, refs, add);
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function afterRating(
  plan: AppealPlan,
  refs: EventRefs,
  add: (kind: string, at: Date, more?: Partial<EventRow>) => void,
): void {
  if (!plan.rating) return;
  const submitter = { actorUserId: null, actorName: '诉求人' };
  const { ratingId, rectificationId } = refs;
  add('rated', demoAt(plan.rating.on, '20:00'), {
    ...submitter,
    data: { level: plan.rating.level, ratingId },
    isPublic: true,
  });
  if (!plan.rectification) return;
  add('rectification_opened', demoAt(plan.rectification.openedOn, '20:00'), {
    ...submitter,
    data: { rectificationId, ratingId },
  });
  if (plan.rectification.finishedOn) {
    add('rectified', demoAt(plan.rectification.finishedOn, '16:00'), {
      data: { rectificationId, ...rectificationTexts },
    });
  }
  if (plan.callback) {
    const { reached, level } = plan.callback;
    add('called_back', demoAt(plan.callback.on, '10:30'), {
      data: { callbackId: refs.callbackId, rectificationId, method: 'phone', reached, level },
    });
  }
}

/** The checkpoints to supervision (matter type appeal, the tracking number, the handling org). */
export function checkpointsOf(
  plan: AppealPlan,
  number: string,
  c: DemoContext,
  into = '',
): CheckpointInput[] {
  const common = { matterType: 'appeal' as const, matterId: number };
  const handling = plan.org.code;
  const atReceipt =
    plan.routedBy === 'dispatch' ? c.dispatch.code : (plan.wrongOrg ?? plan.org).code;
  const receivedAt = receivedAtOf(plan);
  const out: CheckpointInput[] = [
    {
      ...common,
      org: atReceipt,
      kind: 'accepted',
      at: receivedAt,
      // Accepted with its completion limit (RULES.md §7.1 [U], a county setting).
      promisedDays: plan.completeDays,
      statutoryDays: plan.completeDays,
      limitUnit: 'working',
    },
    {
      ...common,
      org: atReceipt,
      kind: 'step_started',
      at: receivedAt,
      step: clockPurposes.reply,
      stepDays: plan.replyDays,
    },
  ];
  if (plan.invalid) {
    const at = demoAt(plan.invalid.on, '10:00');
    out.push({ ...common, org: handling, kind: 'refused', at, reason: plan.invalid.reason });
  }
  if (plan.merged) {
    const at = demoAt(plan.merged.on, '10:00');
    out.push({
      ...common,
      org: handling,
      kind: 'withdrawn',
      at,
      reason: `合并至 ${into}`,
    });
  }
  if (plan.extension) {
    const at = demoAt(plan.extension.on, '11:00');
    out.push({
      ...common,
      org: handling,
      kind: 'extended',
      at,
      days: plan.extension.days,
      reason: '需现场核查、协调多个部门',
    });
  }
  if (plan.replyOn) {
    const at = demoAt(plan.replyOn, '15:00');
    out.push({
      ...common,
      org: handling,
      kind: 'step_completed',
      at,
      step: clockPurposes.reply,
      stepDays: plan.replyDays,
    });
  }
  if (plan.closedOn) {
    const at = demoAt(plan.closedOn, '16:00');
    out.push({ ...common, org: handling, kind: 'completed', at, reason: plan.closedOutcome! });
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}
