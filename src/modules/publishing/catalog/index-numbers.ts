/**
 * 索引号 (条例第12条: each catalog entry has an index): given once, at an item's first
 * publication, from a serial per org and year and the county's pattern; never changed after —
 * not by withdrawal, a validity change or supersession. A new edition is a new publication and
 * gets its own number (ADR 0015).
 */
import { sql, type Kysely } from 'kysely';
import type { Trx } from '../workflow.ts';
import type { CatalogTables } from './catalog.tables.ts';
import { defaultIndexPattern, formatIndexNumber } from './index-pattern.ts';

type Db = Kysely<CatalogTables>;

/** The county's index-number pattern (the documented default when the row is missing). */
export async function readIndexPattern(db: Kysely<unknown>): Promise<string> {
  const row = await (db as Db)
    .selectFrom('publishingCatalogSettings')
    .select('indexPattern')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.indexPattern ?? defaultIndexPattern;
}

/** The next serial of an org in a year; the upsert's row lock makes it safe under concurrency. */
async function nextSerial(db: Db, orgId: number, year: number): Promise<number> {
  const row = await db
    .insertInto('publishingIndexSerials')
    .values({ orgId, year, lastSerial: 1 })
    .onConflict((oc) =>
      oc
        .columns(['orgId', 'year'])
        .doUpdateSet({ lastSerial: sql<number>`publishing_index_serials.last_serial + 1` }),
    )
    .returning('lastSerial')
    .executeTakeFirstOrThrow();
  return Number(row.lastSerial);
}

/**
 * Gives a publication its catalog index number on first publication, in the step's transaction
 * (called by visibility.ts after every step that changes what is public). An item that already has
 * one, or is not published yet, is left alone. A new edition without a catalog node takes its
 * predecessor's node.
 */
export async function assignIndexNumber(trx: Trx, itemId: number, _at: Date): Promise<void> {
  const db = trx as unknown as Db;
  const item = await db
    .selectFrom('publishingItems as i')
    .innerJoin('publishingChannels as c', 'c.id', 'i.channelId')
    .innerJoin('accountsOrgs as o', 'o.id', 'c.orgId')
    .select([
      'i.id',
      'i.indexNumber',
      'i.publishedOn',
      'i.supersedesId',
      'i.catalogNodeId',
      'c.orgId',
      'o.code as orgCode',
      'o.creditCode',
    ])
    .where('i.id', '=', itemId)
    .executeTakeFirst();
  if (!item || item.indexNumber !== null || item.publishedOn === null) return;
  // The year of 发布日期, a local (Asia/Shanghai) calendar date.
  const year = Number(String(item.publishedOn).slice(0, 4));
  const serial = await nextSerial(db, Number(item.orgId), year);
  const pattern = await readIndexPattern(trx as unknown as Kysely<unknown>);
  const indexNumber = formatIndexNumber(pattern, {
    creditCode: item.creditCode.trim(),
    orgCode: item.orgCode,
    year,
    serial,
  });
  const inherited =
    item.catalogNodeId === null && item.supersedesId !== null
      ? await db
          .selectFrom('publishingItems')
          .select('catalogNodeId')
          .where('id', '=', item.supersedesId)
          .executeTakeFirst()
      : undefined;
  await db
    .updateTable('publishingItems')
    .set({
      indexNumber,
      ...(inherited?.catalogNodeId ? { catalogNodeId: inherited.catalogNodeId } : {}),
    })
    .where('id', '=', itemId)
    .execute();
}
