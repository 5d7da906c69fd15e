/**
 * The monthly report as rows of text, shared by the HTML page and the .docx so both say the same:
 * each figure with its value and its definition, the per-org table, the matter lists.
 */
import type { Translate } from '../../platform/i18n/index.ts';
import type { SupervisedMatterItem } from './matters.queries.ts';
import type { MonthlyReport } from './report.service.ts';
import { summaryFields, summaryValue, type Summary, type SummaryField } from './summary.service.ts';

/** A rate as a percentage with 2 decimals ("100.00%"), a count as itself, none as "—". */
export function formatFigure(figure: SummaryField, value: number | null): string {
  if (value === null) return '—';
  return figure.endsWith('Rate') ? `${(value * 100).toFixed(2)}%` : String(value);
}

/** [label, value, definition] for each figure. */
export function figureRows(summary: Summary, t: Translate): [string, string, string][] {
  return summaryFields.map((f) => [
    t(`supervision.report.figure.${f}`),
    formatFigure(f, summaryValue(summary, f)),
    t(`supervision.report.def.${f}`),
  ]);
}

/** The per-org table's columns: the counts and rates a county report compares. */
export const orgColumns: SummaryField[] = [
  'accepted',
  'completed',
  'completionRate',
  'onTime',
  'onTimeRate',
  'early',
  'overdueCompleted',
  'overdueOpen',
  'returned',
  'returnedWithoutReason',
  'refused',
];

export function orgHeader(t: Translate): string[] {
  return [
    t('supervision.report.col.org'),
    ...orgColumns.map((f) => t(`supervision.report.figure.${f}`)),
  ];
}

export function orgRows(report: MonthlyReport): string[][] {
  return report.byOrg.map((g) => [
    g.label,
    ...orgColumns.map((f) => formatFigure(f, summaryValue(g.summary, f))),
  ]);
}

/** The columns of a matter list; the overdue lists show the due date too. */
export function matterHeader(t: Translate, withDue: boolean): string[] {
  return [
    t('supervision.report.col.matterId'),
    t('supervision.report.col.matterType'),
    t('supervision.report.col.org'),
    t('supervision.report.col.itemCode'),
    t('supervision.report.col.acceptedOn'),
    ...(withDue ? [t('supervision.report.col.dueOn')] : []),
    t('supervision.report.col.outcomeOn'),
  ];
}

export function matterRows(items: SupervisedMatterItem[], t: Translate, withDue: boolean) {
  return items.map((m) => [
    m.matterId,
    t(`supervision.report.matterType.${m.matterType}`),
    m.orgName,
    m.itemCode ?? '—',
    m.acceptedOn ?? '—',
    ...(withDue ? [m.dueOn ?? '—'] : []),
    m.outcomeOn ?? '—',
  ]);
}

/** The report's title, e.g. "清原满族自治县2026年10月电子监察月报". */
export function reportTitle(report: MonthlyReport, t: Translate): string {
  return t('supervision.report.titleOf', {
    name: report.subject.name,
    year: report.year,
    month: report.monthNumber,
  });
}
