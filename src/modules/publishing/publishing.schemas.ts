/**
 * zod schemas of the publications' inputs. Messages are catalog keys (publishing.messages.ts),
 * each naming the field in Chinese.
 */
import { z } from 'zod';
import { isLocalDate } from '../../platform/calendar/index.ts';
import { itemTypes, validities } from './publishing.model.ts';

const blankToUndefined = (v: unknown) =>
  v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v;
const optionalText = (max: number, key: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, key).optional());
const localDate = (key: string) => z.string({ message: key }).trim().refine(isLocalDate, key);
const id = (key: string) => z.coerce.number({ message: key }).int(key).positive(key);

/** The content of a draft; the type is fixed when the draft is created. */
export const contentFields = {
  title: z
    .string({ message: 'publishing.error.title' })
    .trim()
    .min(2, 'publishing.error.title')
    .max(200, 'publishing.error.title'),
  summary: z.string().trim().max(1000, 'publishing.error.summary').default(''),
  bodyHtml: z.string().max(500_000, 'publishing.error.bodyHtml').default(''),
  formedOn: localDate('publishing.error.formedOn'),
  docNumber: optionalText(100, 'publishing.error.docNumber'),
  issuingOrgId: z.preprocess(blankToUndefined, id('publishing.error.issuingOrg').optional()),
  writtenOn: z.preprocess(blankToUndefined, localDate('publishing.error.writtenOn').optional()),
  subjectCategory: optionalText(100, 'publishing.error.subjectCategory'),
  policyId: z.preprocess(blankToUndefined, id('publishing.error.policy').optional()),
};

export const createItemInput = z.object({
  channelId: id('publishing.error.channel'),
  type: z.enum(itemTypes, { message: 'publishing.error.type' }),
  ...contentFields,
});
export type CreateItemInput = z.input<typeof createItemInput>;

export const editItemInput = z.object(contentFields);
export type EditItemInput = z.input<typeof editItemInput>;

export const noteInput = z.object({
  note: z.string().trim().max(1000, 'publishing.error.note').default(''),
});

export const withdrawInput = z.object({
  reason: z
    .string({ message: 'publishing.error.withdrawnReason' })
    .trim()
    .min(2, 'publishing.error.withdrawnReason')
    .max(1000, 'publishing.error.withdrawnReason'),
});

export const validityInput = z.object({
  validity: z.enum(validities, { message: 'publishing.error.validity' }),
  replacedById: z.preprocess(blankToUndefined, id('publishing.error.replacedBy').optional()),
});
export type ValidityInput = z.input<typeof validityInput>;
