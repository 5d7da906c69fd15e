import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import type { AuditTables } from '../../platform/audit/index.ts';
import type { AccountsTables } from './accounts.tables.ts';
import { attachmentDisposition, zipUnpackedSize } from './orgs.excel.ts';
import { findOrgByCode, listOrgHistory } from './orgs.queries.ts';
import { getOrgByCode } from './orgs.service.ts';

const header = [
  '代码',
  '名称',
  '英文名称',
  '类型',
  '上级代码',
  '排序',
  '联系电话',
  '联系地址',
  '状态',
];

/** A workbook as an admin would make it in Excel: the header row, then the rows given. */
async function workbookOf(rows: (string | number)[][], columns = header): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('机构');
  sheet.addRow(columns);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A multipart/form-data body with one file field, as a browser sends the import form. */
function upload(filename: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = '----sunshine-test-boundary';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
          `Content-Type: ${type}\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('org tree in Excel', () => {
  let t: TestApp;
  let db: Kysely<AccountsTables>;
  let admin: string;
  const countOrgs = async () =>
    Number(
      (
        await db
          .selectFrom('accountsOrgs')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const importFile = async (cookie: string, file: ReturnType<typeof upload>) => {
    const form = await formSession(t.app, '/staff/orgs', cookie);
    return t.app.inject({
      method: 'POST',
      url: `/staff/orgs/import?_csrf=${encodeURIComponent(form.token)}`,
      headers: { cookie: form.cookie, ...file.headers },
      payload: file.payload,
    });
  };

  before(async () => {
    t = await createTestApp({ demo: true });
    db = t.database.db as Kysely<AccountsTables>;
    admin = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
  });
  after(() => t.close());

  it('exports one row per org with a Chinese header, as an .xlsx download', async () => {
    const response = await t.app.inject({
      url: '/staff/orgs/export.xlsx',
      headers: { cookie: admin },
    });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], xlsxType);
    assert.equal(
      response.headers['content-disposition'],
      'attachment; filename="orgs-2026-09-30.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push(header.map((_, i) => row.getCell(i + 1).text)));
    assert.deepEqual(rows[0], header);
    const data = rows.slice(1);
    assert.ok(data.length >= 53, `${data.length} orgs`);
    assert.deepEqual(data[0]?.slice(0, 5), [
      '210423',
      '清原满族自治县人民政府',
      "People's Government of Qingyuan Manchu Autonomous County",
      '政府',
      '',
    ]);
    const townships = data.filter((r) => r[3] === '乡镇');
    assert.equal(townships.length, 14);
    assert.ok(townships.every((r) => r[4] === '210423' && r[8] === '有效'));
    assert.ok(data.some((r) => r[0] === 'qyz-bmfw' && r[3] === '服务中心' && r[4] === 'qyz'));
    assert.equal(typeof sheet.getCell('A2').value, 'string', 'codes stay text');
  });

  it('names a non-ASCII download in the RFC 5987 form', () => {
    assert.equal(
      attachmentDisposition('机构-2026.xlsx'),
      `attachment; filename="__-2026.xlsx"; filename*=UTF-8''%E6%9C%BA%E6%9E%84-2026.xlsx`,
    );
  });

  it('imports a workbook: creates new orgs (parents after children too) and updates others by code', async () => {
    const before = await getOrgByCode(db, 'jyj');
    const file = await workbookOf([
      ['xzspb-w1', '企业开办窗口', 'Business Start-up Window', '窗口', 'xzspb-ck', 1, '', '', ''],
      [
        'jyj',
        '县教育和体育局',
        'Education and Sports Bureau',
        '部门',
        '210423',
        3,
        '024-53020000',
        '',
        '有效',
      ],
      ['xzspb-ck', '行政审批服务大厅', '', '服务中心', 'xzspb', 1, '', '清原镇中心路 1 号', ''],
      ['rfb', '县人民防空办公室', 'Civil Air Defence Office', '部门', 'yjj', 33, '', '', '有效'],
      [
        '210423',
        '清原满族自治县人民政府',
        "People's Government of Qingyuan Manchu Autonomous County",
        '政府',
        '',
        0,
        '',
        '',
        '有效',
      ],
    ]);
    const response = await importFile(admin, upload('机构.xlsx', file, xlsxType));
    assert.equal(response.statusCode, 200, response.body.slice(0, 2000));
    assert.match(response.body, /新增机构：2 个/);
    assert.match(response.body, /更新机构：2 个/);
    assert.match(response.body, /没有变化：1 个/);

    const hall = await getOrgByCode(db, 'xzspb-ck');
    const window = await getOrgByCode(db, 'xzspb-w1');
    const xzspb = await getOrgByCode(db, 'xzspb');
    assert.equal(hall.path, `${xzspb.path}${hall.id}/`);
    assert.equal(window.path, `${hall.path}${window.id}/`);
    assert.equal(window.kind, 'window');
    assert.equal(hall.contactAddress, '清原镇中心路 1 号');

    const jyj = await getOrgByCode(db, 'jyj');
    assert.equal(jyj.id, before.id);
    assert.equal(jyj.name, '县教育和体育局');
    assert.equal(jyj.contactPhone, '024-53020000');
    assert.deepEqual(
      (await listOrgHistory(db, jyj.id)).map((h) => [h.change, h.name]),
      [
        ['created', '县教育局'],
        ['renamed', '县教育和体育局'],
      ],
    );
    const rfb = await getOrgByCode(db, 'rfb');
    const yjj = await getOrgByCode(db, 'yjj');
    assert.equal(rfb.path, `${yjj.path}${rfb.id}/`);

    const actions = await (t.database.db as Kysely<AuditTables>)
      .selectFrom('auditLog')
      .select(['action', 'orgCode'])
      .where('action', 'in', ['accounts.org.create', 'accounts.org.update'])
      .orderBy('id')
      .execute();
    assert.deepEqual(actions.map((a) => `${a.action} ${a.orgCode}`).sort(), [
      'accounts.org.create xzspb-ck',
      'accounts.org.create xzspb-w1',
      'accounts.org.update jyj',
      'accounts.org.update rfb',
    ]);
  });

  it('lists every bad row with its number and what to fix, and saves nothing', async () => {
    const before = await countOrgs();
    const file = await workbookOf([
      ['ok-new', '一个没问题的新机构', '', '部门', '210423', '', '', '', ''], // row 2
      ['bad code!', '代码不对', '', '部门', '210423', '', '', '', ''], // row 3
      ['no-name', '', '', '部门', '210423', '', '', '', ''], // row 4
      ['bad-kind', '类型不对', '', '局', '210423', '', '', '', ''], // row 5
      ['ok-new', '重复的代码', '', '部门', '210423', '', '', '', ''], // row 6
      ['orphan', '上级不存在', '', '窗口', 'nope', '', '', '', ''], // row 7
      ['loop-a', '循环甲', '', '窗口', 'loop-b', '', '', '', ''], // row 8
      ['loop-b', '循环乙', '', '窗口', 'loop-a', '', '', '', ''], // row 9
      ['mzj', '县民政局', '', '部门', 'mzj', 'abc', '', '', '停用'], // row 10
    ]);
    const response = await importFile(admin, upload('orgs.xlsx', file, xlsxType));
    assert.equal(response.statusCode, 422);
    const problems = [...response.body.matchAll(/<li>(第 \d+ 行：[^<]+)<\/li>/g)].map((m) => m[1]);
    assert.deepEqual(problems, [
      '第 3 行：代码：只能使用 1–40 个英文字母、数字、点、下划线或连字符',
      '第 4 行：名称：请填写机构名称',
      '第 5 行：类型：请填写 政府、部门、乡镇、服务中心 或 窗口',
      '第 6 行：代码：与第 2 行的代码重复，每个代码只能出现一次',
      '第 7 行：上级代码：没有代码为 nope 的机构，文件中也没有',
      '第 8 行：上级代码：上级关系形成了循环：机构不能是自己或自己下级机构的下级',
      '第 9 行：上级代码：上级关系形成了循环：机构不能是自己或自己下级机构的下级',
      '第 10 行：排序：请填写整数，例如 10',
      '第 10 行：状态：请填写 有效 或 已撤销，或者留空',
    ]);
    assert.match(response.body, /文件：下列各行需要修改，未保存任何内容/);
    assert.equal(await countOrgs(), before);
    assert.equal(await findOrgByCode(db, 'ok-new'), undefined);
  });

  it('answers a file that is not an .xlsx with a clear message, never a server error', async () => {
    const csv = upload('orgs.csv', Buffer.from('代码,名称\nmzj,县民政局\n'), 'text/csv');
    const response = await importFile(admin, csv);
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /文件：不是 Excel 工作簿（.xlsx）/);

    const fake = upload('fake.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'), xlsxType);
    const broken = await importFile(admin, fake);
    assert.equal(broken.statusCode, 422);
    assert.match(broken.body, /文件：/);

    const none = await importFile(admin, upload('', Buffer.alloc(0)));
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /文件：请选择要导入的 .xlsx 文件/);

    const headerless = await importFile(
      admin,
      upload('x.xlsx', await workbookOf([['mzj', '县民政局']], ['code', 'name']), xlsxType),
    );
    assert.equal(headerless.statusCode, 422);
    assert.match(headerless.body, /第 1 行缺少必需的列/);
  });

  it('needs the CSRF token in the URL, and an admin', async () => {
    const file = upload('orgs.xlsx', await workbookOf([]), xlsxType);
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/staff/orgs/import',
      headers: { cookie: admin, ...file.headers },
      payload: file.payload,
    });
    assert.equal(noToken.statusCode, 403);
    const officer = await signIn(t.app, 'minzheng', 'Sunshine-minzheng-2026');
    assert.equal((await importFile(officer, file)).statusCode, 403);
  });

  it('reads the unpacked size from the ZIP directory', async () => {
    const file = await workbookOf([['a', 'b', '', '部门', '210423']]);
    const size = zipUnpackedSize(file);
    assert.ok(size !== undefined && size > file.length);
    assert.equal(zipUnpackedSize(Buffer.from('PK\u0003\u0004')), undefined);
  });
});
