import type { Trx } from '../workflow.ts';

/** Keeps the publication's search row in step with its state (placeholder until search lands). */
export async function indexPublication(_trx: Trx, _itemId: number): Promise<void> {}
