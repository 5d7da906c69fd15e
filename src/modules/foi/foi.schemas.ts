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

export const applicationSchema = z
  .object({
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
  })
  .superRefine((input, ctx) => {
    const { applicant } = input;
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (applicant.idType === 'resident_id' && residentIdProblem(applicant.idNumber)) {
      issue(['applicant', 'idNumber'], 'foi.error.residentId');
    }
    if (applicant.idType === 'credit_code' && usccProblem(applicant.idNumber)) {
      issue(['applicant', 'idNumber'], 'foi.error.creditCode');
    }
    if (applicant.type === 'person' && applicant.idType === 'credit_code') {
      issue(['applicant', 'idType'], 'foi.error.personIdType');
    }
    if (applicant.type !== 'person' && !['credit_code', 'other'].includes(applicant.idType)) {
      issue(['applicant', 'idType'], 'foi.error.orgIdType');
    }
    if (input.delivery === 'email' && !applicant.email)
      issue(['applicant', 'email'], 'foi.error.emailNeeded');
    if (input.delivery === 'post' && !applicant.address)
      issue(['applicant', 'address'], 'foi.error.addressNeeded');
  });

export type ApplicationInput = z.input<typeof applicationSchema>;
export type Application = z.output<typeof applicationSchema>;

/** A request that arrived on paper, by fax, email or in person, registered by staff (条例第31条). */
export const registrationSchema = z.object({
  channel: z.enum(channels, { message: 'foi.error.channel' }),
  receivedOn: z
    .string({ message: 'foi.error.receivedOn' })
    .refine(isLocalDate, 'foi.error.receivedOn'),
});
