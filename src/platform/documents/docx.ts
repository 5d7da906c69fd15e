/**
 * The shapes Sunshine's Word reports share (the FOI annual report, supervision's monthly report):
 * a full-width table with a bold header row that repeats on each page, headings, plain paragraphs.
 */
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export const docxCell = (text: string, bold = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })],
  });

/** A table across the page; the header row repeats on every page. */
export function docxTable(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => docxCell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => docxCell(v)) })),
    ],
  });
}

export const docxHeading = (text: string, level: 'h2' | 'h3' = 'h2') =>
  new Paragraph({
    heading: level === 'h2' ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    children: [new TextRun(text)],
  });

export const docxParagraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
