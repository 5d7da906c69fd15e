/**
 * The catalog as a workbook in the shape counties keep (one row per power, RULES.md §8.2's
 * columns): writing the export, and reading an upload into rows checked for shape. Business
 * checks (orgs, duplicates, rights) are in powers.import.ts.
 */
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { AppError } from '../../platform/errors/index.ts';
import { zipUnpackedSize } from '../accounts/index.ts';
import {
  categoryFromText,
  categoryNames,
  formatResponsibilities,
  levelFromText,
  levelNames,
  statusFromText,
  statusNames,
  type PowerCategory,
  type PowerLevel,
  type PowerStatus,
} from './powers.model.ts';
import type { Power } from './powers.queries.ts';
import { phonePattern } from './powers.schemas.ts';

/** The columns, in order; the first six are mandatory in Liaoning (《辽宁省权责清单管理办法》第8条). */
export const powerSheetColumns = [
  { key: 'code', header: '权力编码', required: true, width: 18 },
  { key: 'category', header: '权力类别', required: true, width: 12 },
  { key: 'name', header: '权力名称', required: true, width: 36 },
  { key: 'basis', header: '权力依据', required: true, width: 48 },
  { key: 'org', header: '实施主体', required: true, width: 24 },
  { key: 'level', header: '行使层级', required: false, width: 12 },
  { key: 'responsibilities', header: '责任事项', required: true, width: 60 },
  { key: 'accountability', header: '追责情形', required: false, width: 48 },
  { key: 'supervisionPhone', header: '监督电话', required: false, width: 16 },
  { key: 'status', header: '状态', required: false, width: 12 },
  { key: 'note', header: '备注', required: false, width: 24 },
] as const;

export type PowerSheetColumn = (typeof powerSheetColumns)[number]['key'];

export const expectedHeaders = powerSheetColumns.map((c) => c.header).join('、');

const maxUnpackedBytes = 100 * 1024 * 1024;
const maxDataRows = 30000;

/** One problem of an imported file: Excel's row number, the column, a catalog key and its vars. */
export interface RowProblem {
  row: number;
  column: PowerSheetColumn;
  problem: string;
  vars?: Record<string, string>;
}

const required = (max: number) =>
  z.string().min(1, 'powers.import.problem.required').max(max, 'powers.import.problem.tooLong');
const optionalText = (max: number) => z.string().max(max, 'powers.import.problem.tooLong');

/** A data row of the right shape: values trimmed, category/level/status as code names. */
const powerImportRow = z.object({
  code: required(40)
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,39}$/, 'powers.import.problem.codeInvalid')),
  category: required(20).transform((v, ctx) => {
    const category = categoryFromText(v);
    if (!category)
      ctx.addIssue({ code: 'custom', message: 'powers.import.problem.categoryUnknown' });
    return category as PowerCategory;
  }),
  name: required(200),
  basis: required(4000),
  org: required(100),
  level: optionalText(20).transform((v, ctx) => {
    const level = levelFromText(v);
    if (!level) ctx.addIssue({ code: 'custom', message: 'powers.import.problem.levelUnknown' });
    return level as PowerLevel;
  }),
  responsibilities: required(8000),
  accountability: optionalText(4000),
  supervisionPhone: optionalText(40).regex(phonePattern, 'powers.import.problem.phoneInvalid'),
  status: optionalText(20).transform((v, ctx) => {
    const status = statusFromText(v);
    if (!status) ctx.addIssue({ code: 'custom', message: 'powers.import.problem.statusUnknown' });
    return status as PowerStatus;
  }),
  note: optionalText(1000),
});

export type PowerImportRow = z.infer<typeof powerImportRow> & { row: number };

export interface PowerSheet {
  rows: PowerImportRow[];
  problems: RowProblem[];
  /** Codes of every data row, well-formed or not. */
  codesSeen: Set<string>;
}

