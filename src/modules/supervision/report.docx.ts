/**
 * The monthly supervision report as a Word document: the same sections and rows as the HTML page
 * (report.rows.ts), in the table and heading shapes of the FOI annual report (foi/report-docx.ts).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import {
  docxHeading as heading,
  docxParagraph as paragraph,
  docxTable as table,
} from '../../platform/documents/index.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import {
  figureRows,
  matterHeader,
  matterRows,
  orgHeader,
  orgRows,
  reportTitle,
} from './report.rows.ts';
import type { MatterList, MonthlyReport } from './report.service.ts';

function matters(t: Translate, caption: string, list: MatterList, withDue: boolean) {
  if (list.total === 0) return [heading(caption, 'h3'), paragraph(t('supervision.report.none'))];
  return [
    heading(`${caption}（${list.total}）`, 'h3'),
    table(matterHeader(t, withDue), matterRows(list.items, t, withDue)),
    ...(list.total > list.items.length
      ? [paragraph(t('supervision.report.more', { shown: list.items.length, total: list.total }))]
      : []),
  ];
}

/** The report as .docx, its strings from `t` (the zh-CN catalog for the official copy). */
export async function monthlyReportDocx(report: MonthlyReport, t: Translate): Promise<Buffer> {
  const title = reportTitle(report, t);
  const { period, warnings } = report;
  const document = new Document({
    creator: 'Sunshine',
    title,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            heading: HeadingLevel.TITLE,
            children: [new TextRun(title)],
          }),
          paragraph(t('supervision.report.period', { ...period })),
          heading(t('supervision.report.section.figures')),
          table(
            [
              t('supervision.report.col.figure'),
              t('supervision.report.col.value'),
              t('supervision.report.col.definition'),
            ],
            figureRows(report.summary, t),
          ),
          heading(t('supervision.report.section.orgs')),
          report.byOrg.length === 0
            ? paragraph(t('supervision.report.noneOrgs'))
            : table(orgHeader(t), orgRows(report)),
          heading(t('supervision.report.section.overdue')),
          ...matters(
            t,
            t('supervision.report.caption.overdueOpen', { asOf: period.asOf }),
            report.overdueOpen,
            true,
          ),
          ...matters(
            t,
            t('supervision.report.caption.overdueCompleted'),
            report.overdueCompleted,
            true,
          ),
          heading(t('supervision.report.section.reasons')),
          ...matters(
            t,
            t('supervision.report.caption.returned'),
            report.returnedWithoutReason,
            false,
          ),
          ...matters(
            t,
            t('supervision.report.caption.refused'),
            report.refusedWithoutReason,
            false,
          ),
          heading(t('supervision.report.section.warnings')),
          paragraph(t('supervision.report.warningsTotal', { count: warnings.total })),
          ...(warnings.total > 0
            ? [
                table(
                  [t('supervision.report.col.stage'), t('supervision.report.col.count')],
                  warnings.byStage.map((s) => [
                    t(`supervision.report.stage.${s.stage}`),
                    String(s.count),
                  ]),
                ),
              ]
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
