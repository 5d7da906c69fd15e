import { sql, type Kysely } from 'kysely';

// The working-day calendar's overrides (platform/calendar, ADR 0006). An administrator enters the
// State Council's yearly notice here (rest days and make-up working days, with its document
// number), and local closures; a row overrides the chinese-days data and the provisional rules.
// A `calendar_years` row says a year's whole schedule has been entered: its other days then follow
// the Monday–Friday rule and answers about it are official instead of provisional.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_days')
    // A local calendar date (Asia/Shanghai), never an instant.
    .addColumn('date', 'date', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday', 'workday')`))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 100`))
    // 发文字号, e.g. 国办发明电〔2025〕7号; '' for an entry without one.
    .addColumn('source_document', 'text', (c) =>
      c
        .notNull()
        .defaultTo('')
        .check(sql`length(source_document) <= 100`),
    )
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'smallint', (c) => c.primaryKey().check(sql`year between 2004 and 2099`))
    .addColumn('source_document', 'text', (c) =>
      c.notNull().check(sql`length(source_document) between 1 and 100`),
    )
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendar_years').execute();
  await db.schema.dropTable('calendar_days').execute();
}