/** One row per power, the header in Chinese, codes as text. */
export async function writePowerWorkbook(powers: Power[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sunshine 阳光政务';
  const sheet = workbook.addWorksheet('权责清单');
  sheet.columns = powerSheetColumns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const power of powers) {
    sheet.addRow({
      code: power.code,
      category: categoryNames[power.category],
      name: power.name,
      basis: power.basis,
      org: power.orgName,
      level: levelNames[power.level],
      responsibilities: formatResponsibilities(power.responsibilities),
      accountability: power.accountability,
      supervisionPhone: power.supervisionPhone,
      status: statusNames[power.status],
      note: power.note,
    });
  }
  for (const key of ['code', 'supervisionPhone']) sheet.getColumn(key).numFmt = '@';
  for (const key of ['basis', 'responsibilities', 'accountability']) {
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function fileError(code: string, key: string, message: string, vars?: Record<string, string>) {
  return new AppError('validation', code, message, {
    fields: [{ field: 'file', message: key, ...(vars ? { vars } : {}) }],
  });
}

async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  // An .xlsx is a ZIP file: anything else (a .xls, a CSV renamed) is refused before parsing.
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) {
    throw fileError(
      'power_import_not_xlsx',
      'powers.import.notXlsx',
      '文件：不是 Excel 工作簿（.xlsx） / not an .xlsx workbook',
    );
  }
  const unpacked = zipUnpackedSize(data);
  if (unpacked === undefined || unpacked > maxUnpackedBytes) {
    throw fileError(
      'power_import_too_large',
      'powers.import.tooLarge',
      '文件：内容过大或已损坏 / too large or damaged',
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw fileError(
      'power_import_unreadable',
      'powers.import.unreadable',
      '文件：无法读取 / cannot be read',
    );
  }
  return workbook;
}

/**
 * Reads an uploaded workbook: the first sheet, the header in row 1 matched by its Chinese text.
 * Errors (validation, field `file`): power_import_not_xlsx, power_import_too_large,
 * power_import_unreadable, power_import_bad_header (naming the expected headers),
 * power_import_empty, power_import_too_many_rows.
 */
export async function readPowerWorkbook(data: Buffer): Promise<PowerSheet> {
  const workbook = await loadWorkbook(data);
  const sheet = workbook.worksheets[0];
  if (!sheet)
    throw fileError('power_import_empty', 'powers.import.empty', '文件：没有工作表 / no sheet');
  const columnOf = new Map<PowerSheetColumn, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const column = powerSheetColumns.find((c) => c.header === cell.text.trim());
    if (column && !columnOf.has(column.key)) columnOf.set(column.key, col);
  });
  const missing = powerSheetColumns.filter((c) => c.required && !columnOf.has(c.key));
  if (missing.length > 0) {
    const names = missing.map((c) => c.header).join('、');
    throw fileError(
      'power_import_bad_header',
      'powers.import.badHeader',
      `文件：第 1 行应为表头 ${expectedHeaders}，缺少 ${names} / row 1 must be the header ${expectedHeaders}; missing ${names}`,
      { expected: expectedHeaders, missing: names },
    );
  }
  const result: PowerSheet = { rows: [], problems: [], codesSeen: new Set() };
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (excelRow, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    for (const { key } of powerSheetColumns) {
      const col = columnOf.get(key);
      cells[key] = col === undefined ? '' : excelRow.getCell(col).text.trim();
    }
    if (Object.values(cells).every((value) => value === '')) return;
    count++;
    if (count > maxDataRows) return;
    if (cells.code) result.codesSeen.add(cells.code.toUpperCase());
    const parsed = powerImportRow.safeParse(cells);
    if (parsed.success) {
      result.rows.push({ ...parsed.data, row: rowNumber });
      return;
    }
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? 'code') as PowerSheetColumn;
      if (seen.has(column)) continue;
      seen.add(column);
      result.problems.push({
        row: rowNumber,
        column,
        problem: issue.message,
        vars: { value: cells[column] ?? '' },
      });
    }
  });
  if (count === 0) {
    throw fileError(
      'power_import_empty',
      'powers.import.empty',
      '文件：除表头外没有数据行 / no rows',
    );
  }
  if (count > maxDataRows) {
    throw fileError(
      'power_import_too_many_rows',
      'powers.import.tooManyRows',
      `文件：超过 ${maxDataRows} 行 / more than ${maxDataRows} rows`,
      { max: String(maxDataRows) },
    );
  }
  return result;
}
