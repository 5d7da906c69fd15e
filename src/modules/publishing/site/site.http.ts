/** Absolute URLs (canonical, feeds, sitemap) and a page's head metadata. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../../platform/config/index.ts';
import { localeOf } from '../../../platform/http/index.ts';
import type { PageMeta } from '../../../platform/views/index.ts';
import { siteMessages } from './site.messages.ts';

/** The site's origin: PUBLIC_URL when configured, else the request's own scheme and host. */
export function originOf(request: FastifyRequest, config: Config): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  return `${request.protocol}://${request.host}`;
}

/** The feeds of a list at `base` (a path without the file name), with an optional query. */
export function feedsOf(base: string, title: string, query = ''): NonNullable<PageMeta['feeds']> {
  return [
    { href: `${base}/feed.xml${query}`, title, type: 'atom' },
    { href: `${base}/rss.xml${query}`, title, type: 'rss' },
  ];
}

/** `?page=`: a positive whole number; anything else is the first page. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const perPage = 20;

/** The page to show and the count of pages; a page past the end shows the last. */
export function pageOf(requested: number, total: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / perPage));
  return { page: Math.min(requested, pages), pages };
}

/** The feeds of everything published (/feed.xml, /rss.xml), titled in the request's language. */
export function allItemsFeeds(request: FastifyRequest): NonNullable<PageMeta['feeds']> {
  return feedsOf('', siteMessages[localeOf(request)]['publishingSite.openness.title']!);
}
