/**
 * Rich text as it may be stored and shown: an allow-list of elements and attributes (headings,
 * paragraphs, lists, quotations, tables with their accessibility attributes, links and images);
 * everything else is dropped — scripts, styles, event handlers, frames, comments, forms. Links
 * go only to http(s), mailto or a path of this site, and open without handing over the page;
 * images come only from this site's files (`/files/…`, `/openness/attachments/…`) or https.
 */
import sanitizeHtml from 'sanitize-html';

/** Elements whose content is dropped with them (not kept as text). */
const droppedWithContent = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
  'textarea',
  'select',
  'option',
  'svg',
  'math',
  'head',
  'title',
];

const allowedTags = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'span',
  'ul',
  'ol',
  'li',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'a',
  'img',
  'figure',
  'figcaption',
  'hr',
];

/** Old-style markup that means the same as an allowed element. */
const transformTags: Record<string, string> = {
  b: 'strong',
  i: 'em',
  strike: 's',
  del: 's',
  h1: 'h2',
  h5: 'h4',
  h6: 'h4',
};

/** A link target: http(s), mailto, or a path / fragment of this site; nothing else. */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (/^(https?:\/\/|mailto:)/i.test(value)) return true;
  // A path of this site, or a fragment: never `//host` (another site) nor `/\host`.
  if (!/^\/(?![/\\])/.test(value) && !value.startsWith('#')) return false;
  return ![...value].some((c) => c.charCodeAt(0) < 0x20);
}

/** An image source: a file of this site (/files/…, /openness/attachments/…) or https. */
export function isSafeImageSrc(src: string): boolean {
  const value = src.trim();
  if (/^https:\/\/[^\s/]/i.test(value)) return true;
  return /^\/(files|openness\/attachments)\/[^\s\\]*$/.test(value) && !value.includes('..');
}

const sizeAttribute = /^\d{1,4}$/;
const spanAttribute = /^[1-9]\d{0,2}$/;
const scopes = new Set(['row', 'col', 'rowgroup', 'colgroup']);

/** Keeps only the attribute values that are safe and meaningful; drops the rest. */
function cleanAttributes(tag: string, attribs: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  if (tag === 'a') {
    if (attribs.href !== undefined && isSafeHref(attribs.href)) {
      kept.href = attribs.href.trim();
      if (/^https?:/i.test(kept.href)) kept.rel = 'noopener noreferrer';
    }
    if (attribs.title) kept.title = attribs.title;
  }
  if (tag === 'img') {
    if (attribs.src !== undefined && isSafeImageSrc(attribs.src)) kept.src = attribs.src.trim();
    kept.alt = attribs.alt ?? '';
    for (const name of ['width', 'height']) {
      if (attribs[name] && sizeAttribute.test(attribs[name])) kept[name] = attribs[name];
    }
  }
  if (tag === 'th' && attribs.scope && scopes.has(attribs.scope)) kept.scope = attribs.scope;
  if (tag === 'th' || tag === 'td') {
    for (const name of ['colspan', 'rowspan']) {
      if (attribs[name] && spanAttribute.test(attribs[name])) kept[name] = attribs[name];
    }
  }
  if (tag === 'ol' && attribs.start && /^\d{1,4}$/.test(attribs.start)) kept.start = attribs.start;
  return kept;
}

const options: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes: {
    a: ['href', 'rel', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  nonTextTags: droppedWithContent,
  enforceHtmlBoundary: false,
  parseStyleAttributes: false,
  transformTags: {
    '*': (tagName, attribs) => {
      const tag = transformTags[tagName] ?? tagName;
      return { tagName: tag, attribs: cleanAttributes(tag, attribs) };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/**
 * The rich text with only the allowed markup left: safe to store and to put in a page as is.
 * Idempotent: sanitising the result again changes nothing.
 */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options).trim();
}
