/**
 * Writing a guide (办事指南): create, update, retire. Each change bumps the item's version, keeps
 * the whole content in approvals_item_versions with the editor's note, and is audited, in one
 * transaction. Errors: validation (form-field errors, catalog keys), not_found item_not_found,
 * forbidden not_allowed.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError, type FieldError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { ensureCan } from '../accounts/index.ts';
import { defaultLimitCaps, type ItemContent, type LimitCaps } from './items.model.ts';
import { itemRule } from './items.policy.ts';
import { resolvePowerCodes } from './items.powers.ts';
import {
  findItemRow,
  insertVersion,
  itemsDb,
  listActiveOrgs,
  listMaterials,
  replaceItemParts,
  type ItemRow,
  type ItemsDb,
  type OrgRef,
} from './items.queries.ts';
import { validateItem, type ItemInput } from './items.validate.ts';

export interface ItemWriteOptions {
  caps?: LimitCaps;
  isDemo?: boolean;
  /** Files just stored as templates that the new version may reference (items.templates.ts). */
  newTemplates?: number[];
}

export function itemValidationError(fields: FieldError[]): AppError {
  return new AppError('validation', 'item_invalid', fields.map((f) => f.field).join(', '), {
    fields,
  });
}

export function itemNotFound(code: string): AppError {
  return new AppError('not_found', 'item_not_found', `没有编码为 ${code} 的事项 / no item ${code}`);
}

interface Resolved {
  org: OrgRef;
  reviewOrgIds: number[];
  powerIds: number[];
}

/** The content's rules, then its references (orgs, powers, templates); every problem at once. */
async function resolveInput(
  db: ItemsDb,
  input: ItemInput,
  caps: LimitCaps,
  allowedTemplates: Set<number>,
): Promise<Resolved> {
  const errors = validateItem(input, caps);
  const orgs = new Map((await listActiveOrgs(db)).map((o) => [o.code, o]));
  const org = orgs.get(input.orgCode);
  if (!org && !errors.some((e) => e.field === 'org')) {
    errors.push({ field: 'org', message: 'approvals.items.error.org' });
  }
  const reviewOrgIds = input.reviewOrgs.map((r, i) => {
    const found = orgs.get(r.orgCode);
    if (!found) {
      errors.push({
        field: `r${i}_org`,
        message: 'approvals.items.error.reviewOrg',
        vars: { n: i + 1 },
      });
    }
    return found?.id ?? 0;
  });
  input.materials.forEach((m, i) => {
    if (m.templateFileId !== null && !allowedTemplates.has(m.templateFileId)) {
      errors.push({
        field: `m${i}_name`,
        message: 'approvals.items.error.materialTemplate',
        vars: { n: i + 1 },
      });
    }
  });
  const powers = await resolvePowerCodes(db, input.powerCodes);
  if (powers.unknown.length > 0) {
    errors.push({
      field: 'powers',
      message: 'approvals.items.error.powers',
      vars: { code: powers.unknown.join('、') },
    });
  }
  if (errors.length > 0 || !org) throw itemValidationError(errors);
  return { org, reviewOrgIds, powerIds: powers.ids };
}

function contentOf(input: ItemInput, status: ItemContent['status']): ItemContent {
  return {
    code: input.code,
    name: input.name.trim(),
    nameEn: input.nameEn.trim(),
    orgCode: input.orgCode,
    basis: input.basis,
    conditions: input.conditions,
    place: input.place,
    hours: input.hours,
    phone: input.phone,
    flow: input.flow,
    feeFen: input.feeFen,
    feeBasis: input.feeBasis,
    statutoryDays: input.statutoryDays,
    promisedDays: input.promisedDays,
    online: input.online,
    status,
    materials: input.materials.map((m) => ({ ...m, name: m.name.trim() })),
    reviewOrgs: input.reviewOrgs,
    powerCodes: [...new Set(input.powerCodes)],
  };
}

function itemColumns(content: ItemContent, orgId: number) {
  const { materials: _m, reviewOrgs: _r, powerCodes: _p, orgCode: _o, ...columns } = content;
  return { ...columns, orgId };
}

async function writeParts(db: ItemsDb, itemId: number, content: ItemContent, resolved: Resolved) {
  await replaceItemParts(db, itemId, {
    materials: content.materials,
    reviewOrgs: content.reviewOrgs.map((r, i) => ({
      orgId: resolved.reviewOrgIds[i]!,
      stepDays: r.stepDays,
    })),
    powerIds: resolved.powerIds,
  });
}

function transaction<T>(db: Kysely<unknown>, work: (trx: ItemsDb) => Promise<T>): Promise<T> {
  const handle = itemsDb(db);
  return handle.isTransaction ? work(handle) : handle.transaction().execute(work);
}

