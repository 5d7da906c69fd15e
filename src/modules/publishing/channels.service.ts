/**
 * Channels of the one portal (国办发〔2017〕47号: departments and townships publish as channels of
 * the county portal, not sites of their own): one per org, the county government's included.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import { systemContext, type ActionContext } from '../../platform/http/index.ts';
import { ensureCanInChannel } from './publishing.policy.ts';
import { findChannel, type Channel } from './publishing.queries.ts';
import type { PublishingTables } from './publishing.tables.ts';
import { invalid } from './workflow.ts';

type Db = Kysely<PublishingTables>;

/**
 * Creates the missing channel of every active government, department and township org, with the
 * two-person rule on; returns how many were created. Audited as the system.
 */
export async function ensureChannels(db: Kysely<unknown>, clock: Clock): Promise<number> {
  const at = clock.now();
  return (db as Db).transaction().execute(async (trx) => {
    const orgs = await trx
      .selectFrom('accountsOrgs as o')
      .leftJoin('publishingChannels as c', 'c.orgId', 'o.id')
      .select(['o.id', 'o.code', 'o.name'])
      .where('o.isActive', '=', true)
      .where('o.kind', 'in', ['government', 'department', 'township'])
      .where('c.id', 'is', null)
      .orderBy('o.sortOrder')
      .orderBy('o.id')
      .execute();
    if (orgs.length === 0) return 0;
    await trx
      .insertInto('publishingChannels')
      .values(
        orgs.map((o) => ({
          orgId: o.id,
          code: o.code,
          name: o.name,
          createdAt: at,
          updatedAt: at,
        })),
      )
      .execute();
    await recordChange(trx as unknown as Kysely<unknown>, systemContext('publishing'), at, {
      action: 'publishing.channel.create',
      targetType: 'publishing_channel',
      targetId: orgs.map((o) => o.code).join(','),
      summary: { orgs: orgs.map((o) => o.code) },
    });
    return orgs.length;
  });
}

/** Turns a channel's two-person rule on or off (the county office or an admin covering it). */
export async function setTwoPersonRule(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  channelId: number,
  twoPersonRule: boolean,
): Promise<Channel> {
  const channel = await findChannel(db, channelId);
  if (!channel) throw invalid([{ field: 'channelId', message: 'publishing.error.channel' }]);
  ensureCanInChannel(ctx.actor, 'configure', channel.orgPath);
  const at = clock.now();
  await (db as Db).transaction().execute(async (trx) => {
    await trx
      .updateTable('publishingChannels')
      .set({ twoPersonRule, updatedAt: at })
      .where('id', '=', channelId)
      .execute();
    await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
      action: 'publishing.channel.two_person_rule',
      targetType: 'publishing_channel',
      targetId: String(channelId),
      orgCode: channel.orgCode,
      summary: { from: channel.twoPersonRule, to: twoPersonRule },
    });
  });
  return (await findChannel(db, channelId))!;
}
