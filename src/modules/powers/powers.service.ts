/**
 * Changing the catalog: every change is an adjustment (新增/调整/取消/下放) with the decision's
 * 文号 and date, producing a new version whose whole content is kept; each is audited in its
 * transaction. Errors: not_found power_not_found, forbidden not_allowed, validation (field
 * errors), invalid_state power_cancelled | power_delegated.
 */
import type { Kysely, Transaction } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError, type FieldError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { ensureCanChangePowersOf } from './powers.policy.ts';
import {
  lawsCited,
  parseResponsibilities,
  type AdjustmentKind,
  type PowerStatus,
} from './powers.model.ts';
import {
  findImplementingOrg,
  findPowerByCode,
  type ImplementingOrg,
  type Power,
} from './powers.queries.ts';
import type { AmendPowerInput, CreatePowerInput, DecisionInput } from './powers.schemas.ts';
import type { PowerContent, PowersTables } from './powers.tables.ts';
import {
  accountabilityTemplate,
  permitFlowTemplate,
  stageTemplate,
  type FlowStepInput,
} from './stage-templates.ts';

type Db = Kysely<PowersTables>;
type Trx = Transaction<PowersTables>;

export function invalid(fields: FieldError[]): AppError {
  return new AppError(
    'validation',
    'validation',
    fields.map((f) => `${f.field}: ${f.message}`).join('; '),
    {
      fields,
    },
  );
}

/** The power with this code; throws not_found power_not_found. */
export async function getPowerByCode(db: Kysely<unknown>, code: string): Promise<Power> {
  const power = await findPowerByCode(db, code);
  if (!power) {
    throw new AppError(
      'not_found',
      'power_not_found',
      `没有编码为 ${code} 的权力 / no power ${code}`,
    );
  }
  return power;
}

async function implementingOrg(db: Kysely<unknown>, orgCode: string): Promise<ImplementingOrg> {
  const org = await findImplementingOrg(db, orgCode);
  if (!org || org === 'ambiguous') {
    throw invalid([
      { field: 'orgCode', message: 'powers.error.orgUnknown', vars: { value: orgCode } },
    ]);
  }
  return org;
}

function checkDecisionDate(clock: Clock, adoptedOn: string): void {
  if (adoptedOn > localDateOf(clock.now())) {
    throw invalid([{ field: 'adoptedOn', message: 'powers.error.adoptedOnFuture' }]);
  }
}

type ContentInput = Omit<AmendPowerInput, 'documentNumber' | 'adoptedOn' | 'adjustmentNote'>;

/** The whole content of a version from the form's fields. */
export function contentOf(
  code: string,
  input: ContentInput,
  org: ImplementingOrg,
  status: PowerStatus,
): PowerContent {
  const parsed = parseResponsibilities(input.responsibilities);
  // 《辽宁省权责清单管理办法》第8条: 责任事项 is mandatory; left empty, the category's stages.
  const responsibilities = parsed.length > 0 ? parsed : stageTemplate(input.category);
  return {
    code,
    category: input.category,
    name: input.name,
    basis: input.basis,
    laws: lawsCited(input.basis),
    orgId: org.id,
    orgCode: org.code,
    orgName: org.name,
    level: status === 'delegated' ? 'township' : input.level,
    status,
    responsibilities,
    accountability: input.accountability || accountabilityTemplate(input.category),
    supervisionPhone: input.supervisionPhone,
    note: input.note,
  };
}

export interface Decision {
  kind: AdjustmentKind;
  documentNumber: string;
  adoptedOn: string;
  note: string;
}

/** The powers row's columns for a content. */
export function rowOf(content: PowerContent) {
  return {
    category: content.category,
    name: content.name,
    basis: content.basis,
    laws: JSON.stringify(content.laws),
    orgId: content.orgId,
    level: content.level,
    status: content.status,
    responsibilities: JSON.stringify(content.responsibilities),
    accountability: content.accountability,
    supervisionPhone: content.supervisionPhone,
    note: content.note,
  };
}

/** Records the adjustment and the version it produces, and makes it the power's current one. */
export async function writeVersion(
  trx: Trx,
  at: Date,
  powerId: number,
  version: number,
  content: PowerContent,
  decision: Decision,
): Promise<void> {
  const { id: adjustmentId } = await trx
    .insertInto('powersAdjustments')
    .values({ powerId, version, createdAt: at, ...decision })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('powersVersions')
    .values({ powerId, version, adjustmentId, content: JSON.stringify(content), createdAt: at })
    .execute();
  await trx
    .updateTable('powers')
    .set({ ...rowOf(content), version, updatedAt: at })
    .where('id', '=', powerId)
    .execute();
}

/** Replaces a power's flowchart. */
export async function writeFlowSteps(
  trx: Trx,
  powerId: number,
  steps: FlowStepInput[],
): Promise<void> {
  await trx.deleteFrom('powersFlowSteps').where('powerId', '=', powerId).execute();
  if (steps.length === 0) return;
  await trx
    .insertInto('powersFlowSteps')
    .values(steps.map((s, i) => ({ powerId, position: i + 1, ...s })))
    .execute();
}

/**
 * Adds a power (新增) as version 1; a 行政许可 starts with the default flowchart. Errors:
 * validation (code taken, org unknown, a future date), forbidden not_allowed.
 */
