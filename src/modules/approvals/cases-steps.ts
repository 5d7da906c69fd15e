/**
 * A staff step as posted from the case page: which service it calls, with which of the form's
 * values (named `<step>_<field>`), and where a refused field shows on the page.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import {
  acceptAndComplete,
  acceptCase,
  issueNotice,
  refuseCase,
  resubmitCase,
} from './case-acceptance.service.ts';
import {
  completeCase,
  extendCase,
  issueCase,
  returnCase,
  withdrawCase,
} from './case-closing.service.ts';
import { decideCase, recordOpinion, startJointReview } from './case-review.service.ts';
import { certificateOrLicence } from './registration.service.ts';
import { providedOf } from './views/case-applicant.tsx';

export interface StaffStep {
  /** The service step. */
  name: string;
  /** The page's form the step belongs to (its errors show there). */
  form: string;
  /** A service's field as the page's field name. */
  fieldOf(field: string): string;
  /** For an opinion: the department. */
  orgCode?: string;
}

const simple = [
  'startReview',
  'decide',
  'issue',
  'complete',
  'extend',
  'refuse',
  'return',
  'withdraw',
];
const materialSteps = ['accept', 'notice', 'resubmit', 'acceptAndComplete'];

function unknownStep(): never {
  throw new AppError('not_found', 'approvals_step_not_found', '没有此操作 / no such step');
}

/** The step of a POST's last path segment (`materials` carries the step in its button). */
export function stepSegments(segment: string, values: Record<string, string>): StaffStep {
  if (segment === 'materials') {
    const name = values.step ?? '';
    if (!materialSteps.includes(name)) unknownStep();
    return {
      name,
      form: 'materials',
      fieldOf: (f) => (f.startsWith('material-') ? f : 'materials'),
    };
  }
  if (segment.startsWith('opinion-')) {
    const orgCode = segment.slice('opinion-'.length);
    return {
      name: 'opinion',
      form: segment,
      orgCode,
      fieldOf: (f) => (f === 'opinion' ? `${segment}_opinion` : segment),
    };
  }
  if (!simple.includes(segment)) unknownStep();
  const fields: Record<string, string[]> = {
    decide: ['reason'],
    issue: ['certificateNumber'],
    extend: ['days', 'approver', 'reason'],
    refuse: ['reason', 'legalBasis'],
    return: ['reason', 'legalBasis'],
    withdraw: ['reason'],
  };
  return {
    name: segment,
    form: segment,
    fieldOf: (f) => ((fields[segment] ?? []).includes(f) ? `${segment}_${f}` : segment),
  };
}

/** Calls the step's service with the form's values. */
export async function runStaffStep(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  n: string,
  step: StaffStep,
  values: Record<string, string>,
): Promise<void> {
  const v = (field: string) => values[`${step.form}_${field}`] ?? '';
  const provided = providedOf(values);
  switch (step.name) {
    case 'accept':
      return void (await acceptCase(db, clock, ctx, n, { provided }));
    case 'notice':
      return void (await issueNotice(db, clock, ctx, n, { provided }));
    case 'resubmit':
      return void (await resubmitCase(db, clock, ctx, n, { provided }));
    case 'acceptAndComplete':
      return void (await acceptAndComplete(db, clock, ctx, n, { provided }));
    case 'startReview':
      return void (await startJointReview(db, clock, ctx, n));
    case 'opinion':
      return void (await recordOpinion(db, clock, ctx, n, {
        orgCode: step.orgCode!,
        approve: v('approve') !== 'no',
        opinion: v('opinion'),
      }));
    case 'decide':
      return void (await decideCase(db, clock, ctx, n, {
        decision: v('decision') === 'denied' ? 'denied' : 'approved',
        reason: v('reason'),
      }));
    case 'issue':
      return void (await issueCase(db, clock, ctx, n, {
        certificateNumber: certificateOrLicence(clock, ctx, v('certificateNumber')),
      }));
    case 'complete':
      return void (await completeCase(db, clock, ctx, n));
    case 'extend':
      return void (await extendCase(db, clock, ctx, n, {
        days: Number(v('days')) || 0,
        approver: v('approver'),
        reason: v('reason'),
      }));
    case 'refuse':
      return void (await refuseCase(db, clock, ctx, n, {
        reason: v('reason'),
        legalBasis: v('legalBasis'),
      }));
    case 'return':
      return void (await returnCase(db, clock, ctx, n, {
        reason: v('reason'),
        legalBasis: v('legalBasis'),
      }));
    case 'withdraw':
      return void (await withdrawCase(db, clock, ctx, n, { reason: v('reason') }));
    default:
      unknownStep();
  }
}
