/** What supervision asks of the guides: the fee each item's guide states (0 fen = free). */
import type { Kysely } from 'kysely';
import { itemsDb } from './items.queries.ts';

export interface ItemFee {
  code: string;
  feeFen: number;
  feeBasis: string;
}

/** The guide's fee of each known item among `codes` (unknown codes are absent from the map). */
export async function findItemFees(
  db: Kysely<unknown>,
  codes: readonly string[],
): Promise<Map<string, ItemFee>> {
  const fees = new Map<string, ItemFee>();
  if (codes.length === 0) return fees;
  const rows = await itemsDb(db)
    .selectFrom('approvalsItems')
    .select(['code', 'feeFen', 'feeBasis'])
    .where('code', 'in', [...new Set(codes)])
    .execute();
  for (const row of rows) fees.set(row.code, { ...row, feeFen: Number(row.feeFen) });
  return fees;
}
