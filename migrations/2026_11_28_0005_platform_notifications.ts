import { sql, type Kysely } from 'kysely';

// Notices to staff (platform/notify): to one user, or to everyone granted a role on an org. Each
// is stored in both languages, as it was worded when sent.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('recipient_user_id', 'bigint')
    .addColumn('recipient_org_id', 'bigint')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('subject_en', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz')
    .addCheckConstraint(
      'notifications_recipient',
      sql`recipient_user_id is not null or recipient_org_id is not null`,
    )
    .execute();
  await db.schema
    .createIndex('notifications_user')
    .on('notifications')
    .columns(['recipient_user_id', 'id'])
    .execute();
  await db.schema
    .createIndex('notifications_org')
    .on('notifications')
    .columns(['recipient_org_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notifications').execute();
}
