/**
 * Reading items and windows: what the cases engineer uses (getItemByCode, getItemForCase,
 * listItemsOfWindow, listWindowsOfCenter, getWindow) and what the public guide shows (getGuide).
 * Errors: not_found item_not_found | window_not_found.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../platform/errors/index.ts';
import { itemKindOf, type ItemKind } from './items.model.ts';
import { listPowersOfItem, type PowerRef } from './items.powers.ts';
import {
  findItemRow,
  findItemRowById,
  itemsDb,
  listMaterials,
  listReviewOrgs,
  type ItemRow,
  type MaterialRow,
  type ReviewOrgRow,
} from './items.queries.ts';
import { itemNotFound } from './items.service.ts';
import {
  findWindowRow,
  listWindowItems,
  listWindowOrgs,
  listWindowRows,
  listWindowsOfItem,
  type WindowItemRow,
  type WindowOrgRow,
  type WindowRow,
} from './windows.queries.ts';

export type { ItemRow, MaterialRow, ReviewOrgRow, WindowRow, WindowOrgRow, WindowItemRow };

/** The item of `code` (active or retired); not_found item_not_found. */
export async function getItemByCode(db: Kysely<unknown>, code: string): Promise<ItemRow> {
  const item = await findItemRow(itemsDb(db), code);
  if (!item) throw itemNotFound(code);
  return item;
}

export interface ItemForCase {
  item: ItemRow;
  kind: ItemKind;
  /** 申请材料 in the guide's order. */
  materials: MaterialRow[];
  /** 并联审批 departments in order, each with its step limit in working days. */
  reviewOrgs: ReviewOrgRow[];
}

/** An item with its materials and joint-review departments, for opening a case; not_found item_not_found. */
export async function getItemForCase(db: Kysely<unknown>, itemId: number): Promise<ItemForCase> {
  const handle = itemsDb(db);
  const item = await findItemRowById(handle, itemId);
  if (!item) throw itemNotFound(String(itemId));
  const materials = await listMaterials(handle, item.id);
  const reviewOrgs = await listReviewOrgs(handle, item.id);
  const kind = itemKindOf({ promisedDays: item.promisedDays, reviewOrgCount: reviewOrgs.length });
  return { item, kind, materials, reviewOrgs };
}

/** The active items a window accepts, by department then code. */
export function listItemsOfWindow(db: Kysely<unknown>, windowId: number): Promise<WindowItemRow[]> {
  return listWindowItems(itemsDb(db), [windowId]);
}

export interface WindowWithLinks extends WindowRow {
  orgs: WindowOrgRow[];
  items: WindowItemRow[];
}

async function withLinks(db: Kysely<unknown>, windows: WindowRow[]): Promise<WindowWithLinks[]> {
  const ids = windows.map((w) => w.id);
  const orgs = await listWindowOrgs(itemsDb(db), ids);
  const items = await listWindowItems(itemsDb(db), ids);
  return windows.map((w) => ({
    ...w,
    orgs: orgs.filter((o) => o.windowId === w.id),
    items: items.filter((i) => i.windowId === w.id),
  }));
}

/** The active windows of a center with their resident departments and accepted items. */
export async function listWindowsOfCenter(
  db: Kysely<unknown>,
  centerOrgId: number,
): Promise<WindowWithLinks[]> {
  const windows = await listWindowRows(itemsDb(db), {
    centerOrgIds: [centerOrgId],
    activeOnly: true,
  });
  return withLinks(db, windows);
}

/** Windows of every center (active only unless asked), with their links. */
export async function listAllWindows(
  db: Kysely<unknown>,
  activeOnly = true,
): Promise<WindowWithLinks[]> {
  return withLinks(db, await listWindowRows(itemsDb(db), { activeOnly }));
}

/** One window with its center, resident departments and accepted items; not_found window_not_found. */
export async function getWindow(db: Kysely<unknown>, id: number): Promise<WindowWithLinks> {
  const window = await findWindowRow(itemsDb(db), id);
  if (!window) {
    throw new AppError('not_found', 'window_not_found', `没有窗口 ${id} / no window ${id}`);
  }
  const [found] = await withLinks(db, [window]);
  return found!;
}

export interface Guide extends ItemForCase {
  powers: PowerRef[];
  windows: WindowRow[];
}

/** The whole 办事指南 of an active item, for the public; not_found item_not_found otherwise. */
export async function getGuide(db: Kysely<unknown>, code: string): Promise<Guide> {
  const found = await findItemRow(itemsDb(db), code);
  if (!found || found.status !== 'active') throw itemNotFound(code);
  const forCase = await getItemForCase(db, found.id);
  return {
    ...forCase,
    powers: await listPowersOfItem(itemsDb(db), found.id),
    windows: await listWindowsOfItem(itemsDb(db), found.id),
  };
}
