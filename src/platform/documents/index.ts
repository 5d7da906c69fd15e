export { docxCell, docxHeading, docxParagraph, docxTable } from './docx.ts';
