import { sql, type Kysely } from 'kysely';

// The tamper-evident audit log (platform/audit): one hash-chained row per state change, appended
// in the transaction that makes the change, never updated or deleted.
//
// The triggers below make UPDATE, DELETE and TRUNCATE fail for every role, the app's included, so
// a rewrite needs a deliberate `alter table … disable trigger` by the table's owner. On a
// production PostgreSQL also do what a migration cannot do portably (role names differ by site):
// have audit_log owned by a role other than the one the app connects as, and
//   REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM <app role>;
// so that the app's credentials alone cannot disable the triggers either. Whatever slips past
// both is still detected by `sunshine audit verify` against a published `sunshine audit anchor`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) =>
      c.notNull().check(sql`actor_type in ('user', 'token', 'public', 'system')`),
    )
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('org_code', 'text')
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action <> ''`))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('summary', 'jsonb', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('client_address', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull().check(sql`prev_hash ~ '^[0-9a-f]{64}$'`))
    .addColumn('hash', 'text', (c) => c.notNull().check(sql`hash ~ '^[0-9a-f]{64}$'`))
    .execute();

  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_actor_id').on('audit_log').column('actor_id').execute();
  await db.schema.createIndex('audit_log_org_code').on('audit_log').column('org_code').execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').column('action').execute();
  await db.schema
    .createIndex('audit_log_target')
    .on('audit_log')
    .columns(['target_type', 'target_id'])
    .execute();

  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege',
              hint = 'Audit records are never changed; a correction is a new record.';
    end
    $$`.execute(db);
  await sql`
    create trigger audit_log_no_update_delete before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await sql`drop function audit_log_append_only()`.execute(db);
}
