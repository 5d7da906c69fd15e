/**
 * Setting up a center's windows (一窗受理): number, name, the departments resident at the window
 * and the items it accepts. Only an admin covering the center; every change audited. Errors:
 * validation (form-field errors), not_found window_not_found, forbidden not_allowed.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError, type FieldError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { ensureCan } from '../accounts/index.ts';
import { windowRule } from './items.policy.ts';
import { itemsDb, listActiveOrgs, type ItemsDb } from './items.queries.ts';
import { findWindowRow, replaceWindowLinks } from './windows.queries.ts';

export interface WindowInput {
  centerCode: string;
  number: string;
  name: string;
  nameEn: string;
  isActive: boolean;
  orgCodes: string[];
  itemCodes: string[];
}

const k = (name: string) => `approvals.windows.error.${name}`;

function invalid(fields: FieldError[]): AppError {
  return new AppError('validation', 'window_invalid', fields.map((f) => f.field).join(', '), {
    fields,
  });
}

async function resolveWindow(db: ItemsDb, input: WindowInput, selfId: number | null) {
  const errors: FieldError[] = [];
  const orgs = new Map((await listActiveOrgs(db)).map((o) => [o.code, o]));
  const center = orgs.get(input.centerCode);
  if (!center || center.kind !== 'center') errors.push({ field: 'center', message: k('center') });
  if (!/^[0-9A-Za-z-]{1,10}$/.test(input.number)) {
    errors.push({ field: 'number', message: k('number') });
  } else if (center) {
    const clash = await db
      .selectFrom('approvalsWindows')
      .select('id')
      .where('centerOrgId', '=', center.id)
      .where('number', '=', input.number)
      .executeTakeFirst();
    if (clash && clash.id !== selfId) errors.push({ field: 'number', message: k('numberTaken') });
  }
  if (input.name.trim() === '' || input.name.length > 100) {
    errors.push({ field: 'name', message: k('name') });
  }
  const unknownOrgs = input.orgCodes.filter((c) => !orgs.has(c));
  if (unknownOrgs.length > 0) {
    errors.push({ field: 'orgs', message: k('orgs'), vars: { code: unknownOrgs.join('、') } });
  }
  const codes = [...new Set(input.itemCodes)];
  const items = codes.length
    ? await db
        .selectFrom('approvalsItems')
        .select(['id', 'code'])
        .where('code', 'in', codes)
        .execute()
    : [];
  const unknownItems = codes.filter((c) => !items.some((i) => i.code === c));
  if (unknownItems.length > 0) {
    errors.push({ field: 'items', message: k('items'), vars: { code: unknownItems.join('、') } });
  }
  if (errors.length > 0 || !center) throw invalid(errors);
  return {
    center,
    orgIds: input.orgCodes.map((c) => orgs.get(c)!.id),
    itemIds: items.map((i) => i.id),
  };
}

function transaction<T>(db: Kysely<unknown>, work: (trx: ItemsDb) => Promise<T>): Promise<T> {
  const handle = itemsDb(db);
  return handle.isTransaction ? work(handle) : handle.transaction().execute(work);
}

/** A new window of a center; returns its id. */
export function createWindow(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: WindowInput,
): Promise<number> {
  return transaction(db, async (trx) => {
    const resolved = await resolveWindow(trx, input, null);
    ensureCan(ctx.actor, 'change', resolved.center.path, windowRule);
    const { id } = await trx
      .insertInto('approvalsWindows')
      .values({
        centerOrgId: resolved.center.id,
        number: input.number,
        name: input.name.trim(),
        nameEn: input.nameEn.trim(),
        isActive: input.isActive,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceWindowLinks(trx, id, resolved.orgIds, resolved.itemIds);
    await recordChange(trx, ctx, clock.now(), {
      action: 'approvals.window.create',
      targetType: 'approvals_window',
      targetId: String(id),
      orgCode: input.centerCode,
      summary: {
        number: input.number,
        name: input.name,
        orgs: input.orgCodes,
        items: input.itemCodes.length,
      },
    });
    return id;
  });
}

/** A window's number, name, state, departments and items replaced; it may not change center. */
export function updateWindow(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: WindowInput,
): Promise<void> {
  return transaction(db, async (trx) => {
    const window = await findWindowRow(trx, id);
    if (!window)
      throw new AppError('not_found', 'window_not_found', `没有窗口 ${id} / no window ${id}`);
    ensureCan(ctx.actor, 'change', window.centerPath, windowRule);
    const resolved = await resolveWindow(trx, { ...input, centerCode: window.centerCode }, id);
    await trx
      .updateTable('approvalsWindows')
      .set({
        number: input.number,
        name: input.name.trim(),
        nameEn: input.nameEn.trim(),
        isActive: input.isActive,
      })
      .where('id', '=', id)
      .execute();
    await replaceWindowLinks(trx, id, resolved.orgIds, resolved.itemIds);
    await recordChange(trx, ctx, clock.now(), {
      action: 'approvals.window.update',
      targetType: 'approvals_window',
      targetId: String(id),
      orgCode: window.centerCode,
      summary: {
        number: input.number,
        name: input.name,
        orgs: input.orgCodes,
        items: input.itemCodes.length,
      },
    });
  });
}
