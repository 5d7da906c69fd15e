/**
 * Keeps a publication's search row in step with its state, in the transaction of the workflow
 * step (visibility.ts): a published item gets its words (re)written, any other state has no row
 * (superseded and withdrawn items leave the search). Also the bulk re-segmentation after the
 * dictionary changed (`sunshine search reindex`).
 */
import { sql, type Kysely } from 'kysely';
import { dictionaryVersion, htmlToText, segmentForIndex } from '../../../platform/search/index.ts';
import type { Trx } from '../workflow.ts';
import { forgetFacets } from './search.cache.ts';
import type { SearchTables } from './search.tables.ts';

type Db = Kysely<SearchTables>;

interface Source {
  id: number;
  state: string;
  type: SearchTables['publishingItems']['type'];
  title: string;
  summary: string;
  bodyHtml: string;
  docNumber: string | null;
  validity: SearchTables['publishingItems']['validity'];
  publishedOn: string | null;
  orgId: number;
}

async function loadSources(db: Db, ids: readonly number[]): Promise<Source[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('publishingItems as i')
    .innerJoin('publishingChannels as c', 'c.id', 'i.channelId')
    .select([
      'i.id',
      'i.state',
      'i.type',
      'i.title',
      'i.summary',
      'i.bodyHtml',
      'i.docNumber',
      'i.validity',
      'i.publishedOn',
      'c.orgId',
    ])
    .where('i.id', 'in', ids)
    .execute();
}

/** The segmented words of each weighted part: title (A), summary and 文号 (B), body text (C). */
export function wordsOf(item: Pick<Source, 'title' | 'summary' | 'bodyHtml' | 'docNumber'>) {
  return {
    title: segmentForIndex(item.title),
    summary: segmentForIndex([item.summary, item.docNumber ?? ''].join('\n')),
    body: segmentForIndex(htmlToText(item.bodyHtml)),
  };
}

async function writeRow(db: Db, item: Source & { publishedOn: string }): Promise<void> {
  const words = wordsOf(item);
  const version = dictionaryVersion();
  const year = Number(item.publishedOn.slice(0, 4));
  await sql`
    insert into publishing_search_entries
      (item_id, type, org_id, year, validity, published_on, title, search_version, title_tsv, tsv)
    values (${item.id}, ${item.type}, ${item.orgId}, ${year}, ${item.validity},
      ${item.publishedOn}, ${item.title}, ${version}, to_tsvector('simple', ${words.title}),
      setweight(to_tsvector('simple', ${words.title}), 'A')
        || setweight(to_tsvector('simple', ${words.summary}), 'B')
        || setweight(to_tsvector('simple', ${words.body}), 'C'))
    on conflict (item_id) do update set
      type = excluded.type, org_id = excluded.org_id, year = excluded.year,
      validity = excluded.validity, published_on = excluded.published_on, title = excluded.title,
      search_version = excluded.search_version, title_tsv = excluded.title_tsv, tsv = excluded.tsv`.execute(
    db,
  );
}

async function indexSource(db: Db, item: Source): Promise<void> {
  forgetFacets();
  if (item.state === 'published' && item.publishedOn !== null) {
    await writeRow(db, { ...item, publishedOn: item.publishedOn });
  } else {
    await db.deleteFrom('publishingSearchEntries').where('itemId', '=', item.id).execute();
  }
}

/** Writes (published) or removes (any other state) the item's search row. */
export async function indexPublication(trx: Trx, itemId: number): Promise<void> {
  const db = trx as unknown as Db;
  const [item] = await loadSources(db, [itemId]);
  if (item === undefined) {
    forgetFacets();
    await db.deleteFrom('publishingSearchEntries').where('itemId', '=', itemId).execute();
    return;
  }
  await indexSource(db, item);
}

export interface ReindexResult {
  /** Rows written (published items whose words were stale or missing, or all with `all`). */
  indexed: number;
  /** Rows removed (their item is no longer published). */
  removed: number;
  version: string;
}

/**
 * Re-segments published items whose row was cut with another dictionary version (or has no row),
 * or every published item with `all`; removes rows of items no longer published. Batches of 500,
 * one transaction each.
 */
export async function reindexPublications(
  db: Kysely<unknown>,
  options: { all?: boolean; batchSize?: number } = {},
): Promise<ReindexResult> {
  const d = db as Db;
  const version = dictionaryVersion();
  const batchSize = options.batchSize ?? 500;
  forgetFacets();
  const removed = await d
    .deleteFrom('publishingSearchEntries')
    .where('itemId', 'not in', (q) =>
      q.selectFrom('publishingItems').select('id').where('state', '=', 'published'),
    )
    .executeTakeFirst();
  let indexed = 0;
  let after = 0;
  for (;;) {
    const ids = (
      await d
        .selectFrom('publishingItems as i')
        .leftJoin('publishingSearchEntries as s', 's.itemId', 'i.id')
        .select('i.id')
        .where('i.state', '=', 'published')
        .where('i.id', '>', after)
        .$if(options.all !== true, (q) =>
          q.where((eb) =>
            eb.or([eb('s.itemId', 'is', null), eb('s.searchVersion', '<>', version)]),
          ),
        )
        .orderBy('i.id')
        .limit(batchSize)
        .execute()
    ).map((r) => Number(r.id));
    if (ids.length === 0) break;
    await d.transaction().execute(async (trx) => {
      for (const item of await loadSources(trx, ids)) await indexSource(trx, item);
    });
    indexed += ids.length;
    after = ids.at(-1)!;
  }
  return { indexed, removed: Number(removed.numDeletedRows), version };
}
