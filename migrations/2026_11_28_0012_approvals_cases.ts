import { sql, type Kysely } from 'kysely';

// Cases (办件) of service items (modules/approvals): from application to completion with joint
// review (并联审批). The case clock (purpose 'case') and each review's step clock ('review:<org>')
// are clocks of modules/deadlines (matter type 'approval', matter id = tracking number).
export async function up(db: Kysely<unknown>): Promise<void> {
  // Tracking numbers SP<year>-<6 digits> come from one sequence (unique across years).
  await sql`create sequence approvals_case_number_seq`.execute(db);
  await db.schema
    .createTable('approvals_cases')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('tracking_number', 'text', (c) => c.notNull().unique())
    .addColumn('access_code_hash', 'text', (c) => c.notNull())
    .addColumn('item_id', 'bigint', (c) => c.notNull().references('approvals_items.id'))
    // The item's deciding department at the time of application (lists and statistics by org).
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('center_org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('window_id', 'bigint', (c) => c.references('approvals_windows.id'))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('online', 'window')`))
    .addColumn('applicant_type', 'text', (c) =>
      c.notNull().check(sql`applicant_type in ('person', 'business')`),
    )
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credit_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`state in ('submitted', 'notice', 'accepted', 'reviewing', 'decided', 'issued', 'completed', 'refused', 'returned', 'withdrawn')`,
        ),
    )
    // The case clock: null until acceptance (行政许可法第32条: it does not start before).
    .addColumn('clock_id', 'bigint', (c) => c.references('deadlines_clocks.id'))
    // 第44条: the issue clock (10 working days from an approving decision).
    .addColumn('issue_clock_id', 'bigint', (c) => c.references('deadlines_clocks.id'))
    .addColumn('is_instant', 'boolean', (c) => c.notNull())
    .addColumn('is_joint', 'boolean', (c) => c.notNull())
    .addColumn('promised_days', 'integer', (c) => c.notNull())
    .addColumn('statutory_days', 'integer', (c) => c.notNull())
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('noticed_on', 'date')
    .addColumn('notice_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('accepted_on', 'date')
    .addColumn('decision', 'text', (c) => c.check(sql`decision in ('approved', 'denied')`))
    .addColumn('decision_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decided_on', 'date')
    .addColumn('certificate_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'date')
    .addColumn('completed_on', 'date')
    .addColumn('closed_on', 'date')
    // Refusal (不予受理), return (退回) or withdrawal: why, and on what legal basis.
    .addColumn('close_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'approvals_cases_clock_when_accepted',
      sql`(clock_id is null) = (accepted_on is null)`,
    )
    .execute();
  // The case list: newest first under each filter; statistics by org/item and day.
  for (const [name, columns] of [
    ['approvals_cases_received', ['received_on', 'id']],
    ['approvals_cases_center', ['center_org_id', 'received_on', 'id']],
    ['approvals_cases_window', ['window_id', 'received_on', 'id']],
    ['approvals_cases_org', ['org_id', 'received_on', 'id']],
    ['approvals_cases_item', ['item_id', 'received_on', 'id']],
    ['approvals_cases_state', ['state', 'received_on', 'id']],
    ['approvals_cases_accepted', ['accepted_on', 'org_id']],
    ['approvals_cases_completed', ['completed_on', 'org_id']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('approvals_cases')
      .columns([...columns])
      .execute();
  }

  // Which of the item's materials the applicant provided (one row per item material).
  await db.schema
    .createTable('approvals_case_materials')
    .addColumn('case_id', 'bigint', (c) => c.notNull().references('approvals_cases.id'))
    .addColumn('material_id', 'bigint', (c) =>
      c.notNull().references('approvals_item_materials.id'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_required', 'boolean', (c) => c.notNull())
    .addColumn('provided', 'boolean', (c) => c.notNull())
    .addPrimaryKeyConstraint('approvals_case_materials_pk', ['case_id', 'material_id'])
    .execute();

  // 并联审批: one review per listed department, in parallel, each with its step clock.
  await db.schema
    .createTable('approvals_case_reviews')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('case_id', 'bigint', (c) => c.notNull().references('approvals_cases.id'))
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('step_days', 'integer', (c) => c.notNull())
    .addColumn('clock_id', 'bigint', (c) => c.notNull().references('deadlines_clocks.id'))
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('pending', 'approved', 'denied')`),
    )
    .addColumn('opinion', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reviewer_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('started_on', 'date', (c) => c.notNull())
    .addColumn('finished_on', 'date')
    .addUniqueConstraint('approvals_case_reviews_case_org', ['case_id', 'org_id'])
    .execute();
  await db.schema
    .createIndex('approvals_case_reviews_org')
    .on('approvals_case_reviews')
    .columns(['org_id', 'state'])
    .execute();

  // The timeline: every step, and which steps the applicant sees on the tracking page.
  await db.schema
    .createTable('approvals_case_events')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('case_id', 'bigint', (c) => c.notNull().references('approvals_cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('on_date', 'date', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_public', 'boolean', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('approvals_case_events_case')
    .on('approvals_case_events')
    .columns(['case_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'approvals_case_events',
    'approvals_case_reviews',
    'approvals_case_materials',
    'approvals_cases',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop sequence approvals_case_number_seq`.execute(db);
}
