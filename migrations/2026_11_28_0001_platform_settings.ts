import { sql, type Kysely } from 'kysely';

// The county's identity: one row, shown in the portal banner and footer.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('id', 'smallint', (c) =>
      c
        .primaryKey()
        .defaultTo(1)
        .check(sql`id = 1`),
    )
    .addColumn('county_name', 'text', (c) => c.notNull())
    .addColumn('county_name_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('government_name', 'text', (c) => c.notNull())
    .addColumn('government_name_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('region_code', 'char(6)', (c) => c.notNull().check(sql`region_code ~ '^[0-9]{6}$'`))
    .addColumn('province', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sponsor', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sponsor_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('site_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('icp_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('police_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('settings').execute();
}
