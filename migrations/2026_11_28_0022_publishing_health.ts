import { sql, type Kysely } from 'kysely';

// 网站检查 (modules/publishing/health, RULES.md §5.2): the county's thresholds for the single-veto
// rules of 国办秘函〔2019〕19号, the link checker's results, and the open-day records (5·15 政务公开日).
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row: the county's thresholds (defaults are the 2019 indicators; editable by the county office).
  await db.schema
    .createTable('publishing_health_settings')
    .addColumn('id', 'smallint', (c) => c.primaryKey().check(sql`id = 1`))
    // 首页不更新: 2 weeks.
    .addColumn('home_days', 'integer', (c) => c.notNull().defaultTo(14))
    // 栏目不更新: 动态/要闻 2 weeks; 通知公告/政策文件 6 (calendar) months.
    .addColumn('news_days', 'integer', (c) => c.notNull().defaultTo(14))
    .addColumn('notice_months', 'integer', (c) => c.notNull().defaultTo(6))
    .addColumn('policy_months', 'integer', (c) => c.notNull().defaultTo(6))
    // 互动回应差: a message unanswered for more than 3 months.
    .addColumn('interaction_months', 'integer', (c) => c.notNull().defaultTo(3))
    // 栏目不更新 is a veto from 5 stale columns, or from 5 blank columns.
    .addColumn('stale_columns_veto', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('blank_columns_veto', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('updated_by', 'bigint')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'publishing_health_settings_positive',
      sql`home_days > 0 and news_days > 0 and notice_months > 0 and policy_months > 0
        and interaction_months > 0 and stale_columns_veto > 0 and blank_columns_veto > 0`,
    )
    .execute();
  await sql`insert into publishing_health_settings (id, updated_at) values (1, now())`.execute(db);

  // The latest result of each link in each published item (internal: by the database and routes;
  // external: HEAD/GET by the job).
  await db.schema
    .createTable('publishing_link_checks')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('item_id', 'bigint', (c) =>
      c.notNull().references('publishing_items.id').onDelete('cascade'),
    )
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('internal', 'external')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('ok', 'broken', 'unreachable', 'skipped')`),
    )
    .addColumn('http_status', 'integer')
    .addColumn('checked_at', 'timestamptz', (c) => c.notNull())
    .addColumn('error', 'text')
    .addUniqueConstraint('publishing_link_checks_item_url', ['item_id', 'url'])
    .execute();
  await db.schema
    .createIndex('publishing_link_checks_status')
    .on('publishing_link_checks')
    .columns(['status', 'item_id'])
    .execute();

  // 政务公开日 and other outreach (issue 8 §8).
  await db.schema
    .createTable('publishing_open_days')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('consultations_answered', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`consultations_answered >= 0`),
    )
    .addColumn('materials_handed_out', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`materials_handed_out >= 0`),
    )
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'bigint')
    .addColumn('updated_by', 'bigint')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('publishing_open_days_held_on')
    .on('publishing_open_days')
    .columns(['held_on'])
    .execute();
  await db.schema
    .createTable('publishing_open_day_orgs')
    .addColumn('open_day_id', 'bigint', (c) =>
      c.notNull().references('publishing_open_days.id').onDelete('cascade'),
    )
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addPrimaryKeyConstraint('publishing_open_day_orgs_pk', ['open_day_id', 'org_id'])
    .execute();
  await db.schema
    .createTable('publishing_open_day_photos')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('open_day_id', 'bigint', (c) =>
      c.notNull().references('publishing_open_days.id').onDelete('cascade'),
    )
    .addColumn('file_id', 'bigint', (c) => c.notNull().references('files.id'))
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('publishing_open_day_photos_day')
    .on('publishing_open_day_photos')
    .columns(['open_day_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('publishing_open_day_photos').execute();
  await db.schema.dropTable('publishing_open_day_orgs').execute();
  await db.schema.dropTable('publishing_open_days').execute();
  await db.schema.dropTable('publishing_link_checks').execute();
  await db.schema.dropTable('publishing_health_settings').execute();
}
