/**
 * The staff console's forms over the ledger (登记/办理/归档台账, RULES.md §1.5): the ledger filter,
 * staff registration (条例第31条) and one form per handling step. Messages are catalog keys of
 * foi-staff.messages.ts / foi.messages.ts; dates are local calendar dates, never after today.
 */
import { z } from 'zod';
import { isLocalDate } from '../../platform/calendar/index.ts';
import { applicantTypes, outcomeGroups, outcomes, requestStates } from './foi.model.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    schema.optional(),
  );

const filterDate = optional(z.string().trim().refine(isLocalDate, 'foiStaff.error.filterDate'));

/** An outcome of the report, or one of its groups (matching every item of the group). */
export const outcomeFilters: string[] = [
  ...new Set([...outcomeGroups.map((g) => g.group), ...outcomes]),
];

/** The ledger's filter (GET query): every field optional. */
export const ledgerFilterQuery = z.object({
  state: optional(z.enum(requestStates, { message: 'foiStaff.error.filterState' })),
  org: optional(z.string().trim().max(40, 'foiStaff.error.filterOrg')),
  from: filterDate,
  to: filterDate,
  outcome: optional(
    z.string().refine((v) => outcomeFilters.includes(v), 'foiStaff.error.filterOutcome'),
  ),
  applicantType: optional(z.enum(applicantTypes, { message: 'foiStaff.error.filterType' })),
  q: optional(z.string().trim().max(100, 'foiStaff.error.filterText')),
  page: z.coerce.number().int().min(1).max(100000).optional().catch(1),
});

export type LedgerFilter = Omit<z.infer<typeof ledgerFilterQuery>, 'page'>;

export const ledgerFilterFields = [
  'state',
  'org',
  'from',
  'to',
  'outcome',
  'applicantType',
  'q',
] as const;

/** A day something happened: a real date, not after today. */
export function pastDate(today: string, key = 'foiStaff.error.date') {
  return z
    .string({ message: key })
    .trim()
    .refine(isLocalDate, key)
    .refine((v) => !isLocalDate(v) || v <= today, 'foiStaff.error.dateFuture');
}

const required = (max: number, key: string) =>
  z.string({ message: key }).trim().min(1, key).max(max, key);

/**
 * Registration's own fields: how it came and when (条例第31条: by post the day the letter is
 * signed for, by fax or email the day receipt is confirmed), and the org that receives it. The
 * application's fields are checked by parseApplication.
 */
export function registrationForm(today: string) {
  return z.object({
    channel: z.enum(['in_person', 'post', 'fax', 'email'], { message: 'foi.error.channel' }),
    receivedOn: pastDate(today, 'foi.error.receivedOn'),
    org: required(40, 'foiStaff.error.org'),
  });
}

/** The flat form fields of the application, and where each sits in the API's nested input. */
export const applicationFields = {
  applicantType: 'applicant.type',
  applicantName: 'applicant.name',
  idType: 'applicant.idType',
  idNumber: 'applicant.idNumber',
  phone: 'applicant.phone',
  email: 'applicant.email',
  address: 'applicant.address',
  description: 'description',
  documentNumber: 'documentNumber',
  form: 'form',
  delivery: 'delivery',
} as const;

/** The form body as the nested input of receiveRequest / parseApplication. */
export function applicationInput(body: Record<string, string>) {
  const value = (field: keyof typeof applicationFields) => body[field] ?? '';
  return {
    applicant: {
      type: value('applicantType'),
      name: value('applicantName'),
      idType: value('idType'),
      idNumber: value('idNumber'),
      phone: value('phone'),
      email: value('email'),
      address: value('address'),
    },
    description: value('description'),
    documentNumber: value('documentNumber'),
    form: value('form'),
    delivery: value('delivery'),
  };
}

/** An API path of parseApplication's errors as the flat form field. */
export function formFieldOf(path: string): string {
  const entry = Object.entries(applicationFields).find(([, p]) => p === path);
  return entry ? entry[0] : path;
}

const days = (key: string, min: number, max: number) =>
  z.coerce.number({ message: key }).int(key).min(min, key).max(max, key);

/** The handling steps' forms; each field is named after its step so one page can hold them all. */
export function stepForms(today: string) {
  const on = pastDate(today);
  return {
    assign: z.object({ assignOrg: required(40, 'foiStaff.error.org') }),
    correctionNotice: z.object({
      correctionOn: on,
      correctionNote: required(1000, 'foiStaff.error.correctionNote'),
    }),
    correctionReceived: z.object({ correctedOn: on }),
    consultationStart: z.object({
      consultOn: on,
      consultParty: z.enum(['third_party', 'other_agency'], { message: 'foiStaff.error.party' }),
    }),
    consultationEnd: z.object({ consultEndOn: on }),
    extend: z.object({
      extendOn: on,
      extendDays: days('foiStaff.error.extendDays', 1, 20),
      extendApprover: required(100, 'foiStaff.error.approver'),
      extendReason: required(500, 'foiStaff.error.reason'),
    }),
    feeNotice: z.object({
      feeOn: on,
      feeBasis: z.enum(['perCase', 'perVolume'], { message: 'foiStaff.error.feeBasis' }),
      feeUnits: days('foiStaff.error.feeUnits', 1, 100000),
    }),
    feePaid: z.object({ feePaidOn: on }),
    reply: z.object({
      replyOn: on,
      replyOutcome: z.string().refine((v) => outcomes.includes(v), 'foiStaff.error.outcome'),
      replyLegalBasis: z.string().trim().max(500, 'foiStaff.error.legalBasis'),
      replyText: z.string().trim().max(5000, 'foiStaff.error.replyText'),
    }),
    deliver: z.object({ deliverOn: on, deliverMethod: required(100, 'foiStaff.error.method') }),
    archive: z.object({ archiveOn: on, archiveNumber: required(100, 'foiStaff.error.archive') }),
  };
}

export type StepForms = ReturnType<typeof stepForms>;
export type StepName = keyof StepForms;

/** The URL segment of each step (`/staff/foi/:trackingNumber/<segment>`) and its fields' prefix. */
export const steps: Record<StepName, { segment: string; prefix: string }> = {
  assign: { segment: 'assign', prefix: 'assign' },
  correctionNotice: { segment: 'correction-notice', prefix: 'correction' },
  correctionReceived: { segment: 'correction-received', prefix: 'corrected' },
  consultationStart: { segment: 'consultation-start', prefix: 'consult' },
  consultationEnd: { segment: 'consultation-end', prefix: 'consultEnd' },
  extend: { segment: 'extend', prefix: 'extend' },
  feeNotice: { segment: 'fee-notice', prefix: 'fee' },
  feePaid: { segment: 'fee-paid', prefix: 'feePaid' },
  reply: { segment: 'reply', prefix: 'reply' },
  deliver: { segment: 'deliver', prefix: 'deliver' },
  archive: { segment: 'archive', prefix: 'archive' },
};

export const stepNames = Object.keys(steps) as StepName[];

/** A service's field name (`on`, `days`, `legalBasis`) as the step form's (`extendOn`, …). */
export function stepFieldOf(step: StepName, field: string): string {
  const { prefix } = steps[step];
  return `${prefix}${field.charAt(0).toUpperCase()}${field.slice(1)}`;
}

export const reportQuery = z.object({
  year: z.coerce
    .number({ message: 'foiStaff.error.year' })
    .int('foiStaff.error.year')
    .min(2008, 'foiStaff.error.year')
    .max(2100, 'foiStaff.error.year'),
});
