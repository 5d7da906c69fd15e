import type { ComponentChildren } from 'preact';
import { useView } from './view-context.ts';

/** The HTML document around every page: language, viewport, styles, the enhancement script. */
export function Document(props: {
  title: string;
  bodyClass?: string;
  children: ComponentChildren;
}) {
  const { locale, largeText, settings } = useView();
  const siteName =
    locale === 'en'
      ? settings.governmentNameEn || settings.governmentName
      : settings.governmentName;
  const htmlClass = largeText ? 'large-text' : undefined;
  return (
    <html lang={locale} class={htmlClass}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} - ${siteName}`}</title>
        <link rel="stylesheet" href="/static/css/site.css" />
        <link rel="stylesheet" href="/static/css/print.css" media="print" />
        <script src="/static/js/enhance.js" defer />
      </head>
      <body class={props.bodyClass}>{props.children}</body>
    </html>
  );
}
