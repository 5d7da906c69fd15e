/** The powers an item implements, read through the powers module's door (its index.ts). */
import type { Kysely } from 'kysely';
import { findPowerByCode, listPowers, type PowerCategory } from '../powers/index.ts';
import type { ItemsDb } from './items.queries.ts';

export interface PowerRef {
  id: number;
  code: string;
  name: string;
}

const untyped = (db: ItemsDb) => db as unknown as Kysely<unknown>;

/** Ids of the powers of `codes` (any status), and the codes that name no power. */
export async function resolvePowerCodes(
  db: ItemsDb,
  codes: string[],
): Promise<{ ids: number[]; unknown: string[] }> {
  const ids: number[] = [];
  const unknown: string[] = [];
  for (const code of new Set(codes)) {
    const power = await findPowerByCode(untyped(db), code);
    if (power) ids.push(power.id);
    else unknown.push(code);
  }
  return { ids, unknown };
}

/**
 * The powers an item implements as its current version names them, each as the catalog has it
 * now (a code since removed from the catalog is left out).
 */
export async function listPowersOfItem(db: ItemsDb, itemId: number): Promise<PowerRef[]> {
  const row = await db
    .selectFrom('approvalsItemVersions as v')
    .innerJoin('approvalsItems as i', (join) =>
      join.onRef('i.id', '=', 'v.itemId').onRef('i.version', '=', 'v.version'),
    )
    .select('v.content')
    .where('i.id', '=', itemId)
    .executeTakeFirst();
  const codes = ((row?.content as { powerCodes?: string[] } | undefined)?.powerCodes ?? []).slice(
    0,
    20,
  );
  const powers: PowerRef[] = [];
  for (const code of codes) {
    const power = await findPowerByCode(untyped(db), code);
    if (power) powers.push({ id: power.id, code: power.code, name: power.name });
  }
  return powers;
}

/** The categories a service item may implement: those a person applies for. */
const applicable: PowerCategory[] = ['permit', 'confirmation', 'benefit', 'other'];

/** Characters two names share (punctuation aside): a crude but stable likeness. */
function likeness(a: string, b: string): number {
  const chars = new Set(b.replace(/[（）()、，,\s]/g, ''));
  return [...new Set(a)].filter((c) => chars.has(c)).length;
}

/** The powers in force of applicable categories, each with its org (a few queries in all). */
export async function listApplicablePowers(db: ItemsDb): Promise<(PowerRef & { orgId: number })[]> {
  const lists = await Promise.all(
    applicable.map((category) => listPowers(untyped(db), { category, limit: 10_000 })),
  );
  return lists.flat().map((p) => ({ id: p.id, code: p.code, name: p.name, orgId: p.orgId }));
}

/** Among `powers`, the one of the org whose name is most like `name` (sharing 2 characters at least). */
export function bestPowerAmong(
  powers: (PowerRef & { orgId: number })[],
  orgId: number,
  name: string,
): PowerRef | undefined {
  let best: { power: PowerRef; score: number } | undefined;
  for (const p of powers) {
    if (p.orgId !== orgId) continue;
    const score = likeness(name, p.name);
    if (!best || score > best.score)
      best = { power: { id: p.id, code: p.code, name: p.name }, score };
  }
  return best && best.score >= 2 ? best.power : undefined;
}
