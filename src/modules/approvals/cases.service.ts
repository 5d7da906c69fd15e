/**
 * A case begins: registered at a window (一窗受理) by a clerk, or applied for online. Each gets a
 * tracking number (SP2026-000123), an access code (shown once, stored hashed) and the item's
 * materials as provided or not; it starts as `submitted` with no clock (行政许可法第32条: the
 * clock starts at acceptance).
 */
import { sql, type Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { accessCodeHash, newAccessCode } from '../../platform/identifiers/index.ts';
import { inTransaction, recordCaseChange, type StepContext } from './case-step.ts';
import { applicantSchema, type ApplicantInput, type CaseChannel } from './cases.model.ts';
import { ensureChange, windowRule } from './cases.policy.ts';
import {
  casesDb,
  findCaseItem,
  findOrg,
  findWindow,
  windowTakesItem,
  type CaseItem,
} from './cases.queries.ts';

async function newTrackingNumber(trx: Kysely<unknown>, on: string): Promise<string> {
  const { rows } = await sql<{
    n: number;
  }>`select nextval('approvals_case_number_seq')::int as n`.execute(trx);
  return `SP${on.slice(0, 4)}-${String(rows[0]!.n).padStart(6, '0')}`;
}

/** Field errors as the platform's validation error (paths as the form's names). */
export function validationError(fields: { field: string; message: string }[]): AppError {
  return new AppError('validation', 'validation', fields.map((f) => f.message).join('; '), {
    fields,
  });
}

export function parseApplicant(input: ApplicantInput) {
  const parsed = applicantSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: { field: string; message: string }[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'name');
    if (!fields.some((f) => f.field === field)) fields.push({ field, message: issue.message });
  }
  throw validationError(fields);
}

export interface CaseReceipt {
  caseId: number;
  trackingNumber: string;
  /** Shown once to the applicant; only its hash is kept. */
  accessCode: string;
  receivedOn: string;
}

export interface NewCaseInput {
  itemCode: string;
  applicant: ApplicantInput;
  /** The ids of the item's materials the applicant handed in. */
  provided: readonly number[];
  isDemo?: boolean;
}

function itemNotFound(code: string): never {
  throw new AppError('validation', 'approvals_item_not_found', `没有事项 ${code}`, {
    fields: [{ field: 'item', message: 'approvals.cases.error.item' }],
  });
}

async function activeItem(trx: Kysely<unknown>, code: string): Promise<CaseItem> {
  const item = await findCaseItem(trx, { code });
  if (!item || item.status !== 'active') itemNotFound(code);
  return item;
}

async function insertCase(
  trx: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  item: CaseItem,
  input: NewCaseInput,
  place: { centerOrgId: number; windowId: number | null; channel: CaseChannel },
): Promise<CaseReceipt> {
  const applicant = parseApplicant(input.applicant);
  const at = clock.now();
  const receivedOn = localDateOf(at);
  const trackingNumber = await newTrackingNumber(trx, receivedOn);
  const accessCode = newAccessCode();
  const { id } = await casesDb(trx)
    .insertInto('approvalsCases')
    .values({
      trackingNumber,
      accessCodeHash: accessCodeHash(trackingNumber, accessCode),
      itemId: item.id,
      orgId: item.orgId,
      centerOrgId: place.centerOrgId,
      windowId: place.windowId,
      channel: place.channel,
      applicantType: applicant.type,
      applicantName: applicant.name,
      idNumber: applicant.idNumber,
      phone: applicant.phone,
      address: applicant.address,
      creditCode: applicant.creditCode,
      state: 'submitted',
      clockId: null,
      issueClockId: null,
      isInstant: item.promisedDays === 0,
      isJoint: item.reviewOrgs.length > 0,
      promisedDays: item.promisedDays,
      statutoryDays: item.statutoryDays,
      receivedOn,
      noticedOn: null,
      acceptedOn: null,
      decision: null,
      decidedOn: null,
      issuedOn: null,
      completedOn: null,
      closedOn: null,
      isDemo: input.isDemo ?? false,
      createdAt: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const caseId = Number(id);
  if (item.materials.length > 0) {
    const provided = new Set(input.provided.map(Number));
    await casesDb(trx)
      .insertInto('approvalsCaseMaterials')
      .values(
        item.materials.map((m) => ({
          caseId,
          materialId: m.id,
          name: m.name,
          isRequired: m.isRequired,
          provided: provided.has(m.id),
        })),
      )
      .execute();
  }
  const step: StepContext = { trx, clock, ctx, at, today: receivedOn };
  await recordCaseChange({ id: caseId, trackingNumber, itemCode: item.code }, step, 'submit', {
    timeline: [{ kind: 'submitted', note: place.channel, isPublic: true }],
    checkpoints: [],
    summary: { channel: place.channel, item: item.code, applicantType: applicant.type },
  });
  return { caseId, trackingNumber, accessCode, receivedOn };
}

/** 一窗受理: a clerk of the window's center registers the application as handed in. */
export async function registerAtWindow(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: NewCaseInput & { windowId: number },
): Promise<CaseReceipt> {
  return inTransaction(db, async (trx) => {
    const window = await findWindow(trx, input.windowId);
    if (!window || !window.isActive) {
      throw validationError([{ field: 'window', message: 'approvals.cases.error.window' }]);
    }
    const center = (await findOrg(trx, { id: window.centerOrgId }))!;
    ensureChange(ctx.actor, center.path, windowRule);
    const item = await activeItem(trx, input.itemCode);
    if (!(await windowTakesItem(trx, window.id, item.id))) {
      throw validationError([{ field: 'item', message: 'approvals.cases.error.itemNotAtWindow' }]);
    }
    return insertCase(trx, clock, ctx, item, input, {
      centerOrgId: center.id,
      windowId: window.id,
      channel: 'window',
    });
  });
}

/**
 * The center that receives online applications: the given one, else the county's service center
 * (the highest active org of kind `center`).
 */
async function onlineCenter(trx: Kysely<unknown>, centerCode?: string): Promise<number> {
  const query = casesDb(trx)
    .selectFrom('accountsOrgs')
    .select('id')
    .where('kind', '=', 'center')
    .where('isActive', '=', true);
  const row = await (centerCode ? query.where('code', '=', centerCode) : query)
    .orderBy(sql`length(path)`)
    .orderBy('sortOrder')
    .orderBy('id')
    .executeTakeFirst();
  if (!row) {
    throw new AppError('unavailable', 'approvals_no_center', '尚未设立政务服务中心 / no center');
  }
  return Number(row.id);
}

/** 网上申请: anyone applies for an item offered online; the case waits for the center's check. */
export async function applyOnline(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: NewCaseInput & { centerCode?: string },
): Promise<CaseReceipt> {
  return inTransaction(db, async (trx) => {
    const item = await activeItem(trx, input.itemCode);
    if (!item.online) {
      throw validationError([{ field: 'item', message: 'approvals.cases.error.notOnline' }]);
    }
    const centerOrgId = await onlineCenter(trx, input.centerCode);
    return insertCase(trx, clock, ctx, item, input, {
      centerOrgId,
      windowId: null,
      channel: 'online',
    });
  });
}
