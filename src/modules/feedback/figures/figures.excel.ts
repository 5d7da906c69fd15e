/** The figures table as a workbook (one sheet: the county's row, then each org's). */
import ExcelJS from 'exceljs';
import { feedbackMessages } from '../feedback.messages.ts';
import { figuresMessages } from './figures.messages.ts';
import type { FigureSet, Figures } from './figures.queries.ts';
import { figureDefinitions } from './figures.sql.ts';
import { columns, isRate } from './views/figures-table.tsx';

function cells(set: FigureSet): (number | null)[] {
  return columns.map((c) => (isRate(c) ? set.rates[c] : set.counts[c]));
}

const zh: Record<string, string> = {
  ...feedbackMessages['zh-CN'],
  ...figuresMessages['zh-CN'],
};

/** The workbook is in Chinese, the county's working language. */
function t(key: string, vars: Record<string, string> = {}): string {
  return (zh[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}

export async function writeFiguresWorkbook(
  figures: Figures,
  wholeCounty: boolean,
): Promise<Buffer> {
  const countyLabel = t(wholeCounty ? 'feedbackFigures.county' : 'feedbackFigures.total');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('feedbackFigures.title'));
  sheet.addRow([t('feedbackFigures.period', { from: figures.from, to: figures.to })]);
  sheet.addRow([t('feedbackFigures.org'), ...columns.map((c) => t(`feedbackFigures.name.${c}`))]);
  sheet.addRow([countyLabel, ...cells(figures.county)]);
  for (const org of figures.orgs) sheet.addRow([org.name, ...cells(org)]);
  sheet.addRow([]);
  sheet.addRow([t('feedbackFigures.definitions')]);
  for (const c of columns) {
    sheet.addRow([t(`feedbackFigures.name.${c}`), figureDefinitions[c]['zh-CN']]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
