import { sql, type Kysely } from 'kysely';

// Service items (办事事项) with their guides (办事指南), and the service centers' windows
// (modules/approvals). A center is an org of kind 'center' (accounts_orgs).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('approvals_items')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
    // The department that decides (实施主体).
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('conditions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('hours', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('flow', 'text', (c) => c.notNull().defaultTo(''))
    // Fees in fen; 0 = free (the default; a fee needs its legal basis).
    .addColumn('fee_fen', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`fee_fen >= 0`),
    )
    .addColumn('fee_basis', 'text', (c) => c.notNull().defaultTo(''))
    // 法定时限 and 承诺时限 (RULES.md §4.2); promised 0 = 即办件.
    .addColumn('statutory_days', 'integer', (c) => c.notNull().check(sql`statutory_days >= 0`))
    .addColumn('promised_days', 'integer', (c) => c.notNull().check(sql`promised_days >= 0`))
    .addColumn('limit_unit', 'text', (c) =>
      c
        .notNull()
        .defaultTo('working')
        .check(sql`limit_unit in ('working', 'calendar')`),
    )
    .addColumn('online', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(sql`status in ('active', 'retired')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'approvals_items_promised_within_statutory',
      sql`promised_days <= statutory_days`,
    )
    .execute();
  await db.schema
    .createIndex('approvals_items_org')
    .on('approvals_items')
    .columns(['org_id', 'status'])
    .execute();

  // Every version of a guide as it was published (the whole content, for history and diff).
  await db.schema
    .createTable('approvals_item_versions')
    .addColumn('item_id', 'bigint', (c) => c.notNull().references('approvals_items.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('approvals_item_versions_pk', ['item_id', 'version'])
    .execute();

  // The powers an item implements (modules/powers' `powers.id`; checked by the service, no foreign
  // key so that the two modules' migrations stay independent).
  await db.schema
    .createTable('approvals_item_powers')
    .addColumn('item_id', 'bigint', (c) => c.notNull().references('approvals_items.id'))
    .addColumn('power_id', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('approvals_item_powers_pk', ['item_id', 'power_id'])
    .execute();

  // 申请材料: original or copy, how many, an optional form template (platform files).
  await db.schema
    .createTable('approvals_item_materials')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('item_id', 'bigint', (c) => c.notNull().references('approvals_items.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) =>
      c.notNull().check(sql`form in ('original', 'copy', 'original_and_copy', 'electronic')`),
    )
    .addColumn('copies', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`copies >= 1`),
    )
    .addColumn('is_required', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('template_file_id', 'bigint', (c) => c.references('files.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('approvals_item_materials_item')
    .on('approvals_item_materials')
    .columns(['item_id', 'position'])
    .execute();

  // 并联审批: the departments that review a case of the item in parallel, each with its step limit.
  await db.schema
    .createTable('approvals_item_review_orgs')
    .addColumn('item_id', 'bigint', (c) => c.notNull().references('approvals_items.id'))
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('step_days', 'integer', (c) => c.notNull().check(sql`step_days >= 0`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('approvals_item_review_orgs_pk', ['item_id', 'org_id'])
    .execute();

  // Windows of a service center, the departments resident at each and the items each accepts.
  await db.schema
    .createTable('approvals_windows')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('center_org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('approvals_windows_center_number', ['center_org_id', 'number'])
    .execute();
  await db.schema
    .createTable('approvals_window_orgs')
    .addColumn('window_id', 'bigint', (c) => c.notNull().references('approvals_windows.id'))
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addPrimaryKeyConstraint('approvals_window_orgs_pk', ['window_id', 'org_id'])
    .execute();
  await db.schema
    .createTable('approvals_window_items')
    .addColumn('window_id', 'bigint', (c) => c.notNull().references('approvals_windows.id'))
    .addColumn('item_id', 'bigint', (c) => c.notNull().references('approvals_items.id'))
    .addPrimaryKeyConstraint('approvals_window_items_pk', ['window_id', 'item_id'])
    .execute();
  await db.schema
    .createIndex('approvals_window_items_item')
    .on('approvals_window_items')
    .column('item_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'approvals_window_items',
    'approvals_window_orgs',
    'approvals_windows',
    'approvals_item_review_orgs',
    'approvals_item_materials',
    'approvals_item_powers',
    'approvals_item_versions',
    'approvals_items',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
