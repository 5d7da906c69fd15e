import { Document, useView } from '../../../../platform/views/index.ts';
import type { PublicItemView } from '../item.queries.ts';
import { ItemMeta } from './item-meta.tsx';

/** The print view: the item and its source, no navigation; print CSS applies on screen too. */
export function PrintPage(props: { view: PublicItemView; url: string }) {
  const { t, settings, locale } = useView();
  const { item } = props.view;
  const site =
    locale === 'en'
      ? settings.governmentNameEn || settings.governmentName
      : settings.governmentName;
  return (
    <Document
      title={t('publishingSite.print.title', { title: item.title })}
      bodyClass="print-view"
      meta={{ canonical: props.url, ogType: 'article', styles: ['/static/css/openness.css'] }}
    >
      <main id="main">
        <article class="publication">
          <p class="print-site">{site}</p>
          <h1>{item.title}</h1>
          <ItemMeta view={props.view} />
          <div class="publication-body" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
          <p class="print-source">{t('publishingSite.print.source', { site, url: props.url })}</p>
        </article>
      </main>
    </Document>
  );
}
