/** The links of a publication's body: `<a href>` and `<img src>`, classified without any network. */

export type LinkKind =
  | { kind: 'item'; path: string; itemId: number }
  | { kind: 'file'; path: string; fileId: number }
  | { kind: 'path'; path: string }
  | { kind: 'external'; url: string }
  | { kind: 'skip'; reason: string };

const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** The distinct link targets of `<a href>` and `<img src>` in the (sanitised) body, in order. */
export function extractLinks(bodyHtml: string): string[] {
  const found: string[] = [];
  const tag = /<(a|img)\b[^>]*>/gi;
  for (const match of bodyHtml.matchAll(tag)) {
    const attribute = match[1]!.toLowerCase() === 'a' ? 'href' : 'src';
    const value = new RegExp(
      `\\s${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`,
      'i',
    ).exec(match[0]);
    const raw = value ? decode(value[1] ?? value[2] ?? value[3] ?? '').trim() : '';
    if (raw !== '' && !found.includes(raw)) found.push(raw);
  }
  return found;
}

/**
 * What a link points at: an item or a file of this site, another path of this site, an external
 * http(s) address, or something not checked (mailto:, tel:, an anchor, data:). `site` is the
 * site's public origin (PUBLIC_URL) when known: absolute links to it are internal.
 */
export function classifyLink(raw: string, site?: string): LinkKind {
  if (raw.startsWith('#')) return { kind: 'skip', reason: 'anchor' };
  let url: URL;
  const base = new URL(site ?? 'http://site.invalid');
  try {
    url = new URL(raw, new URL('/openness/items/', base));
  } catch {
    return { kind: 'skip', reason: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'skip', reason: url.protocol.replace(':', '') };
  }
  if (url.host !== base.host) return { kind: 'external', url: url.href };
  const path = `${url.pathname}${url.search}`;
  const item = /^\/openness\/items\/(\d{1,15})(?:\/print)?\/?$/.exec(url.pathname);
  if (item) return { kind: 'item', path, itemId: Number(item[1]) };
  const file = /^\/files\/(\d{1,15})(?:\/[^/]*)?$/.exec(url.pathname);
  if (file) return { kind: 'file', path, fileId: Number(file[1]) };
  return { kind: 'path', path };
}
