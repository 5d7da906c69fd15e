/**
 * Search-result snippets over the original text (not ts_headline, which only sees the segmented
 * words): a window around the first match, HTML-escaped, each match wrapped in <mark>.
 */

export interface HighlightOptions {
  /** The snippet's length in characters (code points), ellipses not counted; default 120. */
  maxLength?: number;
}

const ellipsis = '…';

/** Escapes the five HTML-significant characters; everything we output passes through here. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Whitespace runs (newlines of a body's plain text) as one space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `length` code points of `text` starting at code point `start`, with `…` where it was cut.
 * Never splits a surrogate pair (an emoji or a rare CJK character outside the BMP).
 */
function cutPoints(points: string[], start: number, length: number): string {
  const from = Math.max(0, start);
  const to = Math.min(points.length, from + length);
  return (
    (from > 0 ? ellipsis : '') +
    points.slice(from, to).join('') +
    (to < points.length ? ellipsis : '')
  );
}

/** The first `maxLength` characters of the text (whitespace collapsed), plain, with `…` if cut. */
export function snippet(text: string, maxLength = 120): string {
  return cutPoints(Array.from(collapse(text)), 0, maxLength);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One case-insensitive pattern of all the terms, longest first so 清原满族自治县 wins over 清原. */
function termsPattern(terms: readonly string[]): RegExp | undefined {
  const usable = [...new Set(terms.map((t) => t.trim()).filter((t) => t !== ''))];
  if (usable.length === 0) return undefined;
  usable.sort((a, b) => b.length - a.length);
  return new RegExp(usable.map(escapeRegExp).join('|'), 'giu');
}

/** Escapes a plain piece and marks every match in it. */
function markMatches(piece: string, pattern: RegExp): string {
  let html = '';
  let last = 0;
  for (const match of piece.matchAll(pattern)) {
    html += escapeHtml(piece.slice(last, match.index)) + `<mark>${escapeHtml(match[0])}</mark>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(piece.slice(last));
}

/**
 * An HTML snippet (safe to insert unescaped) of about maxLength characters around the first match
 * of any term, every match inside it in <mark>; the text's start when nothing matches.
 * Example: highlight('为深化商事制度改革，清原满族自治县…', ['清原']) →
 * '为深化商事制度改革，<mark>清原</mark>满族自治县…'.
 */
export function highlight(
  text: string,
  terms: readonly string[],
  options: HighlightOptions = {},
): string {
  const maxLength = Math.max(1, options.maxLength ?? 120);
  const plain = collapse(text);
  const pattern = termsPattern(terms);
  const first = pattern === undefined ? null : new RegExp(pattern.source, 'iu').exec(plain);
  const points = Array.from(plain);
  // Code point index of the first match; a third of the window goes before it.
  const at = first === null ? 0 : Array.from(plain.slice(0, first.index)).length;
  const start = Math.min(
    Math.max(0, at - Math.floor(maxLength / 3)),
    Math.max(0, points.length - maxLength),
  );
  const window = cutPoints(points, start, maxLength);
  return pattern === undefined ? escapeHtml(window) : markMatches(window, pattern);
}
