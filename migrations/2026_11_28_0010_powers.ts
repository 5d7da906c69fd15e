import { sql, type Kysely } from 'kysely';

// 权责清单 (modules/powers, RULES.md §8): one row per power with its current content, every
// version's full content, the adjustments (新增/调整/取消/下放) that produced them, the flowchart's
// steps (§8.3), and the intermediary-service list (中介服务事项清单) linked to the powers.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('powers')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    // The ten categories of 《辽宁省权责清单管理办法》 (RULES.md §8.1), as code names.
    .addColumn('category', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`category in ('permit', 'penalty', 'coercion', 'levy', 'benefit', 'inspection', 'confirmation', 'reward', 'adjudication', 'other')`,
        ),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    // The laws the basis cites (《…》), in order of first mention.
    .addColumn('laws', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    // 实施主体.
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('level', 'text', (c) =>
      c
        .notNull()
        .defaultTo('county')
        .check(sql`level in ('county', 'township')`),
    )
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(sql`status in ('active', 'cancelled', 'delegated')`),
    )
    // 责任事项 per stage: [{ stage, text }].
    .addColumn('responsibilities', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('accountability', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('supervision_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('powers_org_category')
    .on('powers')
    .columns(['org_id', 'category'])
    .execute();
  await db.schema.createIndex('powers_category').on('powers').columns(['category']).execute();

  await db.schema
    .createTable('powers_adjustments')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('power_id', 'bigint', (c) => c.notNull().references('powers.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('add', 'amend', 'cancel', 'delegate')`),
    )
    // 文号 of the decision (e.g. 清政发〔2025〕12号) and its local calendar date.
    .addColumn('document_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('adopted_on', 'date', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    // The version this adjustment produced.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('powers_adjustments_version', ['power_id', 'version'])
    .execute();

  await db.schema
    .createTable('powers_versions')
    .addColumn('power_id', 'bigint', (c) => c.notNull().references('powers.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('adjustment_id', 'bigint', (c) => c.notNull().references('powers_adjustments.id'))
    // The whole content of the power as this version stated it.
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('powers_versions_pk', ['power_id', 'version'])
    .execute();

  // 权力运行流程图 (RULES.md §8.3): ordered steps; a step's limit feeds the 环节超时 rule (§4.4).
  await db.schema
    .createTable('powers_flow_steps')
    .addColumn('power_id', 'bigint', (c) => c.notNull().references('powers.id'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 1`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('limit_days', 'integer', (c) => c.notNull().check(sql`limit_days >= 0`))
    .addColumn('is_checkpoint', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('powers_flow_steps_pk', ['power_id', 'position'])
    .execute();

  // 中介服务事项清单 (RULES.md §8.3 [U] fields): only services on this list may be required.
  await db.schema
    .createTable('powers_intermediary_services')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('provider', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('fee', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('powers_intermediary_links')
    .addColumn('service_id', 'bigint', (c) =>
      c.notNull().references('powers_intermediary_services.id'),
    )
    .addColumn('power_id', 'bigint', (c) => c.notNull().references('powers.id'))
    .addPrimaryKeyConstraint('powers_intermediary_links_pk', ['service_id', 'power_id'])
    .execute();
  await db.schema
    .createIndex('powers_intermediary_links_power')
    .on('powers_intermediary_links')
    .columns(['power_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'powers_intermediary_links',
    'powers_intermediary_services',
    'powers_flow_steps',
    'powers_versions',
    'powers_adjustments',
    'powers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
