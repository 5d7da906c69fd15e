/**
 * The org tree as an Excel workbook (.xlsx): writing the export, and reading an upload into rows
 * checked for shape (zod). Business checks of an import (parents, duplicates, cycles) are in
 * orgs.import.ts.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors/index.ts';
import type { OrgSummary } from './orgs.queries.ts';
import {
  orgImportRow,
  orgKindLabels,
  orgSheetColumns,
  orgStatusLabels,
  type OrgImportRow,
  type OrgSheetColumn,
} from './orgs.schemas.ts';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Upload limits: the multipart limit is 5 MB; unpacked, the workbook may not exceed this. */
const maxUnpackedBytes = 100 * 1024 * 1024;
const maxDataRows = 5000;

/** One problem of an imported file: Excel's row number, the column, a catalog key and its vars. */
export interface RowProblem {
  row: number;
  column: OrgSheetColumn;
  problem: string;
  vars?: Record<string, string>;
}

/** What an upload holds: rows of the right shape, the problems of the others, every code seen. */
export interface OrgSheet {
  rows: OrgImportRow[];
  problems: RowProblem[];
  /** Codes of every data row, well-formed or not, so a child of a bad row is not also "unknown parent". */
  codesSeen: Set<string>;
  /** The optional columns present in the file; a column left out keeps the existing values. */
  columns: Set<OrgSheetColumn>;
}

/** `Content-Disposition` for a download, with the RFC 5987 form when the name is not ASCII. */
export function attachmentDisposition(filename: string): string {
  if (/^[\x20-\x7e]+$/.test(filename) && !/["\\]/.test(filename)) {
    return `attachment; filename="${filename}"`;
  }
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRFC5987(filename)}`;
}

function encodeRFC5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** One row per org (the tree's order is the caller's), the header in Chinese. */
export async function writeOrgWorkbook(orgs: OrgSummary[]): Promise<Buffer> {
  const codeOf = new Map(orgs.map((o) => [o.id, o.code]));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sunshine 阳光政务';
  const sheet = workbook.addWorksheet('机构');
  sheet.columns = orgSheetColumns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const org of orgs) {
    sheet.addRow({
      code: org.code,
      name: org.name,
      nameEn: org.nameEn,
      kind: orgKindLabels[org.kind],
      parentCode: org.parentId === null ? '' : (codeOf.get(org.parentId) ?? ''),
      sortOrder: org.sortOrder,
      contactPhone: org.contactPhone,
      contactAddress: org.contactAddress,
      status: org.isActive ? orgStatusLabels.active : orgStatusLabels.inactive,
    });
  }
  // Codes such as 210423 must stay text, or Excel shows them as numbers and drops leading zeros.
  sheet.getColumn('code').numFmt = '@';
  sheet.getColumn('parentCode').numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function fileError(code: string, key: string, message: string): AppError {
  return new AppError('validation', code, message, { fields: [{ field: 'file', message: key }] });
}

/**
 * Reads an uploaded workbook: the first sheet, the header in row 1 matched by its Chinese text,
 * every non-empty row after it. Errors (validation, field `file`): org_import_not_xlsx,
 * org_import_too_large, org_import_unreadable, org_import_no_header, org_import_empty,
 * org_import_too_many_rows.
 */
export async function readOrgWorkbook(data: Buffer): Promise<OrgSheet> {
  // An .xlsx is a ZIP file: anything else (a .xls, a CSV renamed) is refused before parsing.
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) {
    throw fileError(
      'org_import_not_xlsx',
      'orgs.import.notXlsx',
      '文件：不是 Excel 工作簿（.xlsx），请用 Excel 或 WPS 另存为 .xlsx 后再上传 / File: not an Excel workbook (.xlsx)',
    );
  }
  const unpacked = zipUnpackedSize(data);
  if (unpacked === undefined || unpacked > maxUnpackedBytes) {
    throw fileError(
      'org_import_too_large',
      'orgs.import.tooLarge',
      '文件：内容过大或已损坏 / File: too large when unpacked, or damaged',
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw fileError(
      'org_import_unreadable',
      'orgs.import.unreadable',
      '文件：无法读取，请确认是 Excel 工作簿（.xlsx）且未加密 / File: cannot be read',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw fileError('org_import_empty', 'orgs.import.empty', '文件：没有工作表 / File: no sheet');
  }

  const columnOf = new Map<OrgSheetColumn, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const column = orgSheetColumns.find((c) => c.header === cell.text.trim());
    if (column && !columnOf.has(column.key)) columnOf.set(column.key, col);
  });
  const missing = orgSheetColumns.filter((c) => c.required && !columnOf.has(c.key));
  if (missing.length > 0) {
    const headers = missing.map((c) => c.header).join('、');
    throw new AppError(
      'validation',
      'org_import_no_header',
      `文件：第 1 行缺少列 ${headers} / File: row 1 lacks the columns ${headers}`,
      { fields: [{ field: 'file', message: 'orgs.import.noHeader' }], missing: headers },
    );
  }

  const result: OrgSheet = {
    rows: [],
    problems: [],
    codesSeen: new Set(),
    columns: new Set(columnOf.keys()),
  };
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (excelRow, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    for (const [key, col] of columnOf) cells[key] = excelRow.getCell(col).text.trim();
    if (Object.values(cells).every((value) => value === '')) return;
    count++;
    if (count > maxDataRows) return;
    if (cells.code) result.codesSeen.add(cells.code);
    const parsed = orgImportRow.safeParse(cells);
    if (parsed.success) {
      result.rows.push({ ...parsed.data, row: rowNumber });
      return;
    }
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? 'code') as OrgSheetColumn;
      if (seen.has(column)) continue;
      seen.add(column);
      result.problems.push({ row: rowNumber, column, problem: issue.message });
    }
  });
  if (count === 0) {
    throw fileError(
      'org_import_empty',
      'orgs.import.empty',
      '文件：除表头外没有数据行 / File: no rows below the header',
    );
  }
  if (count > maxDataRows) {
    throw fileError(
      'org_import_too_many_rows',
      'orgs.import.tooManyRows',
      `文件：超过 ${maxDataRows} 行 / File: more than ${maxDataRows} rows`,
    );
  }
  return result;
}

/**
 * The total unpacked size declared by a ZIP's central directory, or undefined if the directory
 * cannot be read (or uses ZIP64): a small upload must not unpack into gigabytes.
 */
export function zipUnpackedSize(data: Buffer): number | undefined {
  const endSignature = 0x06054b50;
  const entrySignature = 0x02014b50;
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === endSignature) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== entrySignature) return undefined;
    const size = data.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return undefined;
    total += size;
    offset +=
      46 +
      data.readUInt16LE(offset + 28) +
      data.readUInt16LE(offset + 30) +
      data.readUInt16LE(offset + 32);
  }
  return total;
}
