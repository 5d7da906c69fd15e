import { sql, type Kysely } from 'kysely';

// Supervision's warnings and their ladder (ADR 0013, RULES.md §4.3–4.4): one row per violation a
// rule found on a supervised matter, raised once (the same rule on the same matter and
// checkpoint never twice), and the append-only list of what was done about it. Plus the outbox of
// SMS / e-mail messages (platform/notify/outbox.ts) that a job delivers.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('supervision_warnings')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('supervised_id', 'bigint', (c) =>
      c.notNull().references('supervision_matters.id').onDelete('cascade'),
    )
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('rule', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`rule in ('refused_without_reason', 'returned_without_reason', 'fee_on_free_item', 'step_overrun', 'overdue')`,
        ),
    )
    .addColumn('severity', 'text', (c) =>
      c.notNull().check(sql`severity in ('low', 'medium', 'high')`),
    )
    .addColumn('stage', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(
          sql`stage in ('open', 'notice', 'yellow_card', 'red_card', 'order', 'rectification', 'closed')`,
        ),
    )
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('checkpoint_id', 'bigint')
    // The local (Asia/Shanghai) date the rule found the violation.
    .addColumn('raised_on', 'date', (c) => c.notNull())
    // The 督办 order's own deadline: a clock of modules/deadlines (purpose 'order').
    .addColumn('order_clock_id', 'bigint')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // Raised once: the same rule on the same matter (and checkpoint, when the rule has one).
  await sql`create unique index supervision_warnings_once on supervision_warnings
    (supervised_id, rule, coalesce(checkpoint_id, 0))`.execute(db);
  await sql`create index supervision_warnings_list on supervision_warnings
    (stage, org_id, id)`.execute(db);
  await sql`create index supervision_warnings_org on supervision_warnings (org_id, id)`.execute(db);

  await db.schema
    .createTable('supervision_warning_actions')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('warning_id', 'bigint', (c) =>
      c.notNull().references('supervision_warnings.id').onDelete('cascade'),
    )
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'bigint')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    // The order's due date (a local date), on the action that issued it.
    .addColumn('due_on', 'date')
    .execute();
  await db.schema
    .createIndex('supervision_warning_actions_warning')
    .on('supervision_warning_actions')
    .columns(['warning_id', 'id'])
    .execute();

  await db.schema
    .createTable('notification_messages')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('sms', 'email')`))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'sent', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('error', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`create index notification_messages_pending on notification_messages (id)
    where status = 'pending'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notification_messages').execute();
  await db.schema.dropTable('supervision_warning_actions').execute();
  await db.schema.dropTable('supervision_warnings').execute();
}
