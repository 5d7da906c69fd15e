/**
 * A PDF attachment's text as HTML, so the publication reads as HTML first (issue 8): each page a
 * section, each block of lines a paragraph, all text escaped. A PDF without text (a scan) or one
 * that cannot be read gets none (null): the page then offers the PDF itself.
 */
import { extractText, getDocumentProxy } from 'unpdf';

/** Pages read at most; a longer document's rendering says it stops there. */
export const maxRenderedPages = 200;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** One page's text as paragraphs: blank lines separate them, lines within one are joined. */
function pageHtml(text: string, page: number): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map(escapeHtml)
        .join('<br />'),
    )
    .filter(Boolean);
  if (paragraphs.length === 0) return '';
  return `<section data-page="${page}">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</section>`;
}

export async function pdfToHtml(bytes: Uint8Array): Promise<string | null> {
  try {
    // A copy: pdf.js takes over (detaches) the buffer it is given.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), {
      isEvalSupported: false,
      verbosity: 0,
    });
    try {
      if (pdf.numPages > maxRenderedPages) return null;
      const { text } = await extractText(pdf, { mergePages: false });
      const html = text.map((page, i) => pageHtml(page, i + 1)).join('');
      return html === '' ? null : html;
    } finally {
      await pdf.destroy();
    }
  } catch {
    // Damaged, encrypted or otherwise unreadable: the PDF stays the only form.
    return null;
  }
}
