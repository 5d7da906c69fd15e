/**
 * A case's words as values: channels, states and which steps may follow which (行政许可法
 * 第32条 acceptance, 第42条 decision, 第44条 issue), and the applicant as the forms take it.
 */
import { z } from 'zod';
import { isResidentId, isUscc } from '../../platform/identifiers/index.ts';

export const caseChannels = ['online', 'window'] as const;
export type CaseChannel = (typeof caseChannels)[number];

export const caseStates = [
  'submitted',
  'notice',
  'accepted',
  'reviewing',
  'decided',
  'issued',
  'completed',
  'refused',
  'returned',
  'withdrawn',
] as const;
export type CaseState = (typeof caseStates)[number];

/** States in which the case is over: its clocks are stopped. */
export const closedStates: readonly CaseState[] = ['completed', 'refused', 'returned', 'withdrawn'];

export const decisions = ['approved', 'denied'] as const;
export type Decision = (typeof decisions)[number];

export const reviewStates = ['pending', 'approved', 'denied'] as const;
export type ReviewState = (typeof reviewStates)[number];

export const applicantTypes = ['person', 'business'] as const;

/**
 * Where each step may start from. `accept` needs every required material (第32条); a notice
 * (一次性告知) leaves the case waiting with the clock not started; joint review follows acceptance.
 */
export const stepsFrom = {
  accept: ['submitted'],
  acceptAndComplete: ['submitted'],
  refuse: ['submitted', 'notice'],
  notice: ['submitted'],
  resubmit: ['notice'],
  startReview: ['accepted'],
  opinion: ['reviewing'],
  decide: ['accepted', 'reviewing'],
  issue: ['decided'],
  complete: ['decided', 'issued'],
  return: ['accepted', 'reviewing', 'decided'],
  withdraw: ['submitted', 'notice', 'accepted', 'reviewing'],
  extend: ['accepted', 'reviewing'],
} as const satisfies Record<string, readonly CaseState[]>;
export type CaseStep = keyof typeof stepsFrom;

/** 行政许可法第42条: a single agency may extend by 10 days, a joint review by 15. */
export const extensionCapDays = { single: 10, joint: 15 } as const;
/** 行政许可法第44条: issue the licence within 10 days of the decision. */
export const issueLimitDays = 10;
/** 行政许可法第32条: the one-time notice within 5 days, else accepted from receipt. */
export const noticeLimitDays = 5;

const text = (max: number, message: string) =>
  z.string({ message }).trim().min(1, message).max(max, message);

/** The applicant: a person, or a business (its credit code, GB 32100, if it has one) and its agent's ID. */
export const applicantSchema = z
  .object({
    type: z.enum(applicantTypes, { message: 'approvals.cases.error.applicantType' }),
    name: text(100, 'approvals.cases.error.name'),
    idNumber: z
      .string({ message: 'approvals.cases.error.idNumber' })
      .trim()
      .toUpperCase()
      .refine((v) => isResidentId(v), 'approvals.cases.error.idNumber'),
    phone: z
      .string({ message: 'approvals.cases.error.phone' })
      .trim()
      .regex(/^[0-9+\-\s()]{5,20}$/, 'approvals.cases.error.phone'),
    address: z.string().trim().max(200, 'approvals.cases.error.address').default(''),
    creditCode: z.string().trim().toUpperCase().max(18).default(''),
  })
  .superRefine((applicant, context) => {
    // A business being registered has no code yet: checked only when given.
    if (applicant.creditCode && !isUscc(applicant.creditCode)) {
      context.addIssue({
        code: 'custom',
        path: ['creditCode'],
        message: 'approvals.cases.error.creditCode',
      });
    }
  });
export type Applicant = z.infer<typeof applicantSchema>;
export type ApplicantInput = z.input<typeof applicantSchema>;
