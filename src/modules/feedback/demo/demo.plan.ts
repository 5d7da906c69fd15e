/**
 * The demo county's year of appeals, planned in memory (pure, seeded: the same appeals every run):
 * about 1,200 across the five kinds and the channels, answered by the departments and townships
 * the topics name (民政局 busiest). Most are replied to on time and closed; some late, some after
 * one extension of the completion limit; a few invalid or merged; the newest still open (a few
 * past their first-reply limit). Most replies are rated, mostly well; bad ratings open a
 * rectification with a call-back. Whatever would happen after yesterday has not happened yet.
 */
import { addDays, type Calendar, type LocalDate } from '../../../platform/calendar/index.ts';
import type { FeedbackSettings } from '../feedback.settings.ts';
import type {
  AppealChannel,
  AppealKind,
  AppealState,
  ClosedOutcome,
  RatingLevel,
} from '../feedback.model.ts';
import {
  demoGivenNames,
  demoPlaces,
  demoSurnames,
  demoTopics,
  invalidReasons,
  ratingComments,
  type DemoTopic,
} from './demo.texts.ts';

export const demoAppealCount = 1200;

/** The townships whose own matters (water, refuse, housing) reach them in the demo. */
export const demoTownships = ['qyz', 'httsz', 'csz', 'yemz', 'nkqz', 'nscz'];

export interface DemoOrg {
  id: number;
  code: string;
  name: string;
}

export interface AppealPlan {
  index: number;
  kind: AppealKind;
  channel: AppealChannel;
  topic: DemoTopic;
  org: DemoOrg;
  /** Routed first to this org, then transferred (a wrong routing). */
  wrongOrg: DemoOrg | null;
  routedBy: 'rule' | 'submitter' | 'dispatch';
  place: string;
  name: string;
  phone: string;
  publicAllowed: boolean;
  receivedOn: LocalDate;
  /** Minutes after midnight (Beijing) it came in. */
  receivedMinute: number;
  assignedOn: LocalDate | null;
  claimedOn: LocalDate | null;
  replyOn: LocalDate | null;
  publicReply: boolean;
  extension: { on: LocalDate; days: number; dueOn: LocalDate } | null;
  closedOn: LocalDate | null;
  closedOutcome: ClosedOutcome | null;
  invalid: { on: LocalDate; reason: string } | null;
  merged: { on: LocalDate; into: number } | null;
  rating: { on: LocalDate; level: RatingLevel; comment: string } | null;
  rectification: { openedOn: LocalDate; finishedOn: LocalDate | null } | null;
  callback: { on: LocalDate; reached: boolean; level: RatingLevel | null } | null;
  state: AppealState;
  replyDays: number;
  completeDays: number;
}

/** mulberry32: a small seeded generator, so the demo is the same every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

const kindWeights: Weighted<AppealKind> = [
  ['consultation', 34],
  ['complaint', 27],
  ['suggestion', 12],
  ['help', 18],
  ['report', 9],
];
const channelWeights: Weighted<AppealChannel> = [
  ['web', 44],
  ['hotline_12345', 20],
  ['phone', 14],
  ['letter', 5],
  ['visit', 5],
  ['open311', 8],
  ['api', 4],
];
const levelWeights: Weighted<RatingLevel> = [
  ['very_satisfied', 46],
  ['satisfied', 30],
  ['basic', 13],
  ['dissatisfied', 8],
  ['very_dissatisfied', 3],
];

export interface PlanInput {
  calendar: Calendar;
  /** The demo's today: what falls on it or after has not happened. */
  today: LocalDate;
  orgs: Map<string, DemoOrg>;
  settings: FeedbackSettings;
  count?: number;
  seed?: number;
}