export async function createPower(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: CreatePowerInput,
): Promise<{ id: number; code: string }> {
  const code = input.code.trim().toUpperCase();
  const org = await implementingOrg(db, input.orgCode);
  ensureCanChangePowersOf(ctx.actor, org.path);
  checkDecisionDate(clock, input.adoptedOn);
  if (await findPowerByCode(db, code)) {
    throw invalid([{ field: 'code', message: 'powers.error.codeTaken', vars: { value: code } }]);
  }
  const content = contentOf(code, input, org, 'active');
  return (db as Db).transaction().execute(async (trx) => {
    const at = clock.now();
    const { id } = await trx
      .insertInto('powers')
      .values({ code: code, ...rowOf(content), version: 1, createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeVersion(trx, at, id, 1, content, decisionOf('add', input));
    if (content.category === 'permit') await writeFlowSteps(trx, id, permitFlowTemplate());
    await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
      action: 'powers.power.create',
      targetType: 'power',
      targetId: code,
      orgCode: org.code,
      summary: {
        category: content.category,
        name: content.name,
        documentNumber: input.documentNumber,
      },
    });
    return { id, code: code };
  });
}

function decisionOf(kind: AdjustmentKind, input: DecisionInput): Decision {
  return {
    kind,
    documentNumber: input.documentNumber,
    adoptedOn: input.adoptedOn,
    note: input.adjustmentNote,
  };
}

function ensureNotCancelled(power: Power): void {
  if (power.status === 'cancelled') {
    throw new AppError(
      'invalid_state',
      'power_cancelled',
      `权力 ${power.code} 已取消 / the power is cancelled`,
    );
  }
}

/** A change of the current power by an adjustment, audited: the shared part of amend/cancel/delegate. */
async function adjust(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  power: Power,
  content: PowerContent,
  decision: Decision,
): Promise<number> {
  checkDecisionDate(clock, decision.adoptedOn);
  const version = power.version + 1;
  await (db as Db).transaction().execute(async (trx) => {
    const at = clock.now();
    await writeVersion(trx, at, power.id, version, content, decision);
    await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
      action: `powers.power.${decision.kind}`,
      targetType: 'power',
      targetId: power.code,
      orgCode: content.orgCode,
      summary: { version, documentNumber: decision.documentNumber, adoptedOn: decision.adoptedOn },
    });
  });
  return version;
}

/** The current content of a power, as its last version states it. */
function currentContent(power: Power): PowerContent {
  return {
    code: power.code,
    category: power.category,
    name: power.name,
    basis: power.basis,
    laws: power.laws,
    orgId: power.orgId,
    orgCode: power.orgCode,
    orgName: power.orgName,
    level: power.level,
    status: power.status,
    responsibilities: power.responsibilities,
    accountability: power.accountability,
    supervisionPhone: power.supervisionPhone,
    note: power.note,
  };
}

/** 调整: a new version with the content given. Moving it to another org needs both orgs' rights. */
export async function amendPower(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  code: string,
  input: AmendPowerInput,
): Promise<number> {
  const power = await getPowerByCode(db, code);
  ensureCanChangePowersOf(ctx.actor, power.orgPath);
  ensureNotCancelled(power);
  const org = await implementingOrg(db, input.orgCode);
  ensureCanChangePowersOf(ctx.actor, org.path);
  const content = contentOf(power.code, input, org, power.status);
  return adjust(db, clock, ctx, power, content, decisionOf('amend', input));
}

/** 取消: the power leaves the catalog in force; its history stays. */
export async function cancelPower(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  code: string,
  input: DecisionInput,
): Promise<number> {
  const power = await getPowerByCode(db, code);
  ensureCanChangePowersOf(ctx.actor, power.orgPath);
  ensureNotCancelled(power);
  const content = { ...currentContent(power), status: 'cancelled' as const };
  return adjust(db, clock, ctx, power, content, decisionOf('cancel', input));
}

/** 下放: the townships exercise the power from now on (行使层级 乡镇). */
export async function delegatePower(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  code: string,
  input: DecisionInput,
): Promise<number> {
  const power = await getPowerByCode(db, code);
  ensureCanChangePowersOf(ctx.actor, power.orgPath);
  ensureNotCancelled(power);
  if (power.status === 'delegated') {
    throw new AppError(
      'invalid_state',
      'power_delegated',
      `权力 ${power.code} 已下放 / already delegated`,
    );
  }
  const content = {
    ...currentContent(power),
    status: 'delegated' as const,
    level: 'township' as const,
  };
  return adjust(db, clock, ctx, power, content, decisionOf('delegate', input));
}

/** Replaces the flowchart of a power (not a new version: the steps are how it is run, not what it is). */
export async function updateFlowSteps(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  code: string,
  steps: FlowStepInput[],
): Promise<void> {
  const power = await getPowerByCode(db, code);
  ensureCanChangePowersOf(ctx.actor, power.orgPath);
  ensureNotCancelled(power);
  await (db as Db).transaction().execute(async (trx) => {
    await writeFlowSteps(trx, power.id, steps);
    await recordChange(trx as unknown as Kysely<unknown>, ctx, clock.now(), {
      action: 'powers.flow.update',
      targetType: 'power',
      targetId: power.code,
      orgCode: power.orgCode,
      summary: { steps: steps.map((s) => `${s.name}/${s.limitDays}${s.isCheckpoint ? '*' : ''}`) },
    });
  });
}
