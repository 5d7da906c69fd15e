import { sql, type Kysely } from 'kysely';

// The attachments and images of a publication (modules/publishing/console): each links an item to
// an uploaded file (platform/files, type sniffed from the content). A PDF attachment keeps the
// text of its pages as HTML where it could be read (html_rendering), so the page is HTML first.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('publishing_attachments')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('item_id', 'bigint', (c) => c.notNull().references('publishing_items.id'))
    .addColumn('file_id', 'bigint', (c) => c.notNull().references('files.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('attachment', 'image')`))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`char_length(title) between 1 and 200`))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addColumn('html_rendering', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('publishing_attachments_item')
    .on('publishing_attachments')
    .columns(['item_id', 'position'])
    .execute();
  await db.schema
    .createIndex('publishing_attachments_file')
    .on('publishing_attachments')
    .column('file_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('publishing_attachments').execute();
}
