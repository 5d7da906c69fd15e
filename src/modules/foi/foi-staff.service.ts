/**
 * The staff console's use of the FOI services: who may read the ledger and a request, who may
 * register one or take a step, and the step dispatched to foi-handling.service.ts (which checks
 * the state, records the clock event, the timeline and the audit record).
 */
import { listRequestFiles, type RequestFile } from './foi-files.ts';
import { foiRequestRule } from './foi.policy.ts';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext, Actor } from '../../platform/http/index.ts';
import { can, ensureCan, hasCountyRole, scopePaths } from '../accounts/index.ts';
import { readClock, type ClockRecord } from '../deadlines/index.ts';
import {
  archiveRequest,
  assignRequest,
  deliverReply,
  endConsultation,
  extendRequest,
  noticeCorrection,
  noticeFee,
  receiveCorrection,
  receiveFee,
  replyToRequest,
  startConsultation,
} from './foi-handling.service.ts';
import {
  findStaffRequest,
  listOrgChoices,
  listRequestEvents,
  type LedgerScope,
  type OrgChoice,
  type RequestEventRow,
  type StaffRequestRow,
} from './foi-ledger.queries.ts';
import type { StepForms, StepName } from './foi-ledger.schemas.ts';
import type { Channel } from './foi.model.ts';
import type { ApplicationInput } from './foi.schemas.ts';
import { orgIdsUnder } from './foi.queries.ts';
import { receiveRequest, type Receipt } from './foi.service.ts';

function notAllowed(): never {
  throw new AppError(
    'forbidden',
    'not_allowed',
    '您没有权限查看依申请公开台账 / you may not see the FOI ledger',
  );
}

/** The orgs whose requests the actor may read (forbidden when none). */
export async function ledgerScope(db: Kysely<unknown>, actor: Actor): Promise<LedgerScope> {
  // A role on the county government covers every org: no list of ids needed.
  if (hasCountyRole(actor, ['admin', ...foiRequestRule.read, ...foiRequestRule.change])) return {};
  const paths = scopePaths(actor, 'read', foiRequestRule);
  if (paths.length === 0) notAllowed();
  return { orgIds: await orgIdsUnder(db, paths) };
}

/** The orgs the actor may file requests under or filter by. */
export function orgChoicesFor(db: Kysely<unknown>, actor: Actor, action: 'read' | 'change') {
  if (actor.kind === 'system') return listOrgChoices(db);
  return listOrgChoices(db, scopePaths(actor, action, foiRequestRule));
}

export function canRegister(actor: Actor): boolean {
  return actor.kind === 'system' || scopePaths(actor, 'change', foiRequestRule).length > 0;
}

export interface StaffRequest {
  request: StaffRequestRow;
  clock: ClockRecord;
  events: RequestEventRow[];
  /** The applicant's proof of identity, if uploaded. */
  files: RequestFile[];
  canChange: boolean;
}

async function getRequestRow(db: Kysely<unknown>, trackingNumber: string) {
  const request = await findStaffRequest(db, trackingNumber);
  if (!request) {
    throw new AppError(
      'not_found',
      'foi_not_found',
      `没有受理编号 ${trackingNumber} / no request ${trackingNumber}`,
    );
  }
  return request;
}

/** A request with its clock and timeline, for whoever may read its org's requests. */
export async function getStaffRequest(
  db: Kysely<unknown>,
  clock: Clock,
  actor: Actor,
  trackingNumber: string,
): Promise<StaffRequest> {
  const request = await getRequestRow(db, trackingNumber);
  ensureCan(actor, 'read', request.orgPath, foiRequestRule);
  return {
    request,
    clock: await readClock(db, clock, request.clockId),
    events: await listRequestEvents(db, request.id),
    files: await listRequestFiles(db, request.id),
    canChange: can(actor, 'change', request.orgPath, foiRequestRule),
  };
}

/** The active org of `code` among `choices`, else a validation error on `field`. */
function chosenOrg(choices: OrgChoice[], code: string, field: string): OrgChoice {
  const org = choices.find((o) => o.code === code);
  if (!org) {
    throw new AppError('validation', 'foi_bad_org', `no org ${code}`, {
      fields: [{ field, message: 'foiStaff.error.org' }],
    });
  }
  return org;
}

export interface Registration {
  channel: Exclude<Channel, 'online'>;
  receivedOn: string;
  orgCode: string;
}

/** 条例第31条: a request that came by post, fax, email or in person, filed under an org the actor may change. */
export async function registerRequest(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: ApplicationInput,
  registration: Registration,
): Promise<Receipt> {
  const choices = await orgChoicesFor(db, ctx.actor, 'change');
  const org = chosenOrg(choices, registration.orgCode, 'org');
  ensureCan(ctx.actor, 'change', org.path, foiRequestRule);
  return receiveRequest(db, clock, ctx, input, {
    channel: registration.channel,
    receivedOn: registration.receivedOn,
    orgId: org.id,
  });
}

/** Throws forbidden unless the actor may take steps on the request (not_found if there is none). */
export async function ensureCanHandle(
  db: Kysely<unknown>,
  actor: Actor,
  trackingNumber: string,
): Promise<void> {
  const request = await getRequestRow(db, trackingNumber);
  ensureCan(actor, 'change', request.orgPath, foiRequestRule);
}

/** A step and its form's input. */
export type StepAction = { [S in StepName]: { step: S; input: z.infer<StepForms[S]> } }[StepName];

/** One handling step on a request, by someone who may change its org's requests. */
export async function takeStep(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  action: StepAction,
): Promise<void> {
  await ensureCanHandle(db, ctx.actor, trackingNumber);
  const args = [db, clock, ctx, trackingNumber] as const;
  switch (action.step) {
    case 'assign': {
      const org = chosenOrg(await listOrgChoices(db), action.input.assignOrg, 'assignOrg');
      await assignRequest(...args, org.id);
      return;
    }
    case 'correctionNotice': {
      const { correctionOn, correctionNote } = action.input;
      await noticeCorrection(...args, { on: correctionOn, note: correctionNote });
      return;
    }
    case 'correctionReceived':
      await receiveCorrection(...args, { on: action.input.correctedOn });
      return;
    case 'consultationStart': {
      const { consultOn, consultParty } = action.input;
      await startConsultation(...args, { on: consultOn, party: consultParty });
      return;
    }
    case 'consultationEnd':
      await endConsultation(...args, { on: action.input.consultEndOn });
      return;
    case 'extend': {
      const { extendOn, extendDays, extendApprover, extendReason } = action.input;
      await extendRequest(...args, {
        on: extendOn,
        days: extendDays,
        approver: extendApprover,
        reason: extendReason,
      });
      return;
    }
    case 'feeNotice': {
      const { feeOn, feeBasis, feeUnits } = action.input;
      await noticeFee(...args, { on: feeOn, basis: feeBasis, units: feeUnits });
      return;
    }
    case 'feePaid':
      await receiveFee(...args, { on: action.input.feePaidOn });
      return;
    case 'reply': {
      const { replyOn, replyOutcome, replyLegalBasis, replyText } = action.input;
      await replyToRequest(...args, {
        on: replyOn,
        outcome: replyOutcome,
        legalBasis: replyLegalBasis,
        text: replyText,
      });
      return;
    }
    case 'deliver': {
      const { deliverOn, deliverMethod } = action.input;
      await deliverReply(...args, { on: deliverOn, method: deliverMethod });
      return;
    }
    case 'archive': {
      const { archiveOn, archiveNumber } = action.input;
      await archiveRequest(...args, { on: archiveOn, archiveNumber });
      return;
    }
  }
}
