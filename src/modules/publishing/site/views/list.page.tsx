import { PortalLayout, useView, type PageMeta } from '../../../../platform/views/index.ts';
import type { ListedItem } from '../site.queries.ts';
import { FeedLinks, ItemList, ListPager } from './item-list.tsx';

/** A paginated column: a type across all channels, or a channel (optionally one type of it). */
export function ListPage(props: {
  /** The column (a type's catalog key), the channel, or both. */
  titleKey?: string;
  channelName?: string;
  path: string;
  items: ListedItem[];
  page: number;
  pages: number;
  total: number;
  showChannel: boolean;
  meta: PageMeta;
  /** A channel's columns, as links (the current one marked). */
  tabs?: { href: string; key: string; current: boolean }[];
}) {
  const { t } = useView();
  const column = props.titleKey ? t(props.titleKey) : '';
  const title =
    props.channelName && column
      ? t('publishingSite.channel.title', { channel: props.channelName, column })
      : (props.channelName ?? column);
  return (
    <PortalLayout title={title} section="openness" meta={props.meta}>
      <p class="breadcrumbs">
        <a href="/openness">{t('publishingSite.openness.title')}</a>
      </p>
      <h1>{title}</h1>
      {props.tabs && (
        <nav class="column-tabs" aria-label={t('publishingSite.channel.types')}>
          <ul>
            {props.tabs.map((tab) => (
              <li key={tab.href}>
                <a href={tab.href} aria-current={tab.current ? 'page' : undefined}>
                  {t(tab.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ItemList
        items={props.items}
        label={t('publishingSite.list.label', { column: title })}
        showChannel={props.showChannel}
      />
      <ListPager path={props.path} page={props.page} pages={props.pages} total={props.total} />
      <FeedLinks feeds={props.meta.feeds ?? []} />
    </PortalLayout>
  );
}
