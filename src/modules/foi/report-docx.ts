/**
 * The annual report as a Word document in the 国办公开办函〔2021〕30号 layout: the six sections in
 * order, table 二 (marked when entered by hand), table 三 with its top-left note, table 四, and the
 * results of the 勾稽 checks.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { docxTable as table } from '../../platform/documents/index.ts';
import type { AnnualReport } from './annual-report.ts';

const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
const paragraphs = (text: string | undefined, empty: string) =>
  (text?.trim() ? text : empty)
    .split(/\n+/)
    .map((p) => new Paragraph({ children: [new TextRun(p)] }));

/** The report of `title` (e.g. "清原满族自治县人民政府2025年政府信息公开工作年度报告"). */
export async function annualReportDocx(report: AnnualReport, title: string): Promise<Buffer> {
  const { applications, reviews, proactive, sections } = report;
  const notWritten = '（本部分由政务公开工作机构撰写，尚未填写。）';
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
          heading('一、总体情况'),
          ...paragraphs(sections?.overview, notWritten),
          heading('二、主动公开政府信息情况'),
          new Paragraph({
            children: [
              new TextRun(
                proactive.source === 'manual'
                  ? '（本表数据由政务公开工作机构人工填写。）'
                  : '（本表数据尚未填写。）',
              ),
            ],
          }),
          table(
            ['条款', '信息内容', '数量'],
            proactive.rows.map((r) => [
              r.item,
              r.label,
              r.columns.map((c, i) => `${c}：${r.values[i] ?? '—'}`).join('；'),
            ]),
          ),
          heading('三、收到和处理政府信息公开申请情况'),
          table(
            [
              '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
              ...applications.columns,
            ],
            applications.rows.map((r) => [r.label, ...r.values.map(String)]),
          ),
          heading('四、政府信息公开行政复议、行政诉讼情况'),
          table(reviews.columns, [reviews.values.map(String)]),
          heading('五、存在的主要问题及改进情况'),
          ...paragraphs(sections?.problems, notWritten),
          heading('六、其他需要报告的事项'),
          ...paragraphs(sections?.otherMatters, notWritten),
          heading('附：数据校验'),
          ...report.checks.map(
            (c) =>
              new Paragraph({
                children: [new TextRun(`${c.ok ? '✓' : '✗'} ${c.rule}：${c.detail}`)],
              }),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
