/**
 * At the window (行政许可法第32条): check the materials, then accept (the case clock starts with
 * the promised limit), refuse with the reason (不予受理), or give the one-time notice of every
 * missing material (一次性告知; the clock does not start) and take the materials when they come.
 * acceptAndComplete is the one-click path of an instant item (即办件, promised 0 days).
 */
import { sql, type Kysely } from 'kysely';
import { loadCalendar } from '../../platform/calendar/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { startClock, workingDaysRule, type ClockRule } from '../deadlines/index.ts';
import {
  refuseField,
  runCaseStep,
  stopClockIfOpen,
  type CaseCheckpoint,
  type StepContext,
  type StepResult,
  type TimelineEntry,
} from './case-step.ts';
import { extensionCapDays, noticeLimitDays } from './cases.model.ts';
import { ensureChange, windowRule } from './cases.policy.ts';
import { casesDb, listCaseMaterials, type CaseRow } from './cases.queries.ts';
import { validationError } from './cases.service.ts';

export interface MissingMaterial {
  materialId: number;
  name: string;
}

/** Records which materials are now in hand (all the item's others: not), when the clerk says. */
async function updateProvided(
  trx: Kysely<unknown>,
  caseId: number,
  provided: readonly number[] | undefined,
): Promise<void> {
  if (provided === undefined) return;
  const ids = [...new Set(provided.map(Number)), -1];
  await casesDb(trx)
    .updateTable('approvalsCaseMaterials')
    .set({ provided: sql<boolean>`material_id = any(${sql.val(ids)}::bigint[])` })
    .where('caseId', '=', caseId)
    .execute();
}

/** The required materials not yet provided, in the guide's order. */
export async function checkMaterials(
  db: Kysely<unknown>,
  caseId: number,
): Promise<MissingMaterial[]> {
  const materials = await listCaseMaterials(db, caseId);
  return materials
    .filter((m) => m.isRequired && !m.provided)
    .map((m) => ({ materialId: Number(m.materialId), name: m.name }));
}

/** 第32条: acceptance with a required material missing is refused, naming every one. */
function refuseMissing(missing: MissingMaterial[]): never {
  throw validationError(
    missing.map((m) => ({
      field: `material-${m.materialId}`,
      message: 'approvals.cases.error.materialMissing',
      vars: { name: m.name },
    })),
  );
}

/** The case clock's rule: the promised limit in the item's unit, one extension (第42条). */
export function caseClockRule(
  row: Pick<CaseRow, 'promisedDays' | 'isJoint' | 'limitUnit'>,
): ClockRule {
  return workingDaysRule(row.promisedDays, {
    unit: row.limitUnit,
    rollForward: row.limitUnit === 'calendar',
    extensionCapDays: row.isJoint ? extensionCapDays.joint : extensionCapDays.single,
    maxExtensions: 1,
  });
}

/**
 * 第32条: without a notice within 5 days the application counts as accepted from the day the
 * materials were received; otherwise the clock starts on the day of acceptance.
 */
async function clockStart(step: StepContext, row: CaseRow): Promise<string> {
  if (row.noticedOn !== null) return step.today;
  const calendar = await loadCalendar(step.trx);
  const late = calendar.workingDaysBetween(row.receivedOn, step.today).value > noticeLimitDays;
  return late ? row.receivedOn : step.today;
}

/** Acceptance as part of a step: materials checked, clock started, checkpoint and entry made. */
async function acceptWork(
  row: CaseRow,
  step: StepContext,
  provided: readonly number[] | undefined,
): Promise<StepResult & { clockId: number }> {
  await updateProvided(step.trx, row.id, provided);
  const missing = await checkMaterials(step.trx, row.id);
  if (missing.length > 0) refuseMissing(missing);
  const startOn = await clockStart(step, row);
  const { clockId, view } = await startClock(step.trx, step.clock, step.ctx, {
    matterType: 'approval',
    matterId: row.trackingNumber,
    purpose: 'case',
    title: `${row.itemName} ${row.trackingNumber}`,
    orgId: row.orgId,
    rule: caseClockRule(row),
    startOn,
  });
  return {
    clockId,
    patch: { state: 'accepted', acceptedOn: startOn, clockId },
    timeline: [{ kind: 'accepted', note: view.dueOn ?? '', isPublic: true }],
    checkpoints: [
      {
        kind: 'accepted',
        org: row.centerCode,
        promisedDays: row.promisedDays,
        statutoryDays: row.statutoryDays,
        limitUnit: row.limitUnit,
      },
    ],
    summary: { startOn, dueOn: view.dueOn },
  };
}

const windowClerk = (row: CaseRow, step: StepContext) =>
  ensureChange(step.ctx.actor, row.centerPath, windowRule);

/** 受理: every required material in hand (else refused, listing them); the case clock starts. */
export async function acceptCase(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: { provided?: readonly number[] } = {},
): Promise<CaseRow> {
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'accept',
    authorize: windowClerk,
    run: async (row, step) => {
      const { clockId: _clockId, ...result } = await acceptWork(row, step, input.provided);
      return result;
    },
  });
}

