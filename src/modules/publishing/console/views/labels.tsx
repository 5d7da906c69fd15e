/** Small pieces the console pages share: labels of types and states, dates and times in Beijing time. */
import type { Translate } from '../../../../platform/i18n/index.ts';
import type { ItemState, ItemType } from '../../publishing.model.ts';

export const typeLabel = (t: Translate, type: ItemType) => t(`publishingConsole.type.${type}`);
export const stateLabel = (t: Translate, state: ItemState) => t(`publishingConsole.state.${state}`);

const beijing = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as Beijing time, `2026-09-30 09:30`. */
export function beijingTime(at: Date | string): string {
  return beijing.format(new Date(at));
}

export function itemHref(id: number): string {
  return `/staff/publishing/items/${id}`;
}

export function newItemHref(channelCode: string, type: ItemType, policyId?: number): string {
  const query = new URLSearchParams({ channel: channelCode, type });
  if (policyId !== undefined) query.set('policyId', String(policyId));
  return `/staff/publishing/items/new?${query.toString()}`;
}
