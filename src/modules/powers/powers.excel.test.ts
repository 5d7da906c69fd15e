import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { isAppError } from '../../platform/errors/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { powerSheetColumns, readPowerWorkbook, writePowerWorkbook } from './powers.excel.ts';
import { importPowers } from './powers.import.ts';
import {
  countPowers,
  findPowerByCode,
  listAdjustments,
  listPowersForExport,
} from './powers.queries.ts';
import { actorWith, catalogDatabase } from './test-support.ts';

const header: string[] = powerSheetColumns.map((c) => c.header);

/** The workbook's cells as text, row by row (the header first). */
async function cellsOf(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) =>
    rows.push(header.map((_, i) => row.getCell(i + 1).text)),
  );
  return rows;
}

async function workbookOf(rows: string[][], columns = header): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('权责清单');
  sheet.addRow(columns);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const good = (code: string, name: string, org = '县民政局'): string[] => [
  code,
  '行政给付',
  name,
  '《社会救助暂行办法》第九条',
  org,
  '县级',
  '受理责任：依法受理\n审核责任：入户调查',
  '',
  '024-53024028',
  '有效',
  '',
];

describe('the catalog in Excel', () => {
  let source: Awaited<ReturnType<typeof catalogDatabase>>;
  let target: Awaited<ReturnType<typeof catalogDatabase>>;
  const system = systemContext('test');
  before(async () => {
    [source, target] = await Promise.all([
      catalogDatabase({ catalog: true }),
      catalogDatabase({ catalog: false }),
    ]);
  });
  after(async () => {
    await Promise.all([source.close(), target.close()]);
  });

  it('round-trips: export, import into a fresh database, export again — the same catalog', async () => {
    const exported = await writePowerWorkbook(await listPowersForExport(source.db));
    const cells = await cellsOf(exported);
    assert.deepEqual(cells[0], header);
    assert.equal(cells.length - 1, 217);
    assert.ok(
      cells.some(
        (r) => r[0] === 'XK-ZRZYJ-006' && r[5] === '乡镇（街道）' && r[9] === '已下放乡镇',
      ),
    );
    assert.ok(cells.some((r) => r[0] === 'XK-JYJ-003' && r[9] === '已取消'));

    const result = await importPowers(
      target.db,
      target.clock,
      system,
      await readPowerWorkbook(exported),
      {
        goodRowsOnly: false,
        documentNumber: '清政发〔2026〕1号',
      },
    );
    assert.deepEqual(result, { created: 217, updated: 0, unchanged: 0, skipped: [] });
    const again = await cellsOf(await writePowerWorkbook(await listPowersForExport(target.db)));
    assert.deepEqual(again, cells);

    const food = (await findPowerByCode(target.db, 'XK-SCJGJ-001'))!;
    const original = (await findPowerByCode(source.db, 'XK-SCJGJ-001'))!;
    assert.deepEqual(
      { ...food, id: 0, orgId: 0, orgPath: '', version: 0, updatedAt: null },
      { ...original, id: 0, orgId: 0, orgPath: '', version: 0, updatedAt: null },
    );
    const [add] = await listAdjustments(target.db, food.id);
    assert.equal(add?.documentNumber, '清政发〔2026〕1号');
    assert.equal(add?.adoptedOn, '2026-09-30');

    // Importing the same file again changes nothing.
    const second = await importPowers(
      target.db,
      target.clock,
      system,
      await readPowerWorkbook(exported),
      {
        goodRowsOnly: false,
        documentNumber: '',
      },
    );
    assert.equal(second.unchanged, 217);
  });

  it('reports every bad row with its number and reason, and saves nothing', async () => {
    const file = await workbookOf([
      good('JF-MZJ-801', '高龄津贴'),
      [
        'JF-MZJ-802',
        '行政审批',
        '老年人优待证办理',
        '《中华人民共和国老年人权益保障法》',
        '县民政局',
        '',
        '受理责任：受理',
        '',
        '',
        '',
        '',
      ],
      ['JF-MZJ-803', '行政服务', '某事项', '《某法》', '县民政局', '', '受理', '', '', '', ''],
      good('JF-MZJ-801', '重复的编码'),
      good('JF-MZJ-805', '单位不存在', '县不存在局'),
      ['JF-MZJ-806', '行政给付', '', '《社会救助暂行办法》', 'mzj', '省级', '受理', '', '', '', ''],
    ]);
    const before = await countPowers(target.db, { statuses: ['active', 'delegated', 'cancelled'] });
    await assert.rejects(
      importPowers(target.db, target.clock, system, await readPowerWorkbook(file), {
        goodRowsOnly: false,
        documentNumber: '',
      }),
      (error: unknown) => {
        assert.ok(isAppError(error) && error.code === 'power_import_invalid');
        const rows = error.details.rows as { row: number; column: string; problem: string }[];
        assert.deepEqual(
          rows.map(
            (r) => `${r.row} ${r.column} ${r.problem.replace('powers.import.problem.', '')}`,
          ),
          [
            '4 category categoryUnknown',
            '5 code codeDuplicate',
            '6 org orgUnknown',
            '7 name required',
            '7 level levelUnknown',
          ],
        );
        return true;
      },
    );
    assert.equal(
      await countPowers(target.db, { statuses: ['active', 'delegated', 'cancelled'] }),
      before,
    );
    // 行政审批 is read as 行政许可 (RULES.md §8.1), so row 3 was good.
    const partial = await importPowers(
      target.db,
      target.clock,
      system,
      await readPowerWorkbook(file),
      {
        goodRowsOnly: true,
        documentNumber: '',
      },
    );
    assert.equal(partial.created, 2);
    assert.equal(partial.skipped.length, 5);
    assert.equal((await findPowerByCode(target.db, 'JF-MZJ-802'))?.category, 'permit');
  });

  it('names the expected headers when the header row is wrong', async () => {
    const file = await workbookOf([['X-1', '行政许可']], ['编码', '类别', '名称']);
    await assert.rejects(readPowerWorkbook(file), (error: unknown) => {
      assert.ok(isAppError(error) && error.code === 'power_import_bad_header');
      const vars = error.details.fields?.[0]?.vars;
      assert.equal(vars?.expected, header.join('、'));
      assert.match(
        String(vars?.missing),
        /权力编码、权力类别、权力名称、权力依据、实施主体、责任事项/,
      );
      return true;
    });
  });

  it('refuses rows of an org the importer does not keep, and status changes backwards', async () => {
    const officer = await actorWith(target.db, 'department_officer', 'jyj');
    const file = await workbookOf([
      good('JF-MZJ-801', '高龄津贴（改）'),
      [...good('XK-JYJ-003', '校外培训机构设立审批', '县教育局').slice(0, 9), '有效', ''],
    ]);
    await assert.rejects(
      importPowers(target.db, target.clock, officer, await readPowerWorkbook(file), {
        goodRowsOnly: false,
        documentNumber: '',
      }),
      (error: unknown) => {
        const rows = (isAppError(error) ? error.details.rows : []) as {
          row: number;
          problem: string;
        }[];
        assert.deepEqual(
          rows.map((r) => `${r.row} ${r.problem}`),
          ['2 powers.import.problem.notAllowed', '3 powers.import.problem.statusChange'],
        );
        return true;
      },
    );
  });
});
