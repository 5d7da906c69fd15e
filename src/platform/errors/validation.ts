/** The one validation error: field errors whose messages are catalog keys, read in Chinese for the message. */
import type { z } from 'zod';
import type { Catalog } from '../i18n/index.ts';
import { AppError, type FieldError } from './app-error.ts';

/**
 * A validation error whose message is the fields' Chinese messages, read from the catalog whose
 * keys they are (the API answers 422 with the fields by path; forms show each beside its field).
 */
export function invalidFields(fields: FieldError[], catalog: Catalog): AppError {
  const zh: Record<string, string> = catalog['zh-CN'];
  const fill = (text: string, vars: Record<string, string | number> = {}) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
  const text = fields
    .map((f) => {
      const message = zh[f.message];
      return message === undefined ? `${f.field}: ${f.message}` : fill(message, f.vars);
    })
    .join('；');
  return new AppError('validation', 'validation', text, { fields });
}

/** Parses input with a schema whose messages are catalog keys; throws `invalidFields` on bad input. */
export function parseFields<S extends z.ZodType>(
  schema: S,
  input: unknown,
  catalog: Catalog,
): z.infer<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const fields: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (!fields.some((e) => e.field === field)) fields.push({ field, message: issue.message });
  }
  throw invalidFields(fields, catalog);
}
