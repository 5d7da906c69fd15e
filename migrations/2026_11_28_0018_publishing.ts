import { sql, type Kysely } from 'kysely';

// 主动公开 (modules/publishing, RULES.md §1.7, §5): one channel per org of the one portal
// (国办发〔2017〕47号: departments and townships publish as channels of the county portal), the
// publications with their workflow state and editions, and the append-only workflow history.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('publishing_channels')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('org_id', 'bigint', (c) => c.notNull().unique().references('accounts_orgs.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    // Approval by someone other than the author and the submitter (ADR 0014).
    .addColumn('two_person_rule', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('publishing_items')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('channel_id', 'bigint', (c) => c.notNull().references('publishing_channels.id'))
    .addColumn('type', 'text', (c) =>
      c
        .notNull()
        .check(sql`type in ('news', 'notice', 'policy', 'interpretation', 'bulletin', 'page')`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    // Sanitised before it is stored.
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(
          sql`state in ('draft', 'submitted', 'approved', 'scheduled', 'published', 'withdrawn', 'superseded')`,
        ),
    )
    // 信息形成或变更之日 (条例第26条), a local calendar date.
    .addColumn('formed_on', 'date', (c) => c.notNull())
    .addColumn('scheduled_at', 'timestamptz')
    .addColumn('published_on', 'date')
    // Working days from formed_on to published_on, recorded at publication (条例第26条).
    .addColumn('publish_delay_working_days', 'integer')
    .addColumn('withdrawn_reason', 'text')
    .addColumn('edition', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`edition >= 1`),
    )
    .addColumn('supersedes_id', 'bigint', (c) => c.references('publishing_items.id'))
    // Policy documents (文件资料): 文号, 发文机关, 成文日期, 主题分类, 效力 (国办发〔2017〕47号).
    .addColumn('doc_number', 'text')
    .addColumn('issuing_org_id', 'bigint', (c) => c.references('accounts_orgs.id'))
    .addColumn('written_on', 'date')
    .addColumn('subject_category', 'text')
    .addColumn('validity', 'text', (c) =>
      c.check(sql`validity in ('valid', 'amended', 'repealed', 'expired')`),
    )
    .addColumn('replaced_by_id', 'bigint', (c) => c.references('publishing_items.id'))
    // An interpretation (解读) belongs to its policy (国办发〔2016〕80号).
    .addColumn('policy_id', 'bigint', (c) => c.references('publishing_items.id'))
    .addColumn('created_by', 'bigint')
    .addColumn('updated_by', 'bigint')
    .addColumn('submitted_by', 'bigint')
    .addColumn('approved_by', 'bigint')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'publishing_items_interpretation_policy',
      sql`type <> 'interpretation' or policy_id is not null`,
    )
    .addCheckConstraint(
      'publishing_items_policy_validity',
      sql`(type = 'policy') = (validity is not null)`,
    )
    .addCheckConstraint(
      'publishing_items_published_on',
      sql`state not in ('published', 'superseded') or published_on is not null`,
    )
    .addCheckConstraint(
      'publishing_items_scheduled_at',
      sql`state <> 'scheduled' or scheduled_at is not null`,
    )
    .execute();
  await db.schema
    .createIndex('publishing_items_channel_list')
    .on('publishing_items')
    .columns(['channel_id', 'type', 'state', 'published_on'])
    .execute();
  await db.schema
    .createIndex('publishing_items_type_list')
    .on('publishing_items')
    .columns(['type', 'state', 'published_on'])
    .execute();
  await db.schema
    .createIndex('publishing_items_scheduled')
    .on('publishing_items')
    .columns(['scheduled_at'])
    .where(sql.ref('state'), '=', 'scheduled')
    .execute();
  await db.schema
    .createIndex('publishing_items_policy')
    .on('publishing_items')
    .columns(['policy_id'])
    .execute();
  // At most one later edition of an item.
  await db.schema
    .createIndex('publishing_items_supersedes')
    .on('publishing_items')
    .columns(['supersedes_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('publishing_item_events')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('item_id', 'bigint', (c) => c.notNull().references('publishing_items.id'))
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'bigint')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('publishing_item_events_item')
    .on('publishing_item_events')
    .columns(['item_id', 'id'])
    .execute();
  // Append-only: the history is never rewritten.
  await sql`create function publishing_item_events_append_only() returns trigger language plpgsql as $$
    begin raise exception 'publishing_item_events is append-only'; end $$`.execute(db);
  await sql`create trigger publishing_item_events_no_change before update or delete on publishing_item_events
    for each row execute function publishing_item_events_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('publishing_item_events').execute();
  await sql`drop function if exists publishing_item_events_append_only()`.execute(db);
  await db.schema.dropTable('publishing_items').execute();
  await db.schema.dropTable('publishing_channels').execute();
}
