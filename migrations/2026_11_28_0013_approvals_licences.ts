import { sql, type Kysely } from 'kysely';

// 营业执照 issued here (五证合一、一照一码, 国办发〔2016〕53号): one row per licence, keyed by its
// unified social credit code (GB 32100-2015), unique across the database (modules/approvals).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('approvals_licences')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('credit_code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    // 企业 / 个体工商户 / 农民专业合作社: 机构类别码 1 / 2 / 3 under 登记管理部门码 9 (GB 32100).
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('enterprise', 'individual', 'cooperative')`),
    )
    // 法定代表人 (企业), 经营者 (个体工商户) or 负责人: public on the licence; the ID number is not.
    .addColumn('legal_representative', 'text', (c) => c.notNull())
    .addColumn('legal_representative_id_number', 'text', (c) => c.notNull().defaultTo(''))
    // 注册资本 / 资金数额 / 成员出资总额, in fen.
    .addColumn('registered_capital_fen', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`registered_capital_fen >= 0`),
    )
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('business_scope', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('established_on', 'date', (c) => c.notNull())
    .addColumn('issued_on', 'date', (c) => c.notNull())
    // 登记机关 (the market regulation bureau) and the service center whose window accepted it.
    .addColumn('issuing_org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('center_org_id', 'bigint', (c) => c.references('accounts_orgs.id'))
    // The approvals case it was issued on; its foreign key belongs to the cases migration.
    .addColumn('case_id', 'bigint')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(sql`status in ('active', 'revoked', 'deregistered')`),
    )
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('approvals_licences_issuing_org')
    .on('approvals_licences')
    .columns(['issuing_org_id', 'issued_on'])
    .execute();
  await db.schema
    .createIndex('approvals_licences_case')
    .on('approvals_licences')
    .column('case_id')
    .execute();

  // 五证合一 registration at the window: one form's facts, kept with its case until the licence
  // is issued (the case's certificate number is then the licence's credit code).
  await db.schema
    .createTable('approvals_registrations')
    .addColumn('case_id', 'bigint', (c) => c.primaryKey().references('approvals_cases.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('enterprise', 'individual', 'cooperative')`),
    )
    .addColumn('legal_representative', 'text', (c) => c.notNull())
    .addColumn('legal_representative_id_number', 'text', (c) => c.notNull())
    .addColumn('registered_capital_fen', 'bigint', (c) =>
      c.notNull().check(sql`registered_capital_fen >= 0`),
    )
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('business_scope', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('approvals_registrations').execute();
  await db.schema.dropTable('approvals_licences').execute();
}
