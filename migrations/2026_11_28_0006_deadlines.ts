import { sql, type Kysely } from 'kysely';

// Deadline clocks (modules/deadlines, ADR 0007). The events are the truth and append-only; the
// columns marked "projection" are derived from them by the module on every event and every
// calendar change, kept only so that supervision can count and list a million clocks by index.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deadlines_clocks')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('matter_type', 'text', (c) => c.notNull().check(sql`matter_type ~ '^[a-z_]{1,40}$'`))
    .addColumn('matter_id', 'text', (c) =>
      c.notNull().check(sql`length(matter_id) between 1 and 100`),
    )
    // Which of the matter's limits: 'reply', 'correction_notice', 'step:<code>'…
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`length(purpose) between 1 and 60`))
    .addColumn('title', 'text', (c) =>
      c
        .notNull()
        .defaultTo('')
        .check(sql`length(title) <= 200`),
    )
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('owner_user_id', 'bigint', (c) => c.references('accounts_users.id'))
    // The rule.
    .addColumn('unit', 'text', (c) => c.notNull().check(sql`unit in ('working', 'calendar')`))
    .addColumn('limit_days', 'integer', (c) =>
      c.notNull().check(sql`limit_days between 0 and 1000`),
    )
    .addColumn('yellow_days', 'integer', (c) =>
      c.notNull().check(sql`yellow_days between 0 and 1000`),
    )
    .addColumn('extension_cap_days', 'integer', (c) =>
      c.notNull().check(sql`extension_cap_days between 0 and 1000`),
    )
    .addColumn('max_extensions', 'integer', (c) =>
      c.notNull().check(sql`max_extensions between 0 and 10`),
    )
    .addColumn('roll_forward', 'boolean', (c) => c.notNull().defaultTo(false))
    // Projection.
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('running', 'paused', 'stopped')`),
    )
    .addColumn('start_on', 'date', (c) => c.notNull())
    .addColumn('due_on', 'date')
    .addColumn('yellow_on', 'date')
    .addColumn('stopped_on', 'date')
    // The light of a paused or stopped clock, which no longer changes with the day.
    .addColumn('fixed_light', 'text', (c) =>
      c.check(sql`fixed_light in ('green', 'yellow', 'red')`),
    )
    .addColumn('basis', 'text', (c) => c.notNull().check(sql`basis in ('official', 'provisional')`))
    .addColumn('calendar_version', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('projected_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('deadlines_clocks_matter', ['matter_type', 'matter_id', 'purpose'])
    .execute();
  // Supervision: open clocks counted per org, matter type and light (an index-only scan).
  await sql`create index deadlines_clocks_open on deadlines_clocks
    (org_id, matter_type, state, due_on, yellow_on, fixed_light) where state <> 'stopped'`.execute(
    db,
  );
  // Lists by light and due window, soonest first, paused clocks (no due date) last.
  await sql`create index deadlines_clocks_due on deadlines_clocks
    ((coalesce(due_on, 'infinity'::date)), id) where state <> 'stopped'`.execute(db);
  // Re-dating walks the open clocks by id.
  await sql`create index deadlines_clocks_open_id on deadlines_clocks (id)
    where state <> 'stopped'`.execute(db);
  // Re-dating rewrites every open clock, which takes the counts off their index-only scans until
  // the table is vacuumed: vacuum after a few thousand changed rows, not 20% of the table
  // (bench/README.md, "Clock queries benchmark").
  await sql`alter table deadlines_clocks set (
    autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
    autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 5000)`.execute(
    db,
  );
  // Clocks stopped in a period, per org.
  await sql`create index deadlines_clocks_stopped on deadlines_clocks
    (stopped_on, org_id, matter_type, fixed_light) where state = 'stopped'`.execute(db);
  await sql`create index deadlines_clocks_owner on deadlines_clocks (owner_user_id)
    where owner_user_id is not null`.execute(db);

  await db.schema
    .createTable('deadlines_clock_events')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('clock_id', 'bigint', (c) => c.notNull().references('deadlines_clocks.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('start', 'pause', 'resume', 'extend', 'restart', 'stop')`),
    )
    // A local calendar date (Asia/Shanghai).
    .addColumn('on_date', 'date', (c) => c.notNull())
    .addColumn('reason_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('days', 'integer')
    .addColumn('approver', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addUniqueConstraint('deadlines_clock_events_seq', ['clock_id', 'seq'])
    .execute();

  // Each due date a clock has had, and the calendar version that produced it.
  await db.schema
    .createTable('deadlines_due_dates')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('clock_id', 'bigint', (c) => c.notNull().references('deadlines_clocks.id'))
    .addColumn('due_on', 'date')
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('calendar_version', 'text', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull().check(sql`cause in ('event', 'calendar')`))
    .addColumn('event_seq', 'integer')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('deadlines_due_dates_clock')
    .on('deadlines_due_dates')
    .columns(['clock_id', 'id'])
    .execute();

  await sql`
    create function deadlines_append_only() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege',
              hint = 'Clock events and due-date history are never changed; a correction is a new event.';
    end
    $$`.execute(db);
  for (const table of ['deadlines_clock_events', 'deadlines_due_dates']) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete
      on ${sql.table(table)} for each row execute function deadlines_append_only()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deadlines_due_dates').execute();
  await db.schema.dropTable('deadlines_clock_events').execute();
  await db.schema.dropTable('deadlines_clocks').execute();
  await sql`drop function deadlines_append_only()`.execute(db);
}
