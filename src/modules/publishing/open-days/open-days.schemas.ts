/** The open-day record's input; messages are catalog keys naming the field (open-days.messages.ts). */
import { z } from 'zod';
import { isLocalDate } from '../../../platform/calendar/index.ts';

const count = (key: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? 0 : v),
    z.coerce.number({ message: key }).int(key).min(0, key).max(10_000_000, key),
  );

const text = (min: number, max: number, key: string) =>
  z.string({ message: key }).trim().min(min, key).max(max, key);

export const openDayInput = z.object({
  heldOn: z
    .string({ message: 'openDays.error.heldOn' })
    .trim()
    .refine(isLocalDate, 'openDays.error.heldOn'),
  place: text(1, 200, 'openDays.error.place'),
  theme: text(2, 200, 'openDays.error.theme'),
  orgIds: z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(
        z.coerce
          .number({ message: 'openDays.error.orgIds' })
          .int('openDays.error.orgIds')
          .positive('openDays.error.orgIds'),
        {
          message: 'openDays.error.orgIds',
        },
      )
      .min(1, 'openDays.error.orgIds')
      .max(200, 'openDays.error.orgIds'),
  ),
  consultationsAnswered: count('openDays.error.consultationsAnswered'),
  materialsHandedOut: count('openDays.error.materialsHandedOut'),
  summary: z.string().trim().max(5000, 'openDays.error.summary').default(''),
});

export type OpenDayInput = z.input<typeof openDayInput>;
export type OpenDayData = z.infer<typeof openDayInput>;

export const photoCaption = z.string().trim().max(200, 'openDays.error.caption').default('');

/** Photos: JPEG or PNG by content, at most 5 MB each. */
export const photoRules = { allowed: ['jpeg', 'png'] as const, maxBytes: 5 * 1024 * 1024 };
