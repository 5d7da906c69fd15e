/**
 * Reading a case: for staff (the case, its materials, each review with its step clock, the case
 * and issue clocks, the timeline, and what the reader may do), and for the applicant on the
 * tracking page (state, dates and the public timeline; no personal data but the name's first
 * character). A wrong number and a wrong access code look the same.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { Actor } from '../../platform/http/index.ts';
import { accessCodeMatches } from '../../platform/identifiers/index.ts';
import { readClock, type ClockRecord, type ClockView } from '../deadlines/index.ts';
import { caseNotFound } from './case-step.ts';
import { stepsFrom, type CaseState, type CaseStep } from './cases.model.ts';
import { canReadCase, caseRights, forbidden, type CaseRights } from './cases.policy.ts';
import {
  findCase,
  listCaseEvents,
  listCaseMaterials,
  listCaseReviews,
  type CaseEventRow,
  type CaseReviewRow,
  type CaseRow,
} from './cases.queries.ts';

export interface StaffCase {
  row: CaseRow;
  materials: Awaited<ReturnType<typeof listCaseMaterials>>;
  reviews: (CaseReviewRow & { clock: ClockView; canGiveOpinion: boolean })[];
  caseClock: ClockRecord | null;
  issueClock: ClockView | null;
  events: CaseEventRow[];
  rights: CaseRights;
  /** The steps the state allows and the reader may take. */
  actions: CaseStep[];
}

/** Which steps this reader may take now, by state and place. */
function allowedActions(row: CaseRow, rights: CaseRights): CaseStep[] {
  const byRight: Record<CaseStep, boolean> = {
    accept: rights.window,
    acceptAndComplete: rights.window && row.isInstant,
    refuse: rights.window,
    notice: rights.window,
    resubmit: rights.window,
    startReview: (rights.window || rights.decide) && row.isJoint,
    opinion: rights.reviewPaths.length > 0,
    decide: rights.decide && !(row.state === 'accepted' && row.isJoint),
    issue: (rights.window || rights.decide) && row.decision === 'approved',
    complete:
      (rights.window || rights.decide) && !(row.state === 'decided' && row.decision === 'approved'),
    return: rights.window || rights.decide,
    withdraw: rights.window,
    extend: rights.decide,
  };
  return (Object.keys(stepsFrom) as CaseStep[]).filter(
    (step) => byRight[step] && (stepsFrom[step] as readonly CaseState[]).includes(row.state),
  );
}

export async function getStaffCase(
  db: Kysely<unknown>,
  clock: Clock,
  actor: Actor,
  trackingNumber: string,
): Promise<StaffCase> {
  const row = (await findCase(db, trackingNumber)) ?? caseNotFound(trackingNumber);
  const reviews = await listCaseReviews(db, row.id);
  const places = {
    centerPath: row.centerPath,
    orgPath: row.orgPath,
    reviewPaths: reviews.map((r) => r.orgPath),
  };
  if (!canReadCase(actor, places)) forbidden();
  const rights = caseRights(actor, places);
  const withClocks = [];
  for (const review of reviews) {
    withClocks.push({
      ...review,
      clock: (await readClock(db, clock, review.clockId)).view,
      canGiveOpinion: review.state === 'pending' && rights.reviewPaths.includes(review.orgPath),
    });
  }
  return {
    row,
    materials: await listCaseMaterials(db, row.id),
    reviews: withClocks,
    caseClock: row.clockId === null ? null : await readClock(db, clock, row.clockId),
    issueClock:
      row.issueClockId === null ? null : (await readClock(db, clock, row.issueClockId)).view,
    events: await listCaseEvents(db, row.id),
    rights,
    actions: allowedActions(row, rights),
  };
}

export interface TrackStatus {
  trackingNumber: string;
  itemName: string;
  itemNameEn: string;
  /** The applicant's name reduced to its first character and a mark. */
  applicant: string;
  state: CaseState;
  receivedOn: string;
  acceptedOn: string | null;
  dueOn: string | null;
  completedOn: string | null;
  certificateNumber: string;
  decision: string | null;
  /** The reason of a refusal or return, so the applicant knows what to do. */
  closeReason: string;
  noticeText: string;
  timeline: { on: string; kind: string; note: string }[];
}

function trackNotFound(): never {
  throw new AppError(
    'not_found',
    'approvals_case_not_found',
    '办件编号或查询码不正确 / no case with this tracking number and access code',
  );
}

/** The first character of a name and a mark: 王** (no personal data on a public page). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length === 0 ? '' : `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}

export async function readTrackStatus(
  db: Kysely<unknown>,
  clock: Clock,
  trackingNumber: string,
  accessCode: string,
): Promise<TrackStatus> {
  const row = await findCase(db, trackingNumber);
  if (!row || !accessCodeMatches(trackingNumber, accessCode, row.accessCodeHash)) trackNotFound();
  const view = row.clockId === null ? null : (await readClock(db, clock, row.clockId)).view;
  const events = await listCaseEvents(db, row.id, true);
  return {
    trackingNumber: row.trackingNumber,
    itemName: row.itemName,
    itemNameEn: row.itemNameEn,
    applicant: maskName(row.applicantName),
    state: row.state,
    receivedOn: row.receivedOn,
    acceptedOn: row.acceptedOn,
    dueOn: view?.dueOn ?? null,
    completedOn: row.completedOn,
    certificateNumber: row.certificateNumber,
    decision: row.decision,
    closeReason: row.closeReason,
    noticeText: row.state === 'notice' ? row.noticeText : '',
    timeline: events.map((e) => ({
      on: e.onDate,
      kind: e.kind,
      // Withdrawal notes say who; review notes name departments: both are safe to show.
      note: e.kind === 'notice' || e.kind === 'refused' || e.kind === 'returned' ? e.note : '',
    })),
  };
}
