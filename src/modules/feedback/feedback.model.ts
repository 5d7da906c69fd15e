/** The words of 民意诉求反馈 (RULES.md §7, GLOSSARY.md) as the software's values. */

/** 咨询 / 投诉 / 建议 / 求助 / 举报 (辽宁省12345热线管理办法 covers these five). */
export const appealKinds = ['consultation', 'complaint', 'suggestion', 'help', 'report'] as const;
export type AppealKind = (typeof appealKinds)[number];

export const kindLabels: Record<AppealKind, { zh: string; en: string }> = {
  consultation: { zh: '咨询', en: 'Consultation' },
  complaint: { zh: '投诉', en: 'Complaint' },
  suggestion: { zh: '建议', en: 'Suggestion' },
  help: { zh: '求助', en: 'Request for help' },
  report: { zh: '举报', en: 'Report' },
};

/**
 * How an appeal reached the county: the public form, the JSON API, Open311, or entered by staff
 * from a phone call, a letter, a 12345 hotline transfer or a visit.
 */
export const appealChannels = [
  'web',
  'api',
  'open311',
  'phone',
  'letter',
  'hotline_12345',
  'visit',
] as const;
export type AppealChannel = (typeof appealChannels)[number];
/** The channels staff enter appeals from. */
export const staffChannels = [
  'phone',
  'letter',
  'hotline_12345',
  'visit',
] as const satisfies readonly AppealChannel[];

/**
 * dispatch: no org yet (no routing rule matched, or returned as wrongly routed);
 * assigned: routed to an org, not yet claimed; in_progress: claimed by a responder;
 * replied: first reply given, not yet closed; closed; invalid (spam, out of scope);
 * merged into another appeal (duplicates).
 */
export const appealStates = [
  'dispatch',
  'assigned',
  'in_progress',
  'replied',
  'closed',
  'invalid',
  'merged',
] as const;
export type AppealState = (typeof appealStates)[number];
export const openStates = [
  'dispatch',
  'assigned',
  'in_progress',
  'replied',
] as const satisfies readonly AppealState[];

/** How a closed appeal ended: resolved, answered (consultations), or transferred out of the county. */
export const closedOutcomes = ['resolved', 'answered', 'transferred_out'] as const;
export type ClosedOutcome = (typeof closedOutcomes)[number];

/** 好差评 five levels (国办发〔2019〕51号), best first. */
export const ratingLevels = [
  'very_satisfied',
  'satisfied',
  'basic',
  'dissatisfied',
  'very_dissatisfied',
] as const;
export type RatingLevel = (typeof ratingLevels)[number];

export const ratingLabels: Record<RatingLevel, { zh: string; en: string }> = {
  very_satisfied: { zh: '非常满意', en: 'Very satisfied' },
  satisfied: { zh: '满意', en: 'Satisfied' },
  basic: { zh: '基本满意', en: 'Fairly satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
  very_dissatisfied: { zh: '非常不满意', en: 'Very dissatisfied' },
};

/** 差评 = 不满意 + 非常不满意 (国办发〔2019〕51号): these open a rectification. */
export const badRatings: readonly RatingLevel[] = ['dissatisfied', 'very_dissatisfied'];

export const callbackMethods = ['phone', 'sms', 'visit', 'online'] as const;
export type CallbackMethod = (typeof callbackMethods)[number];

export const rectificationStates = ['open', 'rectified', 'review_requested', 'dismissed'] as const;
export type RectificationState = (typeof rectificationStates)[number];

/** Clock matter type and purposes (deadlines), and the checkpoint matter type (supervision). */
export const appealMatterType = 'appeal';
export const clockPurposes = {
  reply: 'first_reply',
  complete: 'completion',
  rectification: 'rectification',
} as const;
