/**
 * The figures of 民意诉求反馈 (RULES.md §7.4 [U]: no single national formula, so each is written
 * here once) as conditions over an appeal `a` (feedback_appeals), its first-reply clock `rk` and
 * completion clock `ck` (deadlines_clocks) and its latest rating `lr`, shared by the table, the
 * public page, the API and the drill-down list, so that a number and the list it links to count
 * the same appeals. Each condition carries its definition (zh-CN, en) next to it.
 */
import { sql, type RawBuilder } from 'kysely';
import type { LocalDate } from '../../../platform/calendar/index.ts';
import { ratingLevels, type RatingLevel } from '../feedback.model.ts';
import type { FeedbackSettings } from '../feedback.settings.ts';

export interface Period {
  from: LocalDate;
  to: LocalDate;
}

type Condition = RawBuilder<boolean>;

/** The rows every figure reads: the appeal, its handling org (or dispatch org), clocks, rating. */
export const figuresFromSql = sql`feedback_appeals a
  join accounts_orgs o on o.id = coalesce(a.org_id, a.dispatch_org_id)
  left join deadlines_clocks rk on rk.id = a.reply_clock_id
  left join deadlines_clocks ck on ck.id = a.complete_clock_id
  left join lateral (select r.level from feedback_ratings r where r.appeal_id = a.id
    order by r.id desc limit 1) lr on true`;

/** The appeals any figure of the period can count (received in it, or completion due in it). */
export function periodRowsSql(p: Period): Condition {
  return sql<boolean>`(a.received_on between ${p.from}::date and ${p.to}::date
    or ck.due_on between ${p.from}::date and ${p.to}::date)`;
}

export const countFigures = [
  'received',
  'valid',
  'replied',
  'publicReplied',
  'onTimeReplied',
  'completed',
  'completionDue',
  'completedOnTime',
  'rated',
  'satisfied',
  'calledBack',
  ...ratingLevels.map((level) => `level_${level}` as const),
] as const;
export type CountFigure = (typeof countFigures)[number];

export function isCountFigure(value: string): value is CountFigure {
  return (countFigures as readonly string[]).includes(value);
}

/** The levels the satisfaction rate counts (RULES.md §7.4: broad or strict, a setting). */
export function satisfiedLevels(setting: FeedbackSettings['satisfaction']): RatingLevel[] {
  return setting === 'strict'
    ? ['very_satisfied', 'satisfied']
    : ['very_satisfied', 'satisfied', 'basic'];
}

/** Every count figure's condition over the period (`a`, `rk`, `ck`, `lr` as in figuresFromSql). */
export function figureConditions(
  p: Period,
  settings: FeedbackSettings,
): Record<CountFigure, Condition> {
  // 收件数: received in the period (Asia/Shanghai date of receipt), merged duplicates not counted.
  const received = sql<boolean>`(a.received_on between ${p.from}::date and ${p.to}::date
    and a.state <> 'merged')`;
  // 应回复件数 (RULES.md §7.4): received minus invalid, merged (duplicate) and transferred out.
  const valid = sql<boolean>`(${received} and a.state <> 'invalid'
    and coalesce(a.closed_outcome, '') <> 'transferred_out')`;
  // 已回复: valid and given a first reply.
  const replied = sql<boolean>`(${valid} and a.first_reply_at is not null)`;
  // 办结: received in the period and closed, other than by transferring it out.
  const completed = sql<boolean>`(${received} and a.state = 'closed'
    and a.closed_outcome <> 'transferred_out')`;
  // 应办结件数 (RULES.md §7.4): completion clock due in the period (extensions included), not
  // invalid, merged or transferred out — whenever it was received.
  const completionDue = sql<boolean>`(ck.due_on between ${p.from}::date and ${p.to}::date
    and a.state not in ('invalid', 'merged')
    and coalesce(a.closed_outcome, '') <> 'transferred_out')`;
  // 参评件数: valid appeals with a rating (the latest rating of each counts).
  const rated = sql<boolean>`(${valid} and lr.level is not null)`;
  const levels = satisfiedLevels(settings.satisfaction);
  const levelConditions = Object.fromEntries(
    ratingLevels.map((level) => [
      `level_${level}`,
      sql<boolean>`(${rated} and lr.level = ${level})`,
    ]),
  ) as Record<`level_${RatingLevel}`, Condition>;
  return {
    received,
    valid,
    replied,
    // 公开回复: valid appeals whose reply has a public text.
    publicReplied: sql<boolean>`(${valid} and a.public_reply_at is not null)`,
    // 按时反馈 (RULES.md §7.4): first reply on or before the first-reply clock's due date.
    onTimeReplied: sql<boolean>`(${replied} and a.first_reply_on <= rk.due_on)`,
    completed,
    completionDue,
    // 按时办结 (RULES.md §7.4): closed on or before the completion clock's due date.
    completedOnTime: sql<boolean>`(${completionDue} and a.state = 'closed'
      and a.closed_on <= ck.due_on)`,
    rated,
    satisfied: sql<boolean>`(${rated} and lr.level in (${sql.join(levels)}))`,
    // 已回访 (RULES.md §7.4 回访率): completed appeals with at least one call-back record.
    calledBack: sql<boolean>`(${completed}
      and exists (select 1 from feedback_callbacks cb where cb.appeal_id = a.id))`,
    ...levelConditions,
  };
}

