import type { FastifyReply } from 'fastify';
import type { JSX } from 'preact';
import type { z } from 'zod';
import { isAppError, type FieldError } from '../errors/index.ts';
import type { FormState } from '../views/index.ts';

export type ParsedForm<T> = { ok: true; data: T } | { ok: false; state: FormState };

/** Form values as strings, for re-rendering what the person typed. */
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (key === '_csrf') continue;
      values[key] = Array.isArray(value) ? String(value[0] ?? '') : String(value ?? '');
    }
  }
  return values;
}

/** Parses a form body with a zod schema whose messages are catalog keys. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): ParsedForm<z.infer<S>> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
  }
  return { ok: false, state: { values: formValues(body), errors } };
}

/**
 * The one way a form is handled: parse; on bad input, or a validation error from the service,
 * re-render with 422 and the input kept; on success, 303 to where the action says.
 */
export async function submitForm<S extends z.ZodType>(
  reply: FastifyReply,
  options: {
    schema: S;
    body: unknown;
    render: (state: FormState) => JSX.Element;
    action: (data: z.infer<S>) => Promise<string>;
  },
): Promise<FastifyReply> {
  const form = parseForm(options.schema, options.body);
  if (!form.ok) return reply.page(options.render(form.state), 422);
  try {
    const location = await options.action(form.data);
    return reply.redirect(location, 303);
  } catch (error) {
    if (isAppError(error) && error.kind === 'validation') {
      const errors = error.details.fields ?? [{ field: 'form', message: error.message }];
      return reply.page(options.render({ values: formValues(options.body), errors }), 422);
    }
    throw error;
  }
}

/** A redirect target from a form: a local path only, never another site. */
export function safeLocalPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string') return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
