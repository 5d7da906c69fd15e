/**
 * Chinese full-text search, the part without SQL (issue 8; notes in issue8-search.md): jieba
 * word segmentation (@node-rs/jieba, lazy singleton) with a domain dictionary (domain-words.txt)
 * and alias groups (aliases.ts), the tsquery text for `to_tsquery('simple', $1)`, and <mark>ed
 * HTML snippets. The database only ever sees space-separated words, the same on PGlite and
 * PostgreSQL: store `to_tsvector('simple', segmentForIndex(title + body))` with dictionaryVersion().
 *
 * Example: `segmentForIndex('清原满族自治县推行五证合一')` contains '清原' and '五证合一';
 * `const terms = queryTerms('清原 五证合一')` → ['清原', '五证合一'];
 * `toTsQuery(terms)` → `'清原' & '五证合一'`; `highlight(body, terms)` → '…<mark>清原</mark>满族…'.
 */
export {
  addWords,
  dictionaryVersion,
  maxQueryTerms,
  queryTerms,
  segmentForIndex,
  toTsQuery,
} from './segment.ts';
export { aliasGroups } from './aliases.ts';
export { escapeHtml, highlight, snippet } from './highlight.ts';
export { htmlToText } from './text.ts';
export type { HighlightOptions } from './highlight.ts';
