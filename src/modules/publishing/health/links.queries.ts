/** The link checker's stored results, read for the report. */
import type { Kysely } from 'kysely';
import type { HealthTables, LinkStatus } from './health.tables.ts';

type Db = Kysely<HealthTables>;

export interface BrokenLink {
  url: string;
  status: LinkStatus;
  httpStatus: number | null;
  error: string | null;
  checkedAt: Date;
}

export interface BrokenLinks {
  itemId: number;
  title: string;
  channelName: string;
  links: BrokenLink[];
}

/** Broken and unreachable links of published items in the channels, grouped per item. */
export async function listBrokenLinks(
  db: Kysely<unknown>,
  channelIds: readonly number[],
): Promise<BrokenLinks[]> {
  if (channelIds.length === 0) return [];
  const rows = await (db as Db)
    .selectFrom('publishingLinkChecks as l')
    .innerJoin('publishingItems as i', 'i.id', 'l.itemId')
    .innerJoin('publishingChannels as c', 'c.id', 'i.channelId')
    .select([
      'l.itemId',
      'i.title',
      'c.name as channelName',
      'l.url',
      'l.status',
      'l.httpStatus',
      'l.error',
      'l.checkedAt',
    ])
    .where('l.status', 'in', ['broken', 'unreachable'])
    .where('i.state', '=', 'published')
    .where('i.channelId', 'in', channelIds)
    .orderBy('l.itemId')
    .orderBy('l.url')
    .limit(1000)
    .execute();
  const byItem = new Map<number, BrokenLinks>();
  for (const r of rows) {
    const itemId = Number(r.itemId);
    const entry = byItem.get(itemId) ?? {
      itemId,
      title: r.title,
      channelName: r.channelName,
      links: [],
    };
    entry.links.push({
      url: r.url,
      status: r.status,
      httpStatus: r.httpStatus,
      error: r.error,
      checkedAt: r.checkedAt,
    });
    byItem.set(itemId, entry);
  }
  return [...byItem.values()];
}
