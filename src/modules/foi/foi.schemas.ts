/**
 * The application of 条例第29条, as the public form and `POST /api/v1/foi/requests` take it.
 * Messages are catalog keys (foi.messages.ts); paths are the API's (`applicant.idNumber`).
 */
import { z } from 'zod';
import { isLocalDate } from '../../platform/calendar/index.ts';
import { residentIdProblem, usccProblem } from '../../platform/identifiers/index.ts';
import { applicantTypes, channels, deliveries, idTypes, requestForms } from './foi.model.ts';

const text = (max: number, key: string, min = 1) =>
  z.string({ message: key }).trim().min(min, key).max(max, key);
const optionalText = (max: number, key: string) =>
  z.string({ message: key }).trim().max(max, key).optional().default('');

export const applicationSchema = z.object({
  applicant: z.object(
    {
      type: z.enum(applicantTypes, { message: 'foi.error.applicantType' }),
      name: text(100, 'foi.error.name'),
      idType: z.enum(idTypes, { message: 'foi.error.idType' }),
      idNumber: text(40, 'foi.error.idNumber'),
      phone: z
        .string({ message: 'foi.error.phone' })
        .trim()
        .regex(/^[0-9+\-\s()]{5,20}$/, 'foi.error.phone'),
      email: z
        .string()
        .trim()
        .max(100, 'foi.error.email')
        .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'foi.error.email')
        .optional()
        .default(''),
      address: optionalText(200, 'foi.error.address'),
    },
    { message: 'foi.error.applicant' },
  ),
  description: text(2000, 'foi.error.description', 2),
  documentNumber: optionalText(100, 'foi.error.documentNumber'),
  form: z.enum(requestForms, { message: 'foi.error.form' }),
  delivery: z.enum(deliveries, { message: 'foi.error.delivery' }),
});

/**
 * The checks across fields, run on the raw input too so that a form with several mistakes shows
 * them all at once (zod runs refinements only once the shape is right).
 */
function crossFieldIssues(raw: unknown): { field: string; message: string }[] {
  const input = (raw ?? {}) as Record<string, unknown>;
  const applicant = (input.applicant ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const issues: { field: string; message: string }[] = [];
  const idNumber = str(applicant.idNumber);
  if (applicant.idType === 'resident_id' && idNumber && residentIdProblem(idNumber)) {
    issues.push({ field: 'applicant.idNumber', message: 'foi.error.residentId' });
  }
  if (applicant.idType === 'credit_code' && idNumber && usccProblem(idNumber)) {
    issues.push({ field: 'applicant.idNumber', message: 'foi.error.creditCode' });
  }
  if (applicant.type === 'person' && applicant.idType === 'credit_code') {
    issues.push({ field: 'applicant.idType', message: 'foi.error.personIdType' });
  }
  const organisation = typeof applicant.type === 'string' && applicant.type !== 'person';
  if (
    organisation &&
    typeof applicant.idType === 'string' &&
    !['credit_code', 'other'].includes(applicant.idType)
  ) {
    issues.push({ field: 'applicant.idType', message: 'foi.error.orgIdType' });
  }
  if (input.delivery === 'email' && !str(applicant.email)) {
    issues.push({ field: 'applicant.email', message: 'foi.error.emailNeeded' });
  }
  if (input.delivery === 'post' && !str(applicant.address)) {
    issues.push({ field: 'applicant.address', message: 'foi.error.addressNeeded' });
  }
  return issues;
}

/** The application checked: every problem, one per field path (the first found), or the data. */
export function parseApplication(
  raw: unknown,
): { ok: true; data: Application } | { ok: false; fields: { field: string; message: string }[] } {
  const parsed = applicationSchema.safeParse(raw ?? {});
  const issues = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))),
    ...crossFieldIssues(raw),
  ];
  if (parsed.success && issues.length === 0) return { ok: true, data: parsed.data };
  const fields = issues.filter(
    (issue, i) => issues.findIndex((o) => o.field === issue.field) === i,
  );
  return { ok: false, fields };
}

export type ApplicationInput = z.input<typeof applicationSchema>;
export type Application = z.output<typeof applicationSchema>;

/** A request that arrived on paper, by fax, email or in person, registered by staff (条例第31条). */
export const registrationSchema = z.object({
  channel: z.enum(channels, { message: 'foi.error.channel' }),
  receivedOn: z
    .string({ message: 'foi.error.receivedOn' })
    .refine(isLocalDate, 'foi.error.receivedOn'),
});
