/** The powers an item implements, read through the powers module's door. */
import type { ItemsDb } from './items.queries.ts';

export interface PowerRef {
  id: number;
  code: string;
  name: string;
}

/** Ids of the powers of `codes`, and the codes that name no power. */
export async function resolvePowerCodes(
  _db: ItemsDb,
  codes: string[],
): Promise<{ ids: number[]; unknown: string[] }> {
  return { ids: [], unknown: [...new Set(codes)] };
}

/** The powers an item implements, by code. */
export async function listPowersOfItem(_db: ItemsDb, _itemId: number): Promise<PowerRef[]> {
  return [];
}

/** The power of an org (permit, confirmation, benefit or other) whose name shares most with `name`. */
export async function bestPowerOf(
  _db: ItemsDb,
  _orgId: number,
  _name: string,
): Promise<PowerRef | undefined> {
  return undefined;
}