export interface ReasonInput {
  reason: string;
  legalBasis?: string;
}

/** A reason is required (RULES.md §4.3: refusing without stated reasons is a red-card trigger). */
export function requireReason(input: ReasonInput): { reason: string; legalBasis: string } {
  const reason = input.reason?.trim() ?? '';
  if (!reason)
    refuseField('reason', 'approvals.cases.error.reason', '请填写理由 / give the reason');
  if (reason.length > 2000) {
    refuseField('reason', 'approvals.cases.error.reasonLong', '理由过长 / reason too long');
  }
  return { reason, legalBasis: (input.legalBasis ?? '').trim().slice(0, 500) };
}

/** 不予受理 (第32条): with the reason and its legal basis; the case ends. */
export async function refuseCase(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: ReasonInput,
): Promise<CaseRow> {
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'refuse',
    authorize: windowClerk,
    run: (row, step) => {
      const { reason, legalBasis } = requireReason(input);
      return {
        patch: { state: 'refused', closedOn: step.today, closeReason: reason, legalBasis },
        timeline: [{ kind: 'refused', note: reason, isPublic: true }],
        checkpoints: [{ kind: 'refused', org: row.centerCode, reason, legalBasis }],
      };
    },
  });
}

/**
 * 一次性告知 (第32条): every missing required material in one notice, printable; the case waits
 * and its clock does not start. Refused when nothing is missing (accept instead).
 */
export async function issueNotice(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: { provided?: readonly number[]; note?: string } = {},
): Promise<CaseRow & { missing: MissingMaterial[] }> {
  let missing: MissingMaterial[] = [];
  const row = await runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'notice',
    authorize: windowClerk,
    run: async (row, step) => {
      await updateProvided(step.trx, row.id, input.provided);
      missing = await checkMaterials(step.trx, row.id);
      if (missing.length === 0) {
        refuseField(
          'notice',
          'approvals.cases.error.nothingMissing',
          '材料齐全，请直接受理 / nothing is missing: accept the case',
        );
      }
      const list = missing.map((m, i) => `${i + 1}. ${m.name}`).join('\n');
      const note = (input.note ?? '').trim().slice(0, 1000);
      const noticeText = note ? `${list}\n${note}` : list;
      return {
        patch: { state: 'notice', noticedOn: step.today, noticeText },
        timeline: [{ kind: 'notice', note: noticeText, isPublic: true }],
        checkpoints: [
          {
            kind: 'notice',
            org: row.centerCode,
            reason: noticeText,
            legalBasis: '行政许可法第32条',
          },
        ],
      };
    },
  });
  return { ...row, missing };
}

/** The materials of the notice arrive: the case is submitted again, received on this day. */
export async function resubmitCase(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: { provided: readonly number[] },
): Promise<CaseRow> {
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'resubmit',
    authorize: windowClerk,
    run: async (row, step) => {
      await updateProvided(step.trx, row.id, input.provided);
      return {
        patch: { state: 'submitted', receivedOn: step.today },
        timeline: [{ kind: 'resubmitted', isPublic: true }],
        checkpoints: [],
      };
    },
  });
}

/**
 * 即办件: accept, approve, issue (when a certificate number is given) and complete on the spot,
 * in one transaction; the clock starts and stops the same day (green). Refused for other items.
 */
export async function acceptAndComplete(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: { provided?: readonly number[]; certificateNumber?: string } = {},
): Promise<CaseRow> {
  return runCaseStep(db, clock, ctx, trackingNumber, {
    name: 'acceptAndComplete',
    authorize: windowClerk,
    run: async (row, step) => {
      if (!row.isInstant) {
        refuseField(
          'acceptAndComplete',
          'approvals.cases.error.notInstant',
          '该事项不是即办件 / not an instant item',
        );
      }
      const accepted = await acceptWork(row, step, input.provided);
      const certificateNumber = (input.certificateNumber ?? '').trim().slice(0, 100);
      await stopClockIfOpen(step, accepted.clockId, 'completed');
      const timeline: TimelineEntry[] = [
        ...accepted.timeline,
        { kind: 'decided', note: 'approved', isPublic: true },
        ...(certificateNumber ? [{ kind: 'issued', note: certificateNumber, isPublic: true }] : []),
        { kind: 'completed', isPublic: true },
      ];
      const checkpoints: CaseCheckpoint[] = [
        ...accepted.checkpoints,
        { kind: 'decided', org: row.orgCode },
        ...(certificateNumber
          ? [{ kind: 'step_completed' as const, org: row.centerCode, step: 'issue', stepDays: 0 }]
          : []),
        { kind: 'completed', org: row.orgCode },
      ];
      return {
        patch: {
          ...accepted.patch,
          state: 'completed',
          decision: 'approved',
          decidedOn: step.today,
          certificateNumber,
          issuedOn: certificateNumber ? step.today : null,
          completedOn: step.today,
        },
        timeline,
        checkpoints,
        summary: { ...accepted.summary, instant: true },
      };
    },
  });
}
