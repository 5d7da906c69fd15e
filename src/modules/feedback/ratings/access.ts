/**
 * What the submitter does with the access code: rate and reopen. A wrong code and an unknown
 * number are the same not_found (the tracking page does not confirm either to a guesser).
 */
import { z } from 'zod';
import { parseFields } from '../../../platform/errors/index.ts';
import { accessCodeMatches } from '../../../platform/identifiers/index.ts';
import { loadCalendar } from '../../../platform/calendar/index.ts';
import type { Kysely } from 'kysely';
import { deriveClock, workingDaysRule } from '../../deadlines/index.ts';
import { appealNotFound } from '../appeal-step.ts';
import { ratingLevels } from '../feedback.model.ts';
import type { AppealRow } from '../feedback.queries.ts';
import { ratingsMessages } from './ratings.messages.ts';

/** Throws not_found unless `accessCode` is this appeal's. */
export function ensureAccessCode(row: AppealRow, accessCode: string): void {
  if (!accessCodeMatches(row.trackingNumber, accessCode, row.accessCodeHash)) {
    appealNotFound(row.trackingNumber);
  }
}

export const ratingInputSchema = z.object({
  level: z.enum(ratingLevels, { message: 'feedbackRatings.error.level' }),
  comment: z
    .string({ message: 'feedbackRatings.error.comment' })
    .trim()
    .max(500, { message: 'feedbackRatings.error.comment' })
    .optional()
    .default(''),
});
export type RatingInput = z.input<typeof ratingInputSchema>;

export const reopenInputSchema = z.object({
  reason: z
    .string({ message: 'feedbackRatings.error.reason' })
    .trim()
    .min(5, { message: 'feedbackRatings.error.reason' })
    .max(1000, { message: 'feedbackRatings.error.reason' }),
});
export type ReopenInput = z.input<typeof reopenInputSchema>;

export const parseRating = (input: unknown) =>
  parseFields(ratingInputSchema, input ?? {}, ratingsMessages);
export const parseReopen = (input: unknown) =>
  parseFields(reopenInputSchema, input ?? {}, ratingsMessages);

/**
 * The last day the submitter may reopen: `reopenDays` working days after the day of closing
 * (the county's setting; counted on the working-day calendar by the deadlines module's rule).
 */
export async function reopenUntil(
  db: Kysely<unknown>,
  closedOn: string,
  reopenDays: number,
  today: string,
): Promise<string | null> {
  const calendar = await loadCalendar(db);
  const view = deriveClock(
    calendar,
    workingDaysRule(reopenDays),
    [{ kind: 'start', on: closedOn }],
    today,
  );
  return view.dueOn;
}