/** A new item at version 1, under an org the actor may change. */
export async function createItem(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: ItemInput,
  options: ItemWriteOptions = {},
): Promise<{ code: string; version: number }> {
  return transaction(db, async (trx) => {
    const resolved = await resolveInput(trx, input, options.caps ?? defaultLimitCaps, new Set());
    ensureCan(ctx.actor, 'change', resolved.org.path, itemRule);
    if (await findItemRow(trx, input.code)) {
      throw itemValidationError([
        { field: 'code', message: 'approvals.items.error.codeTaken', vars: { code: input.code } },
      ]);
    }
    const at = clock.now();
    const content = contentOf(input, 'active');
    const { id } = await trx
      .insertInto('approvalsItems')
      .values({
        ...itemColumns(content, resolved.org.id),
        version: 1,
        isDemo: options.isDemo ?? false,
        createdAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeParts(trx, id, content, resolved);
    await insertVersion(trx, {
      itemId: id,
      version: 1,
      content,
      note: '创建 / created',
      changedBy: ctx.actor.name,
      changedAt: at,
    });
    await recordChange(trx, ctx, at, {
      action: 'approvals.item.create',
      targetType: 'approvals_item',
      targetId: content.code,
      orgCode: content.orgCode,
      summary: { version: 1, name: content.name },
    });
    return { code: content.code, version: 1 };
  });
}

/** The item of `code`, or not_found item_not_found. */
export async function getItemRow(db: ItemsDb, code: string): Promise<ItemRow> {
  const item = await findItemRow(db, code);
  if (!item) throw itemNotFound(code);
  return item;
}

/** The next version of an item: its whole content replaced (its code kept), with a note. */
export async function updateItem(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  code: string,
  input: ItemInput,
  note: string,
  options: ItemWriteOptions = {},
): Promise<{ code: string; version: number }> {
  return transaction(db, async (trx) => {
    const item = await getItemRow(trx, code);
    ensureCan(ctx.actor, 'change', item.orgPath, itemRule);
    const templates = new Set([
      ...(await listMaterials(trx, item.id)).flatMap((m) =>
        m.templateFileId === null ? [] : [m.templateFileId],
      ),
      ...(options.newTemplates ?? []),
    ]);
    const kept = { ...input, code: item.code };
    const resolved = await resolveInput(trx, kept, options.caps ?? defaultLimitCaps, templates);
    // Moving an item to another department needs the right to change that one's items too.
    ensureCan(ctx.actor, 'change', resolved.org.path, itemRule);
    return writeVersion(trx, clock, ctx, item, contentOf(kept, item.status), resolved, note);
  });
}

async function writeVersion(
  trx: ItemsDb,
  clock: Clock,
  ctx: ActionContext,
  item: ItemRow,
  content: ItemContent,
  resolved: Resolved,
  note: string,
): Promise<{ code: string; version: number }> {
  const at = clock.now();
  const version = item.version + 1;
  await trx
    .updateTable('approvalsItems')
    .set({ ...itemColumns(content, resolved.org.id), version, updatedAt: at })
    .where('id', '=', item.id)
    .execute();
  await writeParts(trx, item.id, content, resolved);
  await insertVersion(trx, {
    itemId: item.id,
    version,
    content,
    note: note.trim() || '修改 / edited',
    changedBy: ctx.actor.name,
    changedAt: at,
  });
  await recordChange(trx, ctx, at, {
    action: 'approvals.item.update',
    targetType: 'approvals_item',
    targetId: item.code,
    orgCode: content.orgCode,
    summary: { version, note },
  });
  return { code: item.code, version };
}

/** The item's current content as an input (for a new version built on it). */
export async function inputOfItem(
  db: ItemsDb,
  code: string,
): Promise<{ item: ItemRow; content: ItemContent }> {
  const item = await getItemRow(db, code);
  const row = await db
    .selectFrom('approvalsItemVersions')
    .select('content')
    .where('itemId', '=', item.id)
    .where('version', '=', item.version)
    .executeTakeFirstOrThrow();
  return { item, content: row.content as unknown as ItemContent };
}

/** An item withdrawn from the guides (a new version, status retired); cases keep reading it. */
export async function retireItem(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  code: string,
  note: string,
): Promise<{ code: string; version: number }> {
  return transaction(db, async (trx) => {
    const { item, content } = await inputOfItem(trx, code);
    ensureCan(ctx.actor, 'change', item.orgPath, itemRule);
    if (item.status === 'retired') {
      throw new AppError(
        'invalid_state',
        'item_retired',
        `事项 ${code} 已停用 / item ${code} is retired`,
      );
    }
    const at = clock.now();
    const version = item.version + 1;
    await trx
      .updateTable('approvalsItems')
      .set({ status: 'retired', version, updatedAt: at })
      .where('id', '=', item.id)
      .execute();
    const retired: ItemContent = { ...content, status: 'retired' };
    await insertVersion(trx, {
      itemId: item.id,
      version,
      content: retired,
      note: note.trim() || '停用 / retired',
      changedBy: ctx.actor.name,
      changedAt: at,
    });
    await recordChange(trx, ctx, at, {
      action: 'approvals.item.retire',
      targetType: 'approvals_item',
      targetId: item.code,
      orgCode: item.orgCode,
      summary: { version, note },
    });
    return { code: item.code, version };
  });
}
