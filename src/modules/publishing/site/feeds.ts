/** Atom 1.0 (RFC 4287) and RSS 2.0 documents of published items, newest first. */
import type { ListedItem } from './site.queries.ts';
import { itemPath } from './site.queries.ts';
import { el, xmlDeclaration, xmlText } from './xml.ts';

export interface FeedSpec {
  title: string;
  /** Absolute URLs: the HTML page the feed follows and the feed itself. */
  pageUrl: string;
  selfUrl: string;
  origin: string;
  lang: string;
  /** The site's name, the feed's author. */
  author: string;
  items: ListedItem[];
  /** When nothing is published yet, the feed's `updated`. */
  now: Date;
}

/** A publication date at the start of its day in China (published_on is a local date). */
function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

function updatedOf(spec: FeedSpec): Date {
  const times = spec.items.map((i) => new Date(i.updatedAt).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : spec.now;
}

export function atomFeed(spec: FeedSpec): string {
  const entries = spec.items.map((item) => {
    const url = spec.origin + itemPath(item.id);
    return [
      '<entry>',
      el('title', item.title),
      `<link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
      el('id', url),
      el('published', dayStart(item.publishedOn).toISOString()),
      el('updated', new Date(item.updatedAt).toISOString()),
      `<author>${el('name', item.channelName)}</author>`,
      `<category term="${xmlText(item.type)}"/>`,
      item.summary ? el('summary', item.summary) : '',
      '</entry>',
    ].join('');
  });
  return (
    xmlDeclaration +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(spec.lang)}">` +
    el('title', spec.title) +
    el('id', spec.selfUrl) +
    `<link rel="self" type="application/atom+xml" href="${xmlText(spec.selfUrl)}"/>` +
    `<link rel="alternate" type="text/html" href="${xmlText(spec.pageUrl)}"/>` +
    el('updated', updatedOf(spec).toISOString()) +
    `<author>${el('name', spec.author)}</author>` +
    entries.join('\n') +
    '</feed>\n'
  );
}

export function rssFeed(spec: FeedSpec): string {
  const items = spec.items.map((item) => {
    const url = spec.origin + itemPath(item.id);
    return [
      '<item>',
      el('title', item.title),
      el('link', url),
      el('guid', url, ' isPermaLink="true"'),
      el('pubDate', dayStart(item.publishedOn).toUTCString()),
      el('category', item.type),
      el('description', item.summary || item.title),
      '</item>',
    ].join('');
  });
  return (
    xmlDeclaration +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
    el('title', spec.title) +
    el('link', spec.pageUrl) +
    el('description', spec.title) +
    el('language', spec.lang.toLowerCase()) +
    `<atom:link rel="self" type="application/rss+xml" href="${xmlText(spec.selfUrl)}"/>` +
    el('lastBuildDate', updatedOf(spec).toUTCString()) +
    items.join('\n') +
    '</channel></rss>\n'
  );
}

export const feedContentTypes = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
} as const;
