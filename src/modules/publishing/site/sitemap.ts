/** sitemap.xml (sitemaps.org 0.9): at most 50,000 URLs a file, an index of files beyond that. */
import type { Kysely } from 'kysely';
import { localDateOf } from '../../../platform/clock/index.ts';
import {
  countPublished,
  itemPath,
  listPublishedUrls,
  listedTypes,
  typeSlugs,
} from './site.queries.ts';
import { xmlDeclaration, xmlText } from './xml.ts';

export const sitemapLimit = 50_000;

const urlsetOpen = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';

function url(loc: string, lastmod?: Date): string {
  const mod = lastmod ? `<lastmod>${localDateOf(lastmod)}</lastmod>` : '';
  return `<url><loc>${xmlText(loc)}</loc>${mod}</url>`;
}

/** The site's own pages: home, the sections, the lists and the channels. */
export function sectionPaths(channelCodes: string[]): string[] {
  return [
    '/',
    '/openness',
    '/services',
    '/openness/channels',
    ...listedTypes.map((type) => `/openness/${typeSlugs[type]}`),
    ...channelCodes.map((code) => `/openness/channels/${code}`),
  ];
}

function urlset(lines: string[]): string {
  return `${xmlDeclaration}${urlsetOpen}\n${lines.join('\n')}\n</urlset>\n`;
}

/** `/sitemap.xml`: every URL when they fit one file, else an index of `/sitemap/pages.xml` and `/sitemap/items/<n>.xml`. */
export async function sitemapDocument(
  db: Kysely<unknown>,
  origin: string,
  paths: string[],
  limit = sitemapLimit,
): Promise<string> {
  const total = await countPublished(db);
  if (total + paths.length <= limit) {
    const items = await listPublishedUrls(db, 0, limit);
    return urlset([
      ...paths.map((p) => url(origin + p)),
      ...items.map((i) => url(origin + itemPath(i.id), i.updatedAt)),
    ]);
  }
  const files = [`${origin}/sitemap/pages.xml`];
  for (let n = 1; n <= Math.ceil(total / limit); n++)
    files.push(`${origin}/sitemap/items/${n}.xml`);
  return (
    xmlDeclaration +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    files.map((f) => `<sitemap><loc>${xmlText(f)}</loc></sitemap>`).join('\n') +
    '\n</sitemapindex>\n'
  );
}

export function pagesSitemap(origin: string, paths: string[]): string {
  return urlset(paths.map((p) => url(origin + p)));
}

/** The n-th file of items (1-based); undefined past the last. */
export async function itemsSitemap(
  db: Kysely<unknown>,
  origin: string,
  n: number,
  limit = sitemapLimit,
): Promise<string | undefined> {
  const items = await listPublishedUrls(db, (n - 1) * limit, limit);
  if (items.length === 0) return undefined;
  return urlset(items.map((i) => url(origin + itemPath(i.id), i.updatedAt)));
}
