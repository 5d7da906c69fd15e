/** Who may open the console's pages: signed-in staff with a right in the channel concerned. */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../../../platform/errors/index.ts';
import type { Actor } from '../../../platform/http/index.ts';
import { canInChannel, type PublishingAction } from '../publishing.policy.ts';
import {
  findChannel,
  findChannelByCode,
  findItem,
  type Channel,
  type Item,
} from '../publishing.queries.ts';

const actions: PublishingAction[] = ['author', 'approve', 'publish', 'configure'];

export function forbidden(): AppError {
  return new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
}

export function notFound(what: string): AppError {
  return new AppError('not_found', 'not_found', `没有该${what} / not found`);
}

/** The actor, who must be signed-in staff. */
export function staffActor(request: FastifyRequest): Actor {
  if (request.actor.kind !== 'user') {
    throw new AppError('forbidden', 'sign_in_required', '请先登录 / please sign in');
  }
  return request.actor;
}

export function rightsIn(actor: Actor, channel: Channel): Record<PublishingAction, boolean> {
  return Object.fromEntries(
    actions.map((a) => [a, canInChannel(actor, a, channel.orgPath)]),
  ) as Record<PublishingAction, boolean>;
}

/** An id from the URL; not_found for anything that is not a positive integer. */
export function idOf(value: unknown): number {
  const text = String(value ?? '');
  if (!/^[1-9]\d{0,14}$/.test(text)) throw notFound('信息');
  return Number(text);
}

/** The item and its channel, for an actor with some right in the channel (403 otherwise). */
export async function itemForActor(
  db: Kysely<unknown>,
  actor: Actor,
  id: number,
): Promise<{ item: Item; channel: Channel; may: Record<PublishingAction, boolean> }> {
  const item = await findItem(db, id);
  if (!item) throw notFound('信息');
  const channel = (await findChannel(db, item.channelId))!;
  const may = rightsIn(actor, channel);
  if (!actions.some((a) => may[a])) throw forbidden();
  return { item, channel, may };
}

/** A channel by its code from the URL or a form; not_found for an unknown one. */
export async function channelByCode(db: Kysely<unknown>, code: unknown): Promise<Channel> {
  const channel =
    typeof code === 'string' && code.length <= 50 ? await findChannelByCode(db, code) : undefined;
  if (!channel) throw notFound('栏目');
  return channel;
}
