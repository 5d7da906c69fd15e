import type { Trx } from '../workflow.ts';

/** Gives a publication its catalog index number on first publication (placeholder until the catalog lands). */
export async function assignIndexNumber(_trx: Trx, _itemId: number, _at: Date): Promise<void> {}
