import { sql, type Kysely } from 'kysely';

// 依申请公开 (modules/foi): each request, its timeline, and reconsideration/litigation records.
// The reply deadline is a clock of modules/deadlines (matter type 'foi', purpose 'reply').
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('foi_requests')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('tracking_number', 'text', (c) => c.notNull().unique())
    .addColumn('access_code_hash', 'text', (c) => c.notNull())
    // The annual report's applicant columns (RULES.md §1.5, §2.4).
    .addColumn('applicant_type', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`applicant_type in ('person', 'business', 'research', 'publicWelfare', 'legalService', 'other')`,
        ),
    )
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('id_type', 'text', (c) =>
      c.notNull().check(sql`id_type in ('resident_id', 'passport', 'credit_code', 'other')`),
    )
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('form', 'text', (c) => c.notNull().check(sql`form in ('paper', 'electronic')`))
    .addColumn('delivery', 'text', (c) =>
      c.notNull().check(sql`delivery in ('pickup', 'post', 'email', 'online')`),
    )
    // 条例第31条: how it arrived decides the day of receipt.
    .addColumn('channel', 'text', (c) =>
      c.notNull().check(sql`channel in ('online', 'in_person', 'post', 'fax', 'email')`),
    )
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    // The reply clock (modules/deadlines).
    .addColumn('clock_id', 'bigint', (c) => c.notNull().references('deadlines_clocks.id'))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`state in ('open', 'awaiting_correction', 'consulting', 'awaiting_fee', 'replied', 'delivered', 'archived')`,
        ),
    )
    .addColumn('outcome', 'text')
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reply_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('replied_on', 'date')
    .addColumn('delivered_on', 'date')
    .addColumn('archived_on', 'date')
    .addColumn('archive_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('correction_noticed_on', 'date')
    .addColumn('consultation_due_on', 'date')
    .addColumn('fee_amount', 'integer')
    .addColumn('fee_due_on', 'date')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'foi_requests_outcome_with_reply',
      sql`(outcome is null) = (replied_on is null)`,
    )
    .execute();
  await db.schema
    .createIndex('foi_requests_received')
    .on('foi_requests')
    .column('received_on')
    .execute();
  await db.schema
    .createIndex('foi_requests_replied')
    .on('foi_requests')
    .column('replied_on')
    .execute();
  await db.schema
    .createIndex('foi_requests_org')
    .on('foi_requests')
    .columns(['org_id', 'state'])
    .execute();

  // The request's timeline: every step, and which steps the applicant sees on the status page.
  await db.schema
    .createTable('foi_request_events')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('request_id', 'bigint', (c) => c.notNull().references('foi_requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('on_date', 'date', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_public', 'boolean', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('foi_request_events_request')
    .on('foi_request_events')
    .columns(['request_id', 'id'])
    .execute();

  // 行政复议 / 行政诉讼 about a request (annual report section 四).
  await db.schema
    .createTable('foi_reviews')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('request_id', 'bigint', (c) => c.notNull().references('foi_requests.id'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('reconsideration', 'litigation_direct', 'litigation_after_reconsideration')`,
        ),
    )
    .addColumn('filed_on', 'date', (c) => c.notNull())
    .addColumn('result', 'text', (c) =>
      c.notNull().check(sql`result in ('upheld', 'corrected', 'other', 'pending')`),
    )
    .addColumn('decided_on', 'date')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // What the annual report cannot compute (yet): the texts of sections 一, 五, 六 and, until the
  // publishing module counts them, the figures of table 二 — entered by hand and shown as such.
  await db.schema
    .createTable('foi_report_entries')
    .addColumn('year', 'smallint', (c) => c.primaryKey())
    .addColumn('overview', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('problems', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('other_matters', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('proactive', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('foi_report_entries').execute();
  await db.schema.dropTable('foi_reviews').execute();
  await db.schema.dropTable('foi_request_events').execute();
  await db.schema.dropTable('foi_requests').execute();
}
