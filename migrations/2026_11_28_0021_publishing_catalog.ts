import { sql, type Kysely } from 'kysely';

// The 政府信息公开目录 and 指南 (modules/publishing/catalog, 条例第12条, 第20–21条, ADR 0015):
// index numbers given once at first publication (a serial per org and year, the pattern a county
// setting), the catalog's nodes (the 条例第20–21条 required categories and theme nodes), each
// publication's node, and one guide per org.

type Node = [code: string, nameZh: string, nameEn: string, basis: string, types?: string[]];

// 条例第20条: the 15 categories every agency discloses proactively (RULES.md §1.7).
const article20: Node[] = [
  [
    'a20-01',
    '行政法规、规章和规范性文件',
    'Regulations, rules and normative documents',
    '条例第20条第1项',
    ['policy'],
  ],
  [
    'a20-02',
    '机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名',
    'Functions, structure, address, hours, contacts and heads',
    '条例第20条第2项',
  ],
  [
    'a20-03',
    '国民经济和社会发展规划、专项规划、区域规划及相关政策',
    'Development plans, special and regional plans and related policies',
    '条例第20条第3项',
  ],
  [
    'a20-04',
    '国民经济和社会发展统计信息',
    'Economic and social development statistics',
    '条例第20条第4项',
  ],
  [
    'a20-05',
    '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果',
    'Administrative licensing and services: basis, conditions, procedure and results',
    '条例第20条第5项',
  ],
  [
    'a20-06',
    '实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定',
    'Administrative penalties and enforcement: basis, conditions, procedure and significant decisions',
    '条例第20条第6项',
  ],
  ['a20-07', '财政预算、决算信息', 'Budgets and final accounts', '条例第20条第7项'],
  [
    'a20-08',
    '行政事业性收费项目及其依据、标准',
    'Administrative fees, their basis and rates',
    '条例第20条第8项',
  ],
  [
    'a20-09',
    '政府集中采购项目的目录、标准及实施情况',
    'Centralised government procurement: catalogue, standards and implementation',
    '条例第20条第9项',
  ],
  [
    'a20-10',
    '重大建设项目的批准和实施情况',
    'Approval and implementation of major construction projects',
    '条例第20条第10项',
  ],
  [
    'a20-11',
    '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况',
    'Poverty relief, education, health, social security and employment policies and their implementation',
    '条例第20条第11项',
  ],
  [
    'a20-12',
    '突发公共事件的应急预案、预警信息及应对情况',
    'Emergency plans, warnings and responses to public emergencies',
    '条例第20条第12项',
  ],
  [
    'a20-13',
    '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
    'Inspections: environment, public health, work safety, food and drugs, product quality',
    '条例第20条第13项',
  ],
  [
    'a20-14',
    '公务员招考的职位、名额、报考条件等事项以及录用结果',
    'Civil-service recruitment: posts, numbers, conditions and results',
    '条例第20条第14项',
  ],
  [
    'a20-15',
    '法律、行政法规、规章和国家有关规定规定应当主动公开的其他政府信息',
    'Other information that laws and rules require to be disclosed',
    '条例第20条第15项',
  ],
];

// 条例第21条: further items for county governments and their departments.
const article21County: Node[] = [
  ['a21c-01', '市政建设', 'Municipal construction', '条例第21条'],
  ['a21c-02', '公共服务', 'Public services', '条例第21条'],
  ['a21c-03', '公益事业', 'Public welfare undertakings', '条例第21条'],
  ['a21c-04', '土地征收', 'Land expropriation', '条例第21条'],
  ['a21c-05', '房屋征收', 'Housing expropriation', '条例第21条'],
  ['a21c-06', '治安管理', 'Public order', '条例第21条'],
  ['a21c-07', '社会救助', 'Social assistance', '条例第21条'],
];

// 条例第21条: further items for 乡（镇） governments.
const article21Township: Node[] = [
  [
    'a21t-01',
    '农业农村政策落实',
    'Implementation of agricultural and rural policies',
    '条例第21条',
  ],
  ['a21t-02', '农田水利工程建设运营', 'Farmland irrigation works', '条例第21条'],
  ['a21t-03', '农村土地承包经营权流转', 'Transfer of rural land contract rights', '条例第21条'],
  ['a21t-04', '宅基地使用情况审核', 'Review of homestead use', '条例第21条'],
  ['a21t-05', '土地征收', 'Land expropriation', '条例第21条'],
  ['a21t-06', '房屋征收', 'Housing expropriation', '条例第21条'],
  ['a21t-07', '筹资筹劳', 'Village fund and labour raising', '条例第21条'],
  ['a21t-08', '社会救助', 'Social assistance', '条例第21条'],
];

// Theme nodes for what is not a required category by default (the author may choose a required one).
const themes: Node[] = [
  ['zt-news', '政务动态', 'Government news', '', ['news']],
  ['zt-notices', '通知公告', 'Notices', '', ['notice']],
  ['zt-interpretations', '政策解读', 'Policy interpretations', '', ['interpretation']],
  ['zt-bulletins', '政务信息期刊', 'Bulletins', '', ['bulletin']],
  ['zt-profiles', '概况信息', 'Profiles', '', ['page']],
];

