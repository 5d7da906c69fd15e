import { sql, type Kysely } from 'kysely';

// Supervision's projection of the checkpoints (ADR 0012): one row per supervised matter, kept by
// the outbox consumer, so the summary and the dashboard read one table joined to the matter's
// clock instead of replaying events. The checkpoints stay the truth; this can be rebuilt.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('supervision_matters')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('matter_type', 'text', (c) => c.notNull())
    .addColumn('matter_id', 'text', (c) => c.notNull())
    // The responsible org: the clock's org once accepted, else the first event's.
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('item_code', 'text')
    // The date of the matter's first checkpoint (a refusal at the window has no acceptance).
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('accepted_on', 'date')
    .addColumn('promised_days', 'integer')
    .addColumn('statutory_days', 'integer')
    .addColumn('limit_unit', 'text')
    .addColumn('is_instant', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('clock_id', 'bigint')
    .addColumn('extended', 'boolean', (c) => c.notNull().defaultTo(false))
    // How the matter ended and when; null while open.
    .addColumn('outcome', 'text', (c) =>
      c.check(sql`outcome in ('completed', 'refused', 'returned', 'withdrawn')`),
    )
    .addColumn('outcome_on', 'date')
    .addColumn('outcome_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outcome_legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('fee_total', 'numeric(14, 2)', (c) => c.notNull().defaultTo(0))
    .addColumn('last_event_at', 'timestamptz', (c) => c.notNull())
    // The day that puts the matter in a period: its acceptance, or its refusal (不予受理, never
    // accepted); one indexed column, so a period is one range scan.
    .addColumn('period_on', 'date', (c) =>
      c
        .generatedAlwaysAs(
          sql`coalesce(accepted_on, case when outcome = 'refused' then outcome_on end)`,
        )
        .stored(),
    )
    .addUniqueConstraint('supervision_matters_key', ['source', 'matter_type', 'matter_id'])
    .execute();
  await sql`create index supervision_matters_period on supervision_matters
    (period_on, org_id, matter_type) where period_on is not null`.execute(db);
  await db.schema
    .createIndex('supervision_matters_org')
    .on('supervision_matters')
    .column('org_id')
    .execute();
  await sql`create index supervision_matters_clock on supervision_matters (clock_id)`.execute(db);
  // The county's thresholds (RULES.md §4.4 [V]: no national standard, so a setting); one row.
  await db.schema
    .createTable('supervision_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('yellow_days', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`yellow_days between 0 and 30`),
    )
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`insert into supervision_settings (id) values (1)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('supervision_settings').execute();
  await db.schema.dropTable('supervision_matters').execute();
}
