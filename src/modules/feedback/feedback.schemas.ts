/** An appeal as submitted: every channel's input is parsed here; messages are catalog keys. */
import { z } from 'zod';
import { appealKinds } from './feedback.model.ts';

/** Length limits (issue 9 "bad input"): what a citizen may reasonably type, and no more. */
export const appealLimits = {
  subject: 100,
  content: 3000,
  place: 200,
  name: 50,
  email: 100,
  attachments: 5,
  /** Images only (JPEG, PNG), each at most 5 MB. */
  attachmentBytes: 5 * 1024 * 1024,
} as const;

const trimmed = (max: number, key: string) =>
  z.string({ message: key }).trim().max(max, { message: key });

/** Mainland mobile or landline numbers, with optional spaces and dashes. */
export const phonePattern = /^(?:\+?86[\s-]?)?(?:1[3-9]\d{9}|0\d{2,3}[\s-]?\d{7,8})$/;

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', 'on', 'yes', '1', '0', ''])])
  .optional()
  .transform((v) => v === true || v === 'true' || v === 'on' || v === 'yes' || v === '1');

const coordinate = (min: number, max: number, key: string) =>
  z
    .union([z.number(), z.string().trim()])
    .optional()
    .transform((v, context) => {
      if (v === undefined || v === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n) || n < min || n > max) {
        context.addIssue({ code: 'custom', message: key });
        return z.NEVER;
      }
      return n;
    });

/** The fields of an appeal, whoever enters it. */
export const appealFields = z.object({
  kind: z.enum(appealKinds, { message: 'feedback.error.kind' }),
  subject: trimmed(appealLimits.subject, 'feedback.error.subject').pipe(
    z.string().min(2, { message: 'feedback.error.subject' }),
  ),
  content: trimmed(appealLimits.content, 'feedback.error.content').pipe(
    z.string().min(5, { message: 'feedback.error.content' }),
  ),
  place: trimmed(appealLimits.place, 'feedback.error.place').optional().default(''),
  /** The org the submitter thinks is responsible (its code); optional. */
  orgCode: z.string().trim().max(64).optional().default(''),
  name: trimmed(appealLimits.name, 'feedback.error.name').optional().default(''),
  phone: z
    .string()
    .trim()
    .optional()
    .default('')
    .refine((v) => v === '' || phonePattern.test(v), { message: 'feedback.error.phone' }),
  email: z
    .string()
    .trim()
    .max(appealLimits.email, { message: 'feedback.error.email' })
    .optional()
    .default('')
    .refine((v) => v === '' || z.email().safeParse(v).success, {
      message: 'feedback.error.email',
    }),
  publicAllowed: flag,
  latitude: coordinate(-90, 90, 'feedback.error.latitude'),
  longitude: coordinate(-180, 180, 'feedback.error.longitude'),
});

/** From the public (form, API, Open311): a phone number or an e-mail address is required. */
export const appealInputSchema = appealFields.superRefine((input, context) => {
  if (input.phone === '' && input.email === '') {
    context.addIssue({ code: 'custom', path: ['phone'], message: 'feedback.error.contact' });
  }
});

/** Staff entering an appeal from a call, a letter or a 12345 transfer may have no contact. */
export const staffAppealInputSchema = appealFields;

export type AppealInput = z.input<typeof appealFields>;
export type Appeal = z.output<typeof appealFields>;
