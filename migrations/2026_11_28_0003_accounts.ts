import { sql, type Kysely } from 'kysely';

// Orgs, staff accounts, role grants, sessions and API tokens (module accounts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('accounts_orgs')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`code ~ '^[A-Za-z0-9_.-]{1,40}$'`),
    )
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 100`))
    .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('government', 'department', 'township', 'center', 'window')`),
    )
    .addColumn('parent_id', 'bigint', (c) => c.references('accounts_orgs.id'))
    // Materialised ancestry, '/1/7/': a grant on an org covers every org whose path starts with its own.
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('credit_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('merged_into_id', 'bigint', (c) => c.references('accounts_orgs.id'))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('accounts_orgs_path').on('accounts_orgs').column('path').execute();
  await db.schema
    .createIndex('accounts_orgs_parent')
    .on('accounts_orgs')
    .column('parent_id')
    .execute();

  // Every name an org has had, so past records show the name they were made under.
  await db.schema
    .createTable('accounts_org_history')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('change', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`change in ('created', 'renamed', 'moved', 'deactivated', 'reactivated', 'merged')`,
        ),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'bigint')
    .addColumn('effective_on', 'date', (c) => c.notNull())
    .addColumn('document_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('accounts_org_history_org')
    .on('accounts_org_history')
    .column('org_id')
    .execute();

  await db.schema
    .createTable('accounts_users')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().check(sql`username ~ '^[a-z0-9_.-]{3,40}$'`))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('is_disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('last_login_at', 'timestamptz')
    .addColumn('password_changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('accounts_users_username')
    .on('accounts_users')
    .column('username')
    .unique()
    .execute();

  await db.schema
    .createTable('accounts_password_history')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('user_id', 'bigint', (c) =>
      c.notNull().references('accounts_users.id').onDelete('cascade'),
    )
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('accounts_password_history_user')
    .on('accounts_password_history')
    .columns(['user_id', 'id'])
    .execute();

  await db.schema
    .createTable('accounts_role_grants')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('user_id', 'bigint', (c) =>
      c.notNull().references('accounts_users.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`role in ('admin', 'disclosure_officer', 'department_officer', 'window_clerk', 'reviewer', 'trading_officer', 'performance_officer', 'supervisor', 'responder', 'leader')`,
        ),
    )
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('accounts_role_grants_unique', ['user_id', 'role', 'org_id'])
    .execute();

  // Sessions live in the database so several app processes share them; only a hash of the id is kept.
  await db.schema
    .createTable('accounts_sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'bigint', (c) =>
      c.notNull().references('accounts_users.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('client_ip', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('accounts_sessions_user')
    .on('accounts_sessions')
    .column('user_id')
    .execute();

  // Failed logins per client address, for the login rate limit shared by all processes.
  await db.schema
    .createTable('accounts_login_failures')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('client_ip', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('accounts_login_failures_ip')
    .on('accounts_login_failures')
    .columns(['client_ip', 'at'])
    .execute();

  await db.schema
    .createTable('accounts_api_tokens')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('scopes', sql`text[]`, (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'accounts_api_tokens',
    'accounts_login_failures',
    'accounts_sessions',
    'accounts_role_grants',
    'accounts_password_history',
    'accounts_users',
    'accounts_org_history',
    'accounts_orgs',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
