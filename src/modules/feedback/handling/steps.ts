/**
 * The handling steps (issue 9 §2), each through `runAppealStep` (one transaction: row, history,
 * checkpoints, audit). Errors: not_found feedback_appeal_not_found, forbidden not_allowed,
 * invalid_state feedback_appeal_wrong_state / feedback_return_late, validation with field errors
 * whose messages are `feedbackHandling.error.*` keys (fields: orgCode, reason, privateText,
 * publicText, days, outcome, note).
 */
export { assignAppeal, claimAppeal, transferAppeal, returnToDispatch } from './routing-steps.ts';
export {
  replyToAppeal,
  extendAppeal,
  closeAppeal,
  invalidateAppeal,
  replyMaxLength,
} from './reply-steps.ts';
export type { ReplyInput } from './reply-steps.ts';
export { informSubmitters } from './inform.ts';
export type { InformMessage } from './inform.ts';
