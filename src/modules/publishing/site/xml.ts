/** Writing XML text safely: escaped markup characters, no characters XML 1.0 forbids. */

// XML 1.0 §2.2: only tab, newline, carriage return and chars from U+0020 (no lone surrogates, no U+FFFE/U+FFFF).
const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value
    .replace(forbidden, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An element with escaped text content. */
export function el(name: string, text: string, attrs = ''): string {
  return `<${name}${attrs}>${xmlText(text)}</${name}>`;
}

export const xmlDeclaration = '<?xml version="1.0" encoding="utf-8"?>\n';
