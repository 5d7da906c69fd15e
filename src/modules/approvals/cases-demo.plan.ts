/**
 * The demo county's case history, planned in memory (pure, seeded: the same cases every run):
 * about 3,000 applications on the working days of the year up to today, across the windows and
 * their items. About 35% are 即办件 done on the spot; most promised cases finish on time, many
 * early, a few late or after an extension (行政许可法第42条); some are refused (第32条) or
 * returned with reasons, a few withdrawn; joint cases (联办件) go through each department's
 * review. Whatever would happen after today has not happened yet: those cases are open.
 */
import type { Calendar, LocalDate } from '../../platform/calendar/index.ts';
import { addDays } from '../../platform/calendar/index.ts';
import type { CaseState, Decision } from './cases.model.ts';

export interface DemoItemRef {
  id: number;
  code: string;
  name: string;
  orgId: number;
  orgCode: string;
  promisedDays: number;
  statutoryDays: number;
  limitUnit: 'working' | 'calendar';
  online: boolean;
  materials: { id: number; name: string; isRequired: boolean }[];
  reviewOrgs: { orgId: number; orgCode: string; stepDays: number; position: number }[];
}

export interface DemoPlace {
  windowId: number | null;
  centerOrgId: number;
  centerCode: string;
  item: DemoItemRef;
}

export interface PlannedReview {
  orgId: number;
  orgCode: string;
  position: number;
  stepDays: number;
  startedOn: LocalDate;
  /** null: still pending today (or never finished: the case ended first). */
  finishedOn: LocalDate | null;
}

