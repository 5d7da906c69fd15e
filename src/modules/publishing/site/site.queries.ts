/**
 * Reading what the public may see: published items (superseded editions only by their URL),
 * newest `published_on` first, by type and by channel.
 */
import { sql, type Kysely } from 'kysely';
import type { ItemType, Validity } from '../publishing.model.ts';
import type { PublishingTables } from '../publishing.tables.ts';

type Db = Kysely<PublishingTables>;

/** The listed types and their URL slugs (/openness/<slug>). Pages are reached from the landing. */
export const typeSlugs = {
  news: 'news',
  notice: 'notices',
  policy: 'policies',
  interpretation: 'interpretations',
  bulletin: 'bulletins',
} as const;
export type ListedType = keyof typeof typeSlugs;
export const listedTypes = Object.keys(typeSlugs) as ListedType[];

export function typeOfSlug(slug: string): ListedType | undefined {
  return listedTypes.find((type) => typeSlugs[type] === slug);
}

export function itemPath(id: number): string {
  return `/openness/items/${id}`;
}

export interface ListedItem {
  id: number;
  type: ItemType;
  title: string;
  summary: string;
  publishedOn: string;
  docNumber: string | null;
  validity: Validity | null;
  channelCode: string;
  channelName: string;
  updatedAt: Date;
}

function listed(db: Kysely<unknown>) {
  return (db as Db)
    .selectFrom('publishingItems as i')
    .innerJoin('publishingChannels as c', 'c.id', 'i.channelId')
    .where('i.state', '=', 'published');
}

const listedColumns = [
  'i.id',
  'i.type',
  'i.title',
  'i.summary',
  'i.publishedOn',
  'i.docNumber',
  'i.validity',
  'c.code as channelCode',
  'c.name as channelName',
  'i.updatedAt',
] as const;

export interface ListFilter {
  types?: readonly ItemType[];
  channelId?: number;
}

/** A page of published items, newest first, and how many there are in all. */
export async function listPublished(
  db: Kysely<unknown>,
  filter: ListFilter,
  page: { page: number; perPage: number },
): Promise<{ total: number; items: ListedItem[] }> {
  let query = listed(db);
  if (filter.types) query = query.where('i.type', 'in', filter.types);
  if (filter.channelId !== undefined) query = query.where('i.channelId', '=', filter.channelId);
  const { total } = await query
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const items = (await query
    .select(listedColumns)
    .orderBy('i.publishedOn', 'desc')
    .orderBy('i.id', 'desc')
    .limit(page.perPage)
    .offset((page.page - 1) * page.perPage)
    .execute()) as ListedItem[];
  return { total: Number(total), items };
}

/** What a column shows of an item: its title and date. */
export type ColumnItem = Pick<ListedItem, 'id' | 'type' | 'title' | 'publishedOn'>;

/** The newest `limit` published items of each type: one statement, one index scan per type. */
export async function newestOfTypes(
  db: Kysely<unknown>,
  types: readonly ItemType[],
  limit: number,
): Promise<Map<ItemType, ColumnItem[]>> {
  const byType = new Map<ItemType, ColumnItem[]>(types.map((type) => [type, []]));
  if (types.length === 0) return byType;
  const perType = types.map(
    (type) => sql`(
      select id, type, title, published_on from publishing_items
      where type = ${type} and state = 'published'
      order by published_on desc, id desc
      limit ${limit})`,
  );
  const { rows } = await sql<ColumnItem>`${sql.join(perType, sql` union all `)}`.execute(db);
  for (const row of rows) byType.get(row.type)?.push({ ...row, id: Number(row.id) });
  return byType;
}

/** Live figures from the records: publications this year, valid policies, channels that published. */
export async function siteFigures(db: Kysely<unknown>, yearStart: string) {
  const { rows } = await sql<{ thisYear: number; validPolicies: number; channels: number }>`
    select count(*) filter (where published_on >= ${yearStart}::date)::int as this_year,
           count(*) filter (where type = 'policy' and validity = 'valid')::int as valid_policies,
           count(distinct channel_id) filter (where published_on >= ${yearStart}::date)::int
             as channels
    from publishing_items where state = 'published'`.execute(db);
  return rows[0] ?? { thisYear: 0, validPolicies: 0, channels: 0 };
}

export interface PublicChannel {
  id: number;
  code: string;
  name: string;
  orgKind: string;
  published: number;
  lastPublishedOn: string | null;
}

/** Every channel with its count of published items, in the org tree's order. */
export async function listPublicChannels(db: Kysely<unknown>): Promise<PublicChannel[]> {
  const { rows } = await sql<PublicChannel>`
    select c.id, c.code, c.name, o.kind as org_kind,
           count(i.id)::int as published, max(i.published_on) as last_published_on
    from publishing_channels c
    join accounts_orgs o on o.id = c.org_id
    left join publishing_items i on i.channel_id = c.id and i.state = 'published'
    where o.is_active
    group by c.id, c.code, c.name, o.kind, o.sort_order
    order by o.sort_order, c.id`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Published item ids with their last change, by id, `limit` from `offset` (for the sitemap). */
export async function listPublishedUrls(
  db: Kysely<unknown>,
  offset: number,
  limit: number,
): Promise<{ id: number; updatedAt: Date }[]> {
  const rows = await (db as Db)
    .selectFrom('publishingItems')
    .select(['id', 'updatedAt'])
    .where('state', '=', 'published')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({ id: Number(r.id), updatedAt: r.updatedAt }));
}

export async function countPublished(db: Kysely<unknown>): Promise<number> {
  const { n } = await (db as Db)
    .selectFrom('publishingItems')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', '=', 'published')
    .executeTakeFirstOrThrow();
  return Number(n);
}
