/** What the site-health rules read: newest publication per column, undated and late items. */
import type { Kysely } from 'kysely';
import type { ItemType } from '../publishing.model.ts';
import { publishWithinWorkingDays } from '../publishing.model.ts';
import type { HealthTables } from './health.tables.ts';

type Db = Kysely<HealthTables>;

/** Items that are or were on the site as of their publication date. */
const onSite = ['published', 'superseded'] as const;

export interface ChannelColumns {
  channelId: number;
  orgId: number;
  code: string;
  name: string;
  orgKind: string;
  orgPath: string;
  /** Newest published_on on or before the as-of date, per type that has one. */
  last: Partial<Record<ItemType, string>>;
}

/** Every active org's channel with the newest publication date of each type by `asOf`. */
export async function listChannelColumns(
  db: Kysely<unknown>,
  asOf: string,
): Promise<ChannelColumns[]> {
  const channels = await (db as Db)
    .selectFrom('publishingChannels as c')
    .innerJoin('accountsOrgs as o', 'o.id', 'c.orgId')
    .select(['c.id', 'c.orgId', 'c.code', 'c.name', 'o.kind', 'o.path'])
    .where('o.isActive', '=', true)
    .orderBy('o.sortOrder')
    .orderBy('c.id')
    .execute();
  const newest = await (db as Db)
    .selectFrom('publishingItems')
    .select(({ fn }) => ['channelId', 'type', fn.max('publishedOn').as('last')])
    .where('state', 'in', onSite)
    .where('type', '<>', 'page')
    .where('publishedOn', '<=', asOf)
    .groupBy(['channelId', 'type'])
    .execute();
  const byChannel = new Map<number, Partial<Record<ItemType, string>>>();
  for (const row of newest) {
    const last = byChannel.get(Number(row.channelId)) ?? {};
    if (row.last) last[row.type] = String(row.last);
    byChannel.set(Number(row.channelId), last);
  }
  return channels.map((c) => ({
    channelId: Number(c.id),
    orgId: Number(c.orgId),
    code: c.code,
    name: c.name,
    orgKind: c.kind,
    orgPath: c.path,
    last: byChannel.get(Number(c.id)) ?? {},
  }));
}

/** Published items (any channel) missing a publication or formation date — 0 by constraint. */
export async function countUndated(
  db: Kysely<unknown>,
  channelIds: readonly number[],
): Promise<{ id: number; title: string }[]> {
  if (channelIds.length === 0) return [];
  return (db as Db)
    .selectFrom('publishingItems')
    .select(['id', 'title'])
    .where('state', 'in', onSite)
    .where('channelId', 'in', channelIds)
    .where((eb) => eb.or([eb('publishedOn', 'is', null), eb('formedOn', 'is', null)]))
    .orderBy('id')
    .limit(100)
    .execute();
}

export interface LateItem {
  id: number;
  title: string;
  type: ItemType;
  channelName: string;
  formedOn: string;
  publishedOn: string;
  days: number;
}

/** 条例第26条: items published more than 20 working days after formed, in (from, asOf]. */
export async function listLateItems(
  db: Kysely<unknown>,
  channelIds: readonly number[],
  from: string,
  asOf: string,
): Promise<LateItem[]> {
  if (channelIds.length === 0) return [];
  const rows = await (db as Db)
    .selectFrom('publishingItems as i')
    .innerJoin('publishingChannels as c', 'c.id', 'i.channelId')
    .select([
      'i.id',
      'i.title',
      'i.type',
      'c.name as channelName',
      'i.formedOn',
      'i.publishedOn',
      'i.publishDelayWorkingDays',
    ])
    .where('i.state', 'in', onSite)
    .where('i.channelId', 'in', channelIds)
    .where('i.publishDelayWorkingDays', '>', publishWithinWorkingDays)
    .where('i.publishedOn', '>', from)
    .where('i.publishedOn', '<=', asOf)
    .orderBy('i.publishedOn', 'desc')
    .orderBy('i.id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    type: r.type,
    channelName: r.channelName,
    formedOn: r.formedOn,
    publishedOn: r.publishedOn!,
    days: r.publishDelayWorkingDays!,
  }));
}

/** The newest publication date of any home-page type, county-wide, by `asOf`. */
export async function lastHomeUpdate(
  db: Kysely<unknown>,
  types: readonly ItemType[],
  asOf: string,
): Promise<string | null> {
  const row = await (db as Db)
    .selectFrom('publishingItems')
    .select(({ fn }) => fn.max('publishedOn').as('last'))
    .where('state', 'in', onSite)
    .where('type', 'in', types)
    .where('publishedOn', '<=', asOf)
    .executeTakeFirst();
  return row?.last ? String(row.last) : null;
}