const groups: {
  code: string;
  nameZh: string;
  nameEn: string;
  basis: string;
  appliesTo: string;
  kind: 'required' | 'theme';
  children: Node[];
}[] = [
  {
    code: 'a20',
    nameZh: '各级行政机关主动公开的政府信息',
    nameEn: 'Information every agency discloses',
    basis: '条例第20条',
    appliesTo: 'all',
    kind: 'required',
    children: article20,
  },
  {
    code: 'a21c',
    nameZh: '县级人民政府及其部门重点公开的政府信息',
    nameEn: 'Further information of county governments and departments',
    basis: '条例第21条',
    appliesTo: 'county',
    kind: 'required',
    children: article21County,
  },
  {
    code: 'a21t',
    nameZh: '乡（镇）人民政府重点公开的政府信息',
    nameEn: 'Further information of township governments',
    basis: '条例第21条',
    appliesTo: 'township',
    kind: 'required',
    children: article21Township,
  },
  {
    code: 'zt',
    nameZh: '其他主题',
    nameEn: 'Other themes',
    basis: '',
    appliesTo: 'all',
    kind: 'theme',
    children: themes,
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // 条例第12条: the catalog's nodes; `required` ones are the 第20–21条 categories an org must fill.
  await db.schema
    .createTable('publishing_catalog_nodes')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('parent_id', 'bigint', (c) => c.references('publishing_catalog_nodes.id'))
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`code ~ '^[a-z0-9-]{1,40}$'`),
    )
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('theme', 'required')`))
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    // Whose obligation: every org, county government and departments, or townships (条例第21条).
    .addColumn('applies_to', 'text', (c) =>
      c
        .notNull()
        .defaultTo('all')
        .check(sql`applies_to in ('all', 'county', 'township')`),
    )
    // Item types placed here when the author chose no node.
    .addColumn('item_types', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .alterTable('publishing_items')
    .addColumn('index_number', 'text')
    .addColumn('catalog_node_id', 'bigint', (c) => c.references('publishing_catalog_nodes.id'))
    .execute();
  // 条例第12条: an index number identifies one publication; given once, never reused.
  await db.schema
    .createIndex('publishing_items_index_number')
    .on('publishing_items')
    .column('index_number')
    .unique()
    .where(sql.ref('index_number'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('publishing_items_catalog_node')
    .on('publishing_items')
    .columns(['catalog_node_id', 'state', 'published_on'])
    .execute();

  await db.schema
    .createTable('publishing_index_serials')
    .addColumn('org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_serial', 'integer', (c) => c.notNull().check(sql`last_serial >= 1`))
    .addPrimaryKeyConstraint('publishing_index_serials_pk', ['org_id', 'year'])
    .execute();

  await db.schema
    .createTable('publishing_catalog_settings')
    .addColumn('id', 'smallint', (c) =>
      c
        .primaryKey()
        .defaultTo(1)
        .check(sql`id = 1`),
    )
    // RULES.md §1.7: a common pattern, not mandated — a county setting.
    .addColumn('index_pattern', 'text', (c) =>
      c.notNull().defaultTo('{creditCode}/{year}-{serial:5}'),
    )
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'bigint')
    .execute();
  await sql`insert into publishing_catalog_settings (id) values (1)`.execute(db);

  // 条例第12条: the 政府信息公开指南 of each org; none saved means the generated default.
  await db.schema
    .createTable('publishing_guides')
    .addColumn('org_id', 'bigint', (c) => c.primaryKey().references('accounts_orgs.id'))
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'bigint')
    .execute();

  let position = 0;
  for (const group of groups) {
    const parent = await sql<{ id: string }>`
      insert into publishing_catalog_nodes (code, name_zh, name_en, kind, legal_basis, applies_to, position)
      values (${group.code}, ${group.nameZh}, ${group.nameEn}, 'theme', ${group.basis}, ${group.appliesTo}, ${position++})
      returning id`.execute(db);
    const parentId = parent.rows[0]!.id;
    for (const [code, nameZh, nameEn, basis, types] of group.children) {
      await sql`
        insert into publishing_catalog_nodes (parent_id, code, name_zh, name_en, kind, legal_basis, applies_to, item_types, position)
        values (${parentId}, ${code}, ${nameZh}, ${nameEn}, ${group.kind}, ${basis}, ${group.appliesTo}, ${types ?? []}::text[], ${position++})`.execute(
        db,
      );
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('publishing_guides').execute();
  await db.schema.dropTable('publishing_catalog_settings').execute();
  await db.schema.dropTable('publishing_index_serials').execute();
  await db.schema.dropIndex('publishing_items_catalog_node').execute();
  await db.schema.dropIndex('publishing_items_index_number').execute();
  await db.schema
    .alterTable('publishing_items')
    .dropColumn('catalog_node_id')
    .dropColumn('index_number')
    .execute();
  await db.schema.dropTable('publishing_catalog_nodes').execute();
}
