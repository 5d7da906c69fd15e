/** The search parameters (page and API): each message a catalog key naming the field. */
import { z } from 'zod';
import { itemTypes, validities } from '../publishing.model.ts';

/** A query longer than this is refused (422), not cut. */
export const maxQueryLength = 100;
export const maxPage = 500;
export const pageSize = 20;

/** An absent or empty parameter (a form's “all” option sends ''). */
const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (v) => (blank(v) ? undefined : typeof v === 'string' ? v.trim() : v),
    schema.optional(),
  );
}

export const searchParams = z.object({
  q: z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : (v ?? '')),
    z.string({ message: 'publishingSearch.error.q' }).max(maxQueryLength, {
      message: 'publishingSearch.error.q',
    }),
  ),
  type: optional(z.enum(itemTypes, { message: 'publishingSearch.error.type' })),
  org: optional(
    z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, { message: 'publishingSearch.error.org' }),
  ),
  year: optional(
    z.coerce
      .number({ message: 'publishingSearch.error.year' })
      .int({ message: 'publishingSearch.error.year' })
      .min(1990, { message: 'publishingSearch.error.year' })
      .max(2100, { message: 'publishingSearch.error.year' }),
  ),
  validity: optional(z.enum(validities, { message: 'publishingSearch.error.validity' })),
  page: z.preprocess(
    (v) => (blank(v) ? 1 : v),
    z.coerce
      .number({ message: 'publishingSearch.error.page' })
      .int({ message: 'publishingSearch.error.page' })
      .min(1, { message: 'publishingSearch.error.page' })
      .max(maxPage, { message: 'publishingSearch.error.page' }),
  ),
});

export type SearchParams = z.infer<typeof searchParams>;
