/**
 * A PDF attachment's pages as HTML, so the publication is HTML first. Not done yet: returns null
 * (the page then offers the PDF itself); the column is there for when a text extractor is added.
 */
export async function pdfToHtml(_bytes: Uint8Array): Promise<string | null> {
  return null;
}
