/**
 * The combined registration form (五证合一: one form, one set of materials): every field's problem
 * at once, each message naming its field. Capital in 万元 (up to 6 decimals, i.e. to the fen).
 */
import { z } from 'zod';
import { residentIdProblem } from '../../platform/identifiers/index.ts';
import { licenceKinds } from './licences.model.ts';

const text = (max: number, message: string) =>
  z.string({ message }).trim().min(1, message).max(max, message);

export const registrationForm = z.object({
  name: text(100, 'registration.error.name'),
  kind: z.enum(licenceKinds, { message: 'registration.error.kind' }),
  legalRepresentative: text(50, 'registration.error.legalRepresentative'),
  // GB 11643-1999: the legal representative's resident ID, its problem named.
  idNumber: z
    .string({ message: 'registration.error.idNumber.length' })
    .trim()
    .toUpperCase()
    .superRefine((value, context) => {
      const problem = residentIdProblem(value);
      if (problem) {
        context.addIssue({ code: 'custom', message: `registration.error.idNumber.${problem}` });
      }
    }),
  capital: z
    .string({ message: 'registration.error.capital' })
    .trim()
    .regex(/^\d{1,9}(\.\d{1,6})?$/, 'registration.error.capital'),
  address: text(200, 'registration.error.address'),
  businessScope: text(1000, 'registration.error.businessScope'),
  phone: z
    .string({ message: 'registration.error.phone' })
    .trim()
    .regex(/^[0-9+\-\s()]{5,20}$/, 'registration.error.phone'),
  window: z.coerce.number({ message: 'registration.error.window' }).int().positive(),
});

export type RegistrationForm = z.infer<typeof registrationForm>;

/** 万元 as fen, exactly (no floating point): "12.5" → 125000000. */
export function fenOfWan(wan: string): number {
  const [whole = '0', fraction = ''] = wan.split('.');
  return Number(whole) * 1_000_000 + Number(fraction.padEnd(6, '0'));
}
