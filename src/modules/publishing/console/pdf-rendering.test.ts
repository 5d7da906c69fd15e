import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './console.test-support.ts';
import { pdfToHtml } from './pdf-rendering.ts';

describe('pdfToHtml', () => {
  it('renders the text of a PDF page as escaped HTML paragraphs', async () => {
    const html = await pdfToHtml(fixture('notice.pdf'));
    assert.equal(
      html,
      '<section data-page="1"><p>Qingyuan County notice<br />Registration reform 2026</p></section>',
    );
  });

  it('gives null for what is not a readable PDF', async () => {
    assert.equal(await pdfToHtml(fixture('photo-renamed.pdf')), null);
    assert.equal(await pdfToHtml(Buffer.from('%PDF-1.4\n garbage')), null);
  });
});
