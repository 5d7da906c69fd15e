import { sql, type Kysely } from 'kysely';

// Uploaded files (platform/files): the bytes live in the file store under DATA_DIR/files by the
// sha256 of their content; each upload is one row here. And the files of an information request
// (modules/foi): for now the applicant's proof of identity (条例第29条).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('media_type', 'text', (c) => c.notNull().check(sql`media_type <> ''`))
    .addColumn('size', 'integer', (c) => c.notNull().check(sql`size > 0`))
    .addColumn('original_name', 'text', (c) =>
      c
        .notNull()
        .defaultTo('')
        .check(sql`char_length(original_name) <= 200`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('files_sha256').on('files').column('sha256').execute();

  await db.schema
    .createTable('foi_request_files')
    .addColumn('request_id', 'bigint', (c) => c.notNull().references('foi_requests.id'))
    .addColumn('file_id', 'bigint', (c) => c.notNull().references('files.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('identity')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('foi_request_files_pkey', ['request_id', 'file_id'])
    .execute();
  await db.schema
    .createIndex('foi_request_files_file')
    .on('foi_request_files')
    .column('file_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('foi_request_files').execute();
  await db.schema.dropTable('files').execute();
}
