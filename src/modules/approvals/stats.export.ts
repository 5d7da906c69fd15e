/**
 * The statistics of cases as an .xlsx workbook: one sheet per grouping with the page's columns
 * (rates as percentages), and a sheet with the definitions (RULES.md §4.5), in Chinese.
 */
import ExcelJS from 'exceljs';
import type { CaseStatistics, StatsFigures } from './stats.service.ts';
import { statsMessages } from './stats.messages.ts';
import { statsColumns } from './views/stats.page.tsx';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const words = statsMessages['zh-CN'];
const rates = new Set<string>(['instantShare', 'onTimeRate', 'earlyRate']);

function nameOf(stats: CaseStatistics, group: CaseStatistics['groups'][number]): string {
  if (stats.groupBy === 'window') {
    return group.key
      ? `${group.centerName ?? ''} ${group.code} ${group.name}`
      : words['approvalsStats.online']!;
  }
  return stats.groupBy === 'item' ? `${group.code} ${group.name}` : group.name;
}

function addSheet(workbook: ExcelJS.Workbook, stats: CaseStatistics): void {
  const sheet = workbook.addWorksheet(words[`approvalsStats.group.${stats.groupBy}`]!);
  sheet.columns = [
    { header: words[`approvalsStats.group.${stats.groupBy}`]!, key: 'name', width: 36 },
    ...statsColumns.map((c) => ({
      header: words[`approvalsStats.col.${c}`]!,
      key: c,
      width: rates.has(c) ? 14 : 10,
      style: rates.has(c) ? { numFmt: '0.00%' } : {},
    })),
  ];
  const add = (name: string, figures: StatsFigures) =>
    sheet.addRow({ name, ...Object.fromEntries(statsColumns.map((c) => [c, figures[c] ?? ''])) });
  for (const group of stats.groups) add(nameOf(stats, group), group);
  add(words['approvalsStats.total']!, stats.total).font = { bold: true };
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
}

export async function exportStatistics(tables: CaseStatistics[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const stats of tables) addSheet(workbook, stats);
  const notes = workbook.addWorksheet(words['approvalsStats.definitions']!);
  notes.columns = [{ key: 'text', width: 120 }];
  const first = tables[0];
  if (first)
    notes.addRow({
      text: `${words['approvalsStats.period']}：${first.from} 至 ${first.to}（统计日 ${first.asOf}）`,
    });
  for (const d of ['source', 'onTime', 'early', 'instant', 'overdue']) {
    notes.addRow({ text: words[`approvalsStats.def.${d}`] });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
