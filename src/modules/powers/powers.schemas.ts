/**
 * zod schemas of the catalog's forms and queries. Messages are catalog keys (powers-staff.messages.ts);
 * limits match what the pages and the spreadsheet can hold.
 */
import { z } from 'zod';
import { isLocalDate } from '../../platform/calendar/index.ts';
import { powerCategories, powerLevels, powerStatuses } from './powers.model.ts';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());
const text = (max: number, key: string) => z.string().trim().max(max, key).default('');

/** 权力编码: letters, digits and hyphens, stored upper-case (e.g. XK-SCJGJ-001). */
export const powerCode = z
  .string({ message: 'powers.error.code' })
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,39}$/, 'powers.error.code'));

export const phonePattern = /^[0-9０-９()（）\-－ ,，、/]{0,40}$/;

/** The content every version states (RULES.md §8.2's fields). */
const contentFields = {
  category: z.enum(powerCategories, { message: 'powers.error.category' }),
  name: z
    .string({ message: 'powers.error.name' })
    .trim()
    .min(2, 'powers.error.name')
    .max(200, 'powers.error.name'),
  basis: z
    .string({ message: 'powers.error.basis' })
    .trim()
    .min(2, 'powers.error.basis')
    .max(4000, 'powers.error.basis'),
  orgCode: z
    .string({ message: 'powers.error.org' })
    .trim()
    .min(1, 'powers.error.org')
    .max(40, 'powers.error.org'),
  level: z.enum(powerLevels, { message: 'powers.error.level' }).default('county'),
  // Left empty: the category's template (stage-templates.ts).
  responsibilities: text(8000, 'powers.error.responsibilities'),
  accountability: text(4000, 'powers.error.accountability'),
  supervisionPhone: text(40, 'powers.error.phone').pipe(
    z.string().regex(phonePattern, 'powers.error.phone'),
  ),
  note: text(1000, 'powers.error.note'),
};

/** The decision behind an adjustment: its 文号 and date (checked against today by the service). */
const decisionFields = {
  documentNumber: z
    .string({ message: 'powers.error.documentNumber' })
    .trim()
    .min(2, 'powers.error.documentNumber')
    .max(60, 'powers.error.documentNumber'),
  adoptedOn: z
    .string({ message: 'powers.error.adoptedOn' })
    .trim()
    .refine(isLocalDate, 'powers.error.adoptedOn'),
  adjustmentNote: text(500, 'powers.error.adjustmentNote'),
};

export const createPowerForm = z.object({ code: powerCode, ...contentFields, ...decisionFields });
export type CreatePowerInput = z.infer<typeof createPowerForm>;

export const amendPowerForm = z.object({ ...contentFields, ...decisionFields });
export type AmendPowerInput = z.infer<typeof amendPowerForm>;

/** Cancelling, or delegating to the townships: the decision alone. */
export const decisionForm = z.object(decisionFields);
export type DecisionInput = z.infer<typeof decisionForm>;

export const powerCodeParams = z.object({ code: z.string().trim().max(40) });

/** The catalog's search (GET): every field optional; a bad value is ignored, not an error. */
export const catalogQuery = z.object({
  q: optional(z.string().trim().max(100)).catch(undefined),
  org: optional(z.string().trim().max(40)).catch(undefined),
  category: optional(z.enum(powerCategories)).catch(undefined),
  status: optional(z.enum([...powerStatuses, 'all'])).catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).optional().catch(1),
});
export type CatalogQuery = z.infer<typeof catalogQuery>;

export const maxFlowSteps = 20;

/** One flowchart row of the steps form (fields `name-N`, `post-N`, `limit-N`, `checkpoint-N`). */
export const flowStepRow = z.object({
  name: z.string().trim().min(1, 'powers.error.stepName').max(40, 'powers.error.stepName'),
  post: z.string().trim().max(40, 'powers.error.stepPost'),
  limitDays: z.coerce
    .number({ message: 'powers.error.stepLimit' })
    .int('powers.error.stepLimit')
    .min(0, 'powers.error.stepLimit')
    .max(365, 'powers.error.stepLimit'),
  isCheckpoint: z.boolean(),
});
