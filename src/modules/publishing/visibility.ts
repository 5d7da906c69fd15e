/**
 * What follows a publication becoming public or ceasing to be, in the transaction of the step:
 * its catalog index number (given once, at first publication), its search row, and the home
 * page kept in this process.
 */
import { assignIndexNumber } from './catalog/index-numbers.ts';
import type { ItemState } from './publishing.model.ts';
import { indexPublication } from './search/search.index.ts';
import { forgetHomeData } from './site/home-data.ts';
import type { Trx } from './workflow.ts';

const visibleChanges: readonly ItemState[] = ['published', 'superseded', 'withdrawn'];

export function changesVisibility(to: ItemState, action: string): boolean {
  return visibleChanges.includes(to) || action === 'validity';
}

export async function publicationChanged(trx: Trx, itemId: number, at: Date): Promise<void> {
  await assignIndexNumber(trx, itemId, at);
  await indexPublication(trx, itemId);
  forgetHomeData();
}
