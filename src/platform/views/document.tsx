import type { ComponentChildren } from 'preact';
import { useView } from './view-context.ts';

/** What a page tells search engines and link previews about itself (all optional). */
export interface PageMeta {
  /** The page's absolute canonical URL. */
  canonical?: string;
  /** Open Graph: `article` for a publication, `website` otherwise. */
  ogType?: 'article' | 'website';
  description?: string;
  /** Feeds of the page's content: `<link rel="alternate">`. */
  feeds?: { href: string; title: string; type: 'atom' | 'rss' }[];
  /** Extra stylesheets of the page's module (paths under /static). */
  styles?: string[];
}

const feedTypes = { atom: 'application/atom+xml', rss: 'application/rss+xml' } as const;

/** The HTML document around every page: language, viewport, styles, the enhancement script. */
export function Document(props: {
  title: string;
  bodyClass?: string;
  meta?: PageMeta;
  children: ComponentChildren;
}) {
  const { locale, largeText, settings } = useView();
  const siteName =
    locale === 'en'
      ? settings.governmentNameEn || settings.governmentName
      : settings.governmentName;
  const htmlClass = largeText ? 'large-text' : undefined;
  const meta = props.meta ?? {};
  return (
    <html lang={locale} class={htmlClass}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} - ${siteName}`}</title>
        {meta.description && <meta name="description" content={meta.description} />}
        {meta.canonical && <link rel="canonical" href={meta.canonical} />}
        {meta.canonical && (
          <>
            <meta property="og:title" content={props.title} />
            <meta property="og:type" content={meta.ogType ?? 'website'} />
            <meta property="og:url" content={meta.canonical} />
            <meta property="og:site_name" content={siteName} />
            <meta property="og:locale" content={locale === 'en' ? 'en_US' : 'zh_CN'} />
            {meta.description && <meta property="og:description" content={meta.description} />}
          </>
        )}
        {(meta.feeds ?? []).map((feed) => (
          <link
            key={feed.href}
            rel="alternate"
            type={feedTypes[feed.type]}
            href={feed.href}
            title={feed.title}
          />
        ))}
        <link rel="stylesheet" href="/static/css/site.css" />
        {(meta.styles ?? []).map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        <link rel="stylesheet" href="/static/css/print.css" media="print" />
        <script src="/static/js/enhance.js" defer />
      </head>
      <body class={props.bodyClass}>{props.children}</body>
    </html>
  );
}