/** The star points of the latest rating (民心网 style composite; points per level are a setting). */
export function starPointsSql(settings: FeedbackSettings): RawBuilder<number> {
  const cases = ratingLevels.map(
    (level) => sql`when ${level} then ${settings.stars[level]}::numeric`,
  );
  return sql<number>`case lr.level ${sql.join(cases, sql` `)} end`;
}

export const rateFigures = [
  'replyRate',
  'publicReplyRate',
  'onTimeReplyRate',
  'onTimeCompletionRate',
  'satisfactionRate',
  'starComposite',
  'callbackRate',
  'dutyRate',
] as const;
export type RateFigure = (typeof rateFigures)[number];

/** Numerator and denominator of each rate (the star composite and duty rate are computed apart). */
export const rateParts: Record<
  Exclude<RateFigure, 'starComposite' | 'dutyRate'>,
  [CountFigure, CountFigure]
> = {
  replyRate: ['replied', 'valid'],
  publicReplyRate: ['publicReplied', 'replied'],
  onTimeReplyRate: ['onTimeReplied', 'valid'],
  onTimeCompletionRate: ['completedOnTime', 'completionDue'],
  satisfactionRate: ['satisfied', 'rated'],
  callbackRate: ['calledBack', 'completed'],
};

/** A rate to 4 decimals (271/291 = 0.9313); null when the denominator is 0. */
export function rateOf(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 10000) / 10000;
}

type Definition = { 'zh-CN': string; en: string };