export interface CasePlan {
  place: DemoPlace;
  channel: 'online' | 'window';
  applicant: { type: 'person' | 'business'; name: string; idNumber: string; phone: string };
  state: CaseState;
  receivedOn: LocalDate;
  noticedOn: LocalDate | null;
  acceptedOn: LocalDate | null;
  reviews: PlannedReview[];
  extension: { on: LocalDate; days: number } | null;
  decision: Decision | null;
  decisionReason: string;
  decidedOn: LocalDate | null;
  issuedOn: LocalDate | null;
  completedOn: LocalDate | null;
  closedOn: LocalDate | null;
  closeReason: string;
  legalBasis: string;
  /** The day every clock still running stops (completion, return, withdrawal). */
  stoppedOn: LocalDate | null;
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

const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const givenNames = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建国',
  '玉兰',
  '春梅',
  '志强',
  '海燕',
];
const firms = [
  '清原县兴农农业发展有限公司',
  '清原满族自治县红河商贸有限公司',
  '抚顺市浑河建筑工程有限公司',
  '清原县山城餐饮店',
  '辽宁枫林旅游开发有限公司',
  '清原县永顺运输有限公司',
  '清原县百草中药材专业合作社',
  '清原县鑫源建材经销处',
];
export const refusalReasons = [
  '申请事项不属于本机关职权范围，已告知向有关行政机关申请',
  '申请人不具备申请资格',
  '依法不需要取得行政许可',
];
export const returnReasons = [
  '现场核查发现实际情况与申请材料不符，退回申请人',
  '申请人未按期提交补充材料',
];
const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident ID number with a correct check digit (GB 11643), born in Qingyuan (210423). */
export function demoIdNumber(random: () => number): string {
  const born = `${1950 + Math.floor(random() * 50)}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const body = `210423${born}${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * idWeights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

function applicantOf(random: () => number): CasePlan['applicant'] {
  const business = random() < 0.3;
  const person =
    surnames[Math.floor(random() * surnames.length)]! +
    givenNames[Math.floor(random() * givenNames.length)]!;
  return {
    type: business ? 'business' : 'person',
    name: business ? firms[Math.floor(random() * firms.length)]! : person,
    idNumber: demoIdNumber(random),
    phone: `13${Math.floor(random() * 10)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
  };
}

export interface PlanInput {
  calendar: Calendar;
  today: LocalDate;
  places: DemoPlace[];
  /** Where online applications go (the county's service center). */
  onlineCenter: { id: number; code: string };
  count: number;
  seed?: number;
}

/** The working days of the 365 days up to today. */
function workdaysOfYear(calendar: Calendar, today: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = addDays(today, -364); d <= today; d = addDays(d, 1)) {
    if (calendar.isWorkday(d).value) days.push(d);
  }
  return days;
}

function emptyPlan(place: DemoPlace, receivedOn: LocalDate, random: () => number): CasePlan {
  return {
    place,
    channel: place.windowId === null ? 'online' : 'window',
    applicant: applicantOf(random),
    state: 'submitted',
    receivedOn,
    noticedOn: null,
    acceptedOn: null,
    reviews: [],
    extension: null,
    decision: null,
    decisionReason: '',
    decidedOn: null,
    issuedOn: null,
    completedOn: null,
    closedOn: null,
    closeReason: '',
    legalBasis: '',
    stoppedOn: null,
  };
}

/** The cases, oldest first. */
export function planCases(input: PlanInput): CasePlan[] {
  const random = seededRandom(input.seed ?? 20261128);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const days = workdaysOfYear(input.calendar, input.today);
  // The county's center takes most applications: its windows weigh four times a township's.
  const weighted = input.places.flatMap((p) =>
    p.centerOrgId === input.onlineCenter.id ? [p, p, p, p] : [p],
  );
  const instant = weighted.filter((p) => p.item.promisedDays === 0);
  const promised = weighted.filter((p) => p.item.promisedDays > 0);
  const online = promised.filter((p) => p.item.online);
  const plans: CasePlan[] = [];
  for (let n = 0; n < input.count; n++) {
    const isInstant = instant.length > 0 && (promised.length === 0 || random() < 0.37);
    let place = pick(isInstant ? instant : promised);
    if (!isInstant && online.length > 0 && random() < 0.1) {
      const item = pick(online).item;
      place = {
        item,
        windowId: null,
        centerOrgId: input.onlineCenter.id,
        centerCode: input.onlineCenter.code,
      };
    }
    const plan = emptyPlan(place, pick(days), random);
    if (isInstant) planInstant(plan, random);
    else planPromised(plan, random, input);
    plans.push(plan);
  }
  return plans.sort((a, b) =>
    a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0,
  );
}

/** 即办件: refused now and then; otherwise accepted, approved and completed the same day. */
function planInstant(plan: CasePlan, random: () => number): void {
  const day = plan.receivedOn;
  if (random() < 0.05) return refuse(plan, day, random);
  Object.assign(plan, {
    state: 'completed',
    acceptedOn: day,
    decision: 'approved',
    decidedOn: day,
    issuedOn: random() < 0.5 ? day : null,
    completedOn: day,
    stoppedOn: day,
  });
}

function refuse(plan: CasePlan, on: LocalDate, random: () => number): void {
  Object.assign(plan, {
    state: 'refused',
    closedOn: on,
    closeReason: refusalReasons[Math.floor(random() * refusalReasons.length)]!,
    legalBasis: '《中华人民共和国行政许可法》第三十二条',
  });
}

function planPromised(plan: CasePlan, random: () => number, input: PlanInput): void {
  const { calendar, today } = input;
  const after = (from: LocalDate, n: number) => calendar.addWorkingDays(from, n).value;
  const item = plan.place.item;
  // 一次性告知 (第32条): a few recent applications wait for a missing material.
  if (after(plan.receivedOn, 6) > today && random() < 0.15) {
    Object.assign(plan, { state: 'notice', noticedOn: plan.receivedOn });
    return;
  }
  const acceptedOn = random() < 0.8 ? plan.receivedOn : after(plan.receivedOn, 1);
  if (acceptedOn > today) return;
  if (random() < 0.04) return refuse(plan, acceptedOn, random);
  plan.acceptedOn = acceptedOn;
  plan.state = 'accepted';
  const promisedDays = item.promisedDays;
  const ends = random();
  if (ends < 0.045) {
    const returned = ends < 0.03;
    const k = returned
      ? 1 + Math.floor(random() * promisedDays)
      : Math.floor(random() * promisedDays);
    startReviews(plan, random, after);
    return closeEarly(plan, after(acceptedOn, k), returned, random, today);
  }
  const shape = random();
  let k = promisedDays;
  if (shape < 0.46) k = Math.floor(random() * promisedDays);
  else if (shape >= 0.9 && shape < 0.95) {
    const days = Math.min(
      plan.place.item.reviewOrgs.length > 0 ? 15 : 10,
      5 + Math.floor(random() * 6),
    );
    plan.extension = { on: after(acceptedOn, Math.max(0, promisedDays - 1)), days };
    k = promisedDays + 1 + Math.floor(random() * days);
  } else if (shape >= 0.95) {
    // Late: a few days, or stalled for weeks (still open and red if that is not over yet).
    k =
      promisedDays +
      (random() < 0.3 ? 10 + Math.floor(random() * 20) : 1 + Math.floor(random() * 4));
  }
  const lastReview = startReviews(plan, random, after);
  let completedOn = after(acceptedOn, k);
  if (lastReview && lastReview > completedOn) completedOn = lastReview;
  finish(plan, completedOn, random, after, today);
}

/** 并联审批: every listed department reviews from acceptance; returns the last finish day. */
function startReviews(
  plan: CasePlan,
  random: () => number,
  after: (from: LocalDate, n: number) => LocalDate,
): LocalDate | null {
  let last: LocalDate | null = null;
  for (const org of plan.place.item.reviewOrgs) {
    const late = random() < 0.05 ? 1 : 0;
    const finishedOn = after(
      plan.acceptedOn!,
      Math.min(org.stepDays, 1 + Math.floor(random() * org.stepDays)) + late,
    );
    plan.reviews.push({ ...org, startedOn: plan.acceptedOn!, finishedOn });
    if (last === null || finishedOn > last) last = finishedOn;
  }
  if (plan.reviews.length > 0) plan.state = 'reviewing';
  return last;
}

/** 退回 or 撤回 on `on` (if that day has come); pending reviews stay pending. */
function closeEarly(
  plan: CasePlan,
  on: LocalDate,
  returned: boolean,
  random: () => number,
  today: LocalDate,
): void {
  for (const review of plan.reviews) {
    if (review.finishedOn && (review.finishedOn >= on || review.finishedOn > today))
      review.finishedOn = null;
  }
  if (on > today) return;
  const draw = returned ? random() * returnReasons.length : 0;
  Object.assign(plan, {
    state: returned ? 'returned' : 'withdrawn',
    closedOn: on,
    stoppedOn: on,
    closeReason: returned ? returnReasons[Math.floor(draw)]! : '申请人撤回',
    // One return in ten cites no article (a warning for supervision, RULES.md §4.3).
    legalBasis: returned && draw % 1 < 0.9 ? '《中华人民共和国行政许可法》第三十八条' : '',
  });
}

/** Decision, issue and completion; what lies after today has not happened. */
function finish(
  plan: CasePlan,
  completedOn: LocalDate,
  random: () => number,
  after: (from: LocalDate, n: number) => LocalDate,
  today: LocalDate,
): void {
  const denied = random() < 0.03;
  const lastReview = plan.reviews.reduce<LocalDate>(
    (d, r) => (r.finishedOn! > d ? r.finishedOn! : d),
    plan.acceptedOn!,
  );
  let decidedOn = completedOn;
  if (!denied && random() < 0.3 && after(completedOn, -1) >= lastReview)
    decidedOn = after(completedOn, -1);
  for (const review of plan.reviews) if (review.finishedOn! > today) review.finishedOn = null;
  if (plan.extension && plan.extension.on > today) plan.extension = null;
  if (decidedOn > today) return;
  Object.assign(plan, { state: 'decided', decision: denied ? 'denied' : 'approved', decidedOn });
  if (denied) plan.decisionReason = '经审查不符合法定条件';
  if (completedOn > today) return;
  Object.assign(plan, {
    state: 'completed',
    issuedOn: denied ? null : completedOn,
    completedOn,
    stoppedOn: completedOn,
  });
}
