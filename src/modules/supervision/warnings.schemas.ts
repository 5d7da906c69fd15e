/** The ladder's forms; messages are catalog keys (warnings.messages.ts) naming the field. */
import { z } from 'zod';
import { supervisorStages, warningRules, severities, warningStages } from './warnings.model.ts';

const blankAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** A supervisor's step: notice, a card, an order (with its time limit in working days) or closing. */
export const stepForm = z.object({
  stage: z.enum(supervisorStages, { message: 'warnings.error.stage' }),
  note: z
    .string({ message: 'warnings.error.note' })
    .trim()
    .min(1, 'warnings.error.note')
    .max(2000, 'warnings.error.note'),
  days: z.preprocess(
    blankAsUndefined,
    z.coerce
      .number({ message: 'warnings.error.days' })
      .int('warnings.error.days')
      .min(1, 'warnings.error.days')
      .max(60, 'warnings.error.days')
      .optional(),
  ),
});

/** The responsible org's rectification report. */
export const reportForm = z.object({
  report: z
    .string({ message: 'warnings.error.report' })
    .trim()
    .min(1, 'warnings.error.report')
    .max(2000, 'warnings.error.report'),
});

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankAsUndefined, z.enum(values).optional()).catch(undefined);

/** The list's filters (a bad value is ignored, as a link can carry anything). */
export const listQuery = z.object({
  stage: optionalEnum(warningStages),
  rule: optionalEnum(warningRules),
  severity: optionalEnum(severities),
  org: z.preprocess(blankAsUndefined, z.string().trim().max(64).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const idParams = z.object({
  id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});