/** Each figure's definition as shown beside it (the SQL above is the same rule). */
export const figureDefinitions: Record<CountFigure | RateFigure, Definition> = {
  received: {
    'zh-CN': '收件数：期间内（按收件日期，北京时间）收到的诉求，不含被合并的重复件。',
    en: 'Received: appeals received in the period (date of receipt, Beijing time), merged duplicates excluded.',
  },
  valid: {
    'zh-CN': '应回复件数：收件数减去无效件、重复件（已合并）和转出件。',
    en: 'Valid (to be replied): received minus invalid, merged (duplicate) and transferred-out appeals.',
  },
  replied: {
    'zh-CN': '已回复件数：应回复件中已首次答复的件数。',
    en: 'Replied: valid appeals that have a first reply.',
  },
  publicReplied: {
    'zh-CN': '公开回复件数：应回复件中答复含公开回复文本的件数。',
    en: 'Publicly replied: valid appeals whose reply has a public text.',
  },
  onTimeReplied: {
    'zh-CN': '按时反馈件数：应回复件中在首次答复时限（到期日）当日或之前首次答复的件数。',
    en: 'Replied on time: valid appeals first replied on or before the first-reply due date.',
  },
  completed: {
    'zh-CN': '办结件数：期间内收到、已办结（不含转出）的件数。',
    en: 'Completed: appeals received in the period and closed, other than by transfer out.',
  },
  completionDue: {
    'zh-CN': '应办结件数：办结时限（含延期）到期日在期间内的件数，不含无效、重复和转出件。',
    en: 'Due for completion: appeals whose completion due date (extensions included) falls in the period, invalid, merged and transferred-out excluded.',
  },
  completedOnTime: {
    'zh-CN': '按时办结件数：应办结件中在办结时限到期日当日或之前办结的件数。',
    en: 'Completed on time: appeals due for completion that were closed on or before the due date.',
  },
  rated: {
    'zh-CN': '参评件数：应回复件中有评价的件数（每件以最近一次评价为准）。',
    en: 'Rated: valid appeals with a rating (the latest rating of each counts).',
  },
  satisfied: {
    'zh-CN': '满意件数：参评件中评价属于设定满意档次的件数。',
    en: 'Satisfied: rated appeals whose rating is one of the levels the setting counts.',
  },
  calledBack: {
    'zh-CN': '已回访件数：办结件中有回访记录的件数。',
    en: 'Called back: completed appeals with at least one call-back record.',
  },
  level_very_satisfied: { 'zh-CN': '评价为“非常满意”的参评件数。', en: 'Rated very satisfied.' },
  level_satisfied: { 'zh-CN': '评价为“满意”的参评件数。', en: 'Rated satisfied.' },
  level_basic: { 'zh-CN': '评价为“基本满意”的参评件数。', en: 'Rated basically satisfied.' },
  level_dissatisfied: { 'zh-CN': '评价为“不满意”的参评件数。', en: 'Rated dissatisfied.' },
  level_very_dissatisfied: {
    'zh-CN': '评价为“非常不满意”的参评件数。',
    en: 'Rated very dissatisfied.',
  },
  replyRate: {
    'zh-CN': '回复率 = 已回复件数 ÷ 应回复件数。',
    en: 'Reply rate = replied ÷ valid.',
  },
  publicReplyRate: {
    'zh-CN': '公开回复率 = 公开回复件数 ÷ 已回复件数。',
    en: 'Public reply rate = publicly replied ÷ replied.',
  },
  onTimeReplyRate: {
    'zh-CN': '按时反馈率 = 按时反馈件数 ÷ 应回复件数。',
    en: 'On-time reply rate = replied on time ÷ valid.',
  },
  onTimeCompletionRate: {
    'zh-CN': '按时办结率 = 按时办结件数 ÷ 应办结件数。',
    en: 'On-time completion rate = completed on time ÷ due for completion.',
  },
  satisfactionRate: {
    'zh-CN': '满意率 = 满意件数 ÷ 参评件数。',
    en: 'Satisfaction rate = satisfied ÷ rated.',
  },
  starComposite: {
    'zh-CN': '星级综合评分 = 参评件按设定分值（每档星数）计算的平均分。',
    en: 'Star composite = the mean of the set points per level over rated appeals.',
  },
  callbackRate: {
    'zh-CN': '回访率 = 已回访件数 ÷ 办结件数。',
    en: 'Call-back rate = called back ÷ completed.',
  },
  dutyRate: {
    'zh-CN': '在线值守率 = 值守计入天数 ÷ 应值守天数（见下方值守规则）。',
    en: 'Duty rate = duty days counted ÷ duty days (see the duty rule below).',
  },
};

/** The settings' variants, written next to the figures they change. */
export const settingDefinitions = {
  satisfaction: {
    broad: {
      'zh-CN': '满意档次（宽口径）：非常满意 + 满意 + 基本满意。',
      en: 'Satisfied levels (broad): very satisfied + satisfied + basically satisfied.',
    },
    strict: {
      'zh-CN': '满意档次（严口径）：非常满意 + 满意。',
      en: 'Satisfied levels (strict): very satisfied + satisfied.',
    },
  },
  dutyRule: {
    signin_and_no_overdue: {
      'zh-CN':
        '值守规则：每名网络回应人每月的应值守天数为排班的工作日（未排班的月份为该月全部工作日）；某日计入，须当日签到，且本单位当日在办、未被他人认领的诉求中没有已过首次答复到期日仍未答复的。',
      en: "Duty rule: each responder's duty days in a month are the scheduled working days (all working days when none are scheduled); a day counts when the responder signed in that day and no open appeal of the org (unclaimed or claimed by them) was past its first-reply due date without a first reply that day.",
    },
    signin: {
      'zh-CN':
        '值守规则：每名网络回应人每月的应值守天数为排班的工作日（未排班的月份为该月全部工作日）；当日签到即计入。',
      en: "Duty rule: each responder's duty days in a month are the scheduled working days (all working days when none are scheduled); a day counts when the responder signed in that day.",
    },
  },
} as const;