class Planner {
  readonly random: () => number;
  readonly last: LocalDate;
  constructor(readonly input: PlanInput) {
    this.random = seededRandom(input.seed ?? 20260930);
    this.last = addDays(input.today, -1);
  }
  chance = (p: number) => this.random() < p;
  int = (from: number, to: number) => from + Math.floor(this.random() * (to - from + 1));
  pick = <T>(list: readonly T[]): T => list[Math.floor(this.random() * list.length)]!;
  weighted = <T>(list: Weighted<T>): T => {
    let r = this.random() * list.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of list) if ((r -= w) < 0) return value;
    return list.at(-1)![0];
  };
  after = (from: LocalDate, n: number) => this.input.calendar.addWorkingDays(from, n).value;
  /** The day, if it has come (on or before yesterday). */
  happened = (on: LocalDate | null) => on !== null && on <= this.last;
}

/** The appeals, oldest first. */
export function planAppeals(input: PlanInput): AppealPlan[] {
  const p = new Planner(input);
  const days: LocalDate[] = [];
  for (let d = addDays(input.today, -365); d <= p.last; d = addDays(d, 1)) {
    // Working days bring three times the appeals of a weekend or holiday.
    const weight = input.calendar.isWorkday(d).value ? 3 : 1;
    for (let i = 0; i < weight; i++) days.push(d);
  }
  const plans: AppealPlan[] = [];
  for (let n = 0; n < (input.count ?? demoAppealCount); n++) {
    plans.push(planOne(p, p.pick(days), n));
  }
  plans.sort(
    (a, b) =>
      (a.receivedOn + a.receivedMinute).localeCompare(b.receivedOn + b.receivedMinute) ||
      a.index - b.index,
  );
  plans.forEach((plan, i) => (plan.index = i));
  for (const plan of plans) if (plan.state === 'merged') mergeTarget(p, plans, plan);
  return plans;
}

function orgOf(p: Planner, code: string): DemoOrg {
  const org = p.input.orgs.get(code);
  if (!org) throw new Error(`demo appeals: no org ${code}`);
  return org;
}

function planOne(p: Planner, receivedOn: LocalDate, index: number): AppealPlan {
  const kind = p.weighted(kindWeights);
  const topics = demoTopics.filter((t) => t.kinds.includes(kind));
  const topic = p.weighted(topics.map((t) => [t, t.weight] as const));
  const township = p.pick(topic.org === 'township' ? demoTownships : Object.keys(demoPlaces));
  const place = p.pick(demoPlaces[township]!);
  const org = orgOf(p, topic.org === 'township' ? township : topic.org);
  const channel = p.weighted(channelWeights);
  const online = channel === 'web' || channel === 'open311' || channel === 'api';
  const limits = p.input.settings.limits[kind];
  const plan: AppealPlan = {
    index,
    kind,
    channel,
    topic,
    org,
    wrongOrg: null,
    routedBy: p.chance(0.15) ? 'submitter' : p.chance(0.2) ? 'dispatch' : 'rule',
    place,
    name: p.pick([...demoSurnames]) + p.pick(demoGivenNames),
    phone: `1380000${String(p.int(0, 9999)).padStart(4, '0')}`,
    publicAllowed: p.chance(online ? 0.55 : 0.25),
    receivedOn,
    receivedMinute: p.int(7 * 60, 21 * 60),
    assignedOn: null,
    claimedOn: null,
    replyOn: null,
    publicReply: false,
    extension: null,
    closedOn: null,
    closedOutcome: null,
    invalid: null,
    merged: null,
    rating: null,
    rectification: null,
    callback: null,
    state: 'dispatch',
    replyDays: limits.replyDays,
    completeDays: limits.completeDays,
  };
  if (plan.routedBy === 'rule' && p.chance(0.05)) {
    const others = demoTopics.filter((t) => t.org !== topic.org && t.org !== 'township');
    plan.wrongOrg = orgOf(p, p.pick(others).org);
  }
  const firstWorkday = p.after(receivedOn, 1);
  plan.assignedOn = plan.routedBy === 'dispatch' ? firstWorkday : receivedOn;
  if (!p.happened(plan.assignedOn)) {
    plan.assignedOn = null;
    return plan;
  }
  plan.state = 'assigned';
  const r = p.random();
  if (r < 0.02) return invalidate(p, plan, firstWorkday);
  if (r < 0.035)
    return Object.assign(plan, { state: 'merged', merged: { on: firstWorkday, into: -1 } });
  handle(p, plan, firstWorkday);
  return plan;
}

