/** What every workflow step shares: input parsing, loading, the history row and the audit record. */
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit/index.ts';
import {
  AppError,
  invalidFields,
  parseFields,
  type FieldError,
} from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import type { Catalog } from '../../platform/i18n/index.ts';
import { publishingMessages } from './publishing.messages.ts';
import { transitions, type ItemState, type Step } from './publishing.model.ts';
import { findChannel, lockItem, type Channel, type Item } from './publishing.queries.ts';
import type { PublishingTables } from './publishing.tables.ts';
import { changesVisibility, publicationChanged } from './visibility.ts';

export type Trx = Transaction<PublishingTables>;

/** A validation error with the fields' messages read from `catalog` (the workflow's by default). */
export function invalid(fields: FieldError[], catalog: Catalog = publishingMessages): AppError {
  return invalidFields(fields, catalog);
}

/** Parses input with a schema whose messages are catalog keys; throws `invalid` on bad input. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  catalog: Catalog = publishingMessages,
): z.infer<S> {
  return parseFields(schema, input, catalog);
}

export function itemNotFound(id: number): AppError {
  return new AppError('not_found', 'item_not_found', `没有编号为 ${id} 的信息 / no item ${id}`);
}

export async function getChannel(db: Kysely<unknown>, id: number): Promise<Channel> {
  const channel = await findChannel(db, id);
  if (!channel) throw invalid([{ field: 'channelId', message: 'publishing.error.channel' }]);
  return channel;
}

/** The item, locked, and its channel; throws not_found item_not_found. */
export async function loadForStep(trx: Trx, id: number): Promise<{ item: Item; channel: Channel }> {
  const item = await lockItem(trx as unknown as Kysely<unknown>, id);
  if (!item) throw itemNotFound(id);
  return { item, channel: await getChannel(trx as unknown as Kysely<unknown>, item.channelId) };
}

/** Throws invalid_state item_state unless the item is in a state the step starts from. */
export function ensureStepFrom(item: Item, step: Step): ItemState {
  const from: readonly ItemState[] = transitions[step].from;
  if (!from.includes(item.state)) {
    throw new AppError(
      'invalid_state',
      'item_state',
      `该信息当前为“${item.state}”状态，不能执行此操作 / item ${item.id} is ${item.state}, cannot ${step}`,
      { state: item.state, step },
    );
  }
  return transitions[step].to;
}

/** Appends the history row and the audit record of a state change (the audit last, as it locks). */
export async function recordStep(
  trx: Trx,
  ctx: ActionContext,
  at: Date,
  change: {
    item: Pick<Item, 'id'>;
    channel: Channel;
    from: ItemState | null;
    to: ItemState;
    action: string;
    note?: string;
    summary?: Record<string, unknown>;
  },
): Promise<void> {
  await trx
    .insertInto('publishingItemEvents')
    .values({
      itemId: change.item.id,
      fromState: change.from,
      toState: change.to,
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
      at,
      note: change.note ?? '',
    })
    .execute();
  await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
    action: `publishing.item.${change.action}`,
    targetType: 'publishing_item',
    targetId: String(change.item.id),
    orgCode: change.channel.orgCode,
    summary: { from: change.from, to: change.to, ...change.summary },
  });
  if (changesVisibility(change.to, change.action))
    await publicationChanged(trx, change.item.id, at);
}
