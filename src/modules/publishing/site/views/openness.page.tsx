import { PortalLayout, useView, type PageMeta } from '../../../../platform/views/index.ts';
import type { ItemType } from '../../publishing.model.ts';
import { typeSlugs, type ColumnItem, type ListedItem, type ListedType } from '../site.queries.ts';
import { FeedLinks, ItemList } from './item-list.tsx';

/** 政务公开: the columns (newest items of each), the catalog, guide, open days and FOI, the channels. */
export function OpennessPage(props: {
  columns: Map<ItemType, ColumnItem[]>;
  pages: ListedItem[];
  meta: PageMeta;
}) {
  const { t } = useView();
  const title = t('publishingSite.openness.title');
  const ways: [string, string][] = [
    ['/openness/catalog', 'catalog'],
    ['/openness/guide', 'guide'],
    ['/openness/open-days', 'openDays'],
    ['/foi/apply', 'foiApply'],
    ['/foi/status', 'foiStatus'],
    ['/foi/statistics', 'foiStatistics'],
  ];
  return (
    <PortalLayout title={title} section="openness" meta={props.meta}>
      <h1>{title}</h1>
      <p>{t('publishingSite.openness.intro')}</p>
      <section aria-labelledby="columns">
        <h2 id="columns">{t('publishingSite.openness.columns')}</h2>
        <div class="columns">
          {[...props.columns].map(([type, items]) => {
            const column = t(`publishingSite.type.${type}`);
            const slug = typeSlugs[type as ListedType];
            return (
              <section class="column" key={type} aria-labelledby={`column-${type}`}>
                <h3 id={`column-${type}`}>
                  <a href={`/openness/${slug}`}>{column}</a>
                </h3>
                <ItemList items={items} label={column} />
                <p class="more">
                  <a href={`/openness/${slug}`}>{t('publishingSite.more', { column })}</a>
                </p>
              </section>
            );
          })}
        </div>
      </section>
      <section aria-labelledby="ways">
        <h2 id="ways">{t('publishingSite.openness.ways')}</h2>
        <ul class="cards">
          {ways.map(([href, key]) => (
            <li class="card" key={key}>
              <a href={href}>{t(`publishingSite.openness.${key}`)}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="channels">
        <h2 id="channels">
          <a href="/openness/channels">{t('publishingSite.openness.channels')}</a>
        </h2>
        <p>{t('publishingSite.openness.channels.summary')}</p>
      </section>
      {props.pages.length > 0 && (
        <section aria-labelledby="pages">
          <h2 id="pages">{t('publishingSite.openness.pages')}</h2>
          <ItemList items={props.pages} label={t('publishingSite.openness.pages')} />
        </section>
      )}
      <FeedLinks feeds={props.meta.feeds ?? []} />
    </PortalLayout>
  );
}