function invalidate(p: Planner, plan: AppealPlan, on: LocalDate): AppealPlan {
  if (!p.happened(on)) return plan;
  return Object.assign(plan, { state: 'invalid', invalid: { on, reason: p.pick(invalidReasons) } });
}

/** Claim, reply (on time, late, or not yet), an extension, the close, the rating. */
function handle(p: Planner, plan: AppealPlan, firstWorkday: LocalDate): void {
  plan.claimedOn = firstWorkday;
  if (!p.happened(plan.claimedOn)) return;
  plan.state = 'in_progress';
  const completeDue = p.after(plan.receivedOn, plan.completeDays);
  // A few of the last month's appeals stall: still unanswered, some past the limit.
  if (plan.receivedOn >= addDays(p.last, -25) && p.chance(0.25)) return;
  const late = p.chance(0.08);
  const k = late ? plan.replyDays + p.int(1, 8) : p.int(1, plan.replyDays);
  const replyOn = p.after(plan.receivedOn, k);
  const extended = plan.kind !== 'consultation' && !late && p.chance(0.06);
  if (extended && p.happened(completeDue)) {
    const days = p.int(5, p.input.settings.extensionMaxDays);
    plan.extension = { on: completeDue, days, dueOn: p.after(completeDue, days) };
  }
  if (!p.happened(replyOn)) return;
  Object.assign(plan, {
    replyOn,
    state: 'replied',
    publicReply: plan.publicAllowed && p.chance(0.85),
  });
  const closeOn = plan.extension
    ? p.after(completeDue, p.int(1, plan.extension.days))
    : plan.kind === 'consultation' && p.chance(0.7)
      ? replyOn
      : p.after(replyOn, p.int(0, 2));
  if (p.happened(closeOn)) {
    plan.closedOn = closeOn;
    plan.state = 'closed';
    plan.closedOutcome = p.chance(0.01)
      ? 'transferred_out'
      : plan.kind === 'consultation'
        ? 'answered'
        : 'resolved';
  }
  rate(p, plan);
}

function rate(p: Planner, plan: AppealPlan): void {
  const on = addDays(plan.closedOn ?? plan.replyOn!, p.int(0, 3));
  if (!p.happened(on) || !p.chance(0.78)) return;
  const level = p.weighted(levelWeights);
  plan.rating = { on, level, comment: p.pick(ratingComments[level]!) };
  if (level !== 'dissatisfied' && level !== 'very_dissatisfied') return;
  const finishedOn = p.after(on, p.int(3, 12));
  const done = p.happened(finishedOn) && p.chance(0.8);
  plan.rectification = { openedOn: on, finishedOn: done ? finishedOn : null };
  const callbackOn = done ? addDays(finishedOn, 1) : p.after(on, 1);
  if (p.happened(callbackOn)) {
    plan.callback = {
      on: callbackOn,
      reached: done || p.chance(0.7),
      level: done ? p.pick<RatingLevel>(['satisfied', 'basic', 'very_satisfied']) : null,
    };
  }
}

/** A merged appeal joins an earlier open-at-the-time one of the same topic, else it is handled. */
function mergeTarget(p: Planner, plans: AppealPlan[], plan: AppealPlan): void {
  const target = plans.find(
    (t) =>
      t.index < plan.index &&
      t.topic === plan.topic &&
      t.org === plan.org &&
      t.receivedOn >= addDays(plan.receivedOn, -20) &&
      t.state !== 'merged' &&
      t.state !== 'invalid' &&
      (t.replyOn === null || t.replyOn >= plan.receivedOn),
  );
  if (target && p.happened(plan.merged!.on)) {
    plan.merged!.into = target.index;
    return;
  }
  plan.merged = null;
  plan.state = 'assigned';
  handle(p, plan, p.after(plan.receivedOn, 1));
}
