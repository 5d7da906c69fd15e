import { sql, type Kysely } from 'kysely';

// Checkpoint events (ARCHITECTURE.md §2.3): every state change of a matter, in a vendor-neutral
// shape, written in the transaction of the change (an outbox) or posted by an outside system.
// Idempotent by (source, event_id); supervision consumes rows whose processed_at is null.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('checkpoints')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('matter_type', 'text', (c) =>
      c.notNull().check(sql`matter_type in ('approval', 'foi', 'appeal', 'tender', 'other')`),
    )
    .addColumn('matter_id', 'text', (c) => c.notNull())
    .addColumn('org_code', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    // The Asia/Shanghai calendar date of `at`: the checkpoint's date.
    .addColumn('on_date', 'date', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('processed_at', 'timestamptz')
    .addUniqueConstraint('checkpoints_source_event', ['source', 'event_id'])
    .execute();
  await db.schema
    .createIndex('checkpoints_matter')
    .on('checkpoints')
    .columns(['matter_type', 'matter_id', 'at'])
    .execute();
  await db.schema
    .createIndex('checkpoints_org_date')
    .on('checkpoints')
    .columns(['org_code', 'on_date'])
    .execute();
  await sql`create index checkpoints_unprocessed on checkpoints (id) where processed_at is null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('checkpoints').execute();
}
