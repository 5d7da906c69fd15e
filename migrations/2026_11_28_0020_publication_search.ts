import { sql, type Kysely } from 'kysely';

// Chinese full-text search over the published publications (issue 8 §5; notes/issue8-search.md):
// one narrow row per published item, its words segmented by jieba in Node (platform/search) and
// stored as 'simple' tsvectors — title weighted A, summary and document number B, body C — so
// the database never needs a Chinese parser, the same on PGlite and PostgreSQL. pg_trgm indexes
// the title for substrings that segment badly. Superseded and withdrawn items have no row.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Trusted in PostgreSQL 13+: the database owner may create it (no superuser needed).
  await sql`create extension if not exists pg_trgm`.execute(db);
  await db.schema
    .createTable('publishing_search_entries')
    .addColumn('item_id', 'bigint', (c) =>
      c.primaryKey().references('publishing_items.id').onDelete('cascade'),
    )
    .addColumn('type', 'text', (c) => c.notNull())
    // The publishing channel's org.
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('year', 'smallint', (c) => c.notNull())
    .addColumn('validity', 'text')
    .addColumn('published_on', 'date', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // The dictionary version the words were cut with (platform/search dictionaryVersion).
    .addColumn('search_version', 'text', (c) => c.notNull())
    .addColumn('title_tsv', sql`tsvector`, (c) => c.notNull())
    .addColumn('tsv', sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`create index publishing_search_entries_tsv on publishing_search_entries
    using gin (tsv)`.execute(db);
  await sql`create index publishing_search_entries_title_trgm on publishing_search_entries
    using gin (title gin_trgm_ops)`.execute(db);
  // The newest first (an empty query lists the latest publications).
  await sql`create index publishing_search_entries_newest on publishing_search_entries
    (published_on desc, item_id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('publishing_search_entries').execute();
}
