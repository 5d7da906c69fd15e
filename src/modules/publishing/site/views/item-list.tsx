import { Pager, useView } from '../../../../platform/views/index.ts';
import { itemPath, type ColumnItem } from '../site.queries.ts';

/** A column's items, each with its date (an undated item cannot exist: published_on is required). */
export function ItemList(props: {
  items: (ColumnItem & { channelName?: string })[];
  label: string;
  showChannel?: boolean;
}) {
  const { t } = useView();
  if (props.items.length === 0) return <p class="empty-column">{t('publishingSite.empty')}</p>;
  return (
    <ul class="item-list" aria-label={props.label}>
      {props.items.map((item) => (
        <li key={item.id}>
          <a href={itemPath(item.id)}>{item.title}</a>
          {props.showChannel && <span class="item-channel">{item.channelName}</span>}
          <time dateTime={item.publishedOn}>{item.publishedOn}</time>
        </li>
      ))}
    </ul>
  );
}

/** The pager of a list: `?page=N` on `path`. */
export function ListPager(props: { path: string; page: number; pages: number; total: number }) {
  const { t } = useView();
  if (props.pages <= 1) return null;
  return (
    <Pager
      label={t('publishingSite.pager.label')}
      page={props.page}
      pages={props.pages}
      href={(page) => (page === 1 ? props.path : `${props.path}?page=${page}`)}
      previous={t('publishingSite.pager.previous')}
      next={t('publishingSite.pager.next')}
      status={t('publishingSite.pager.status', {
        page: String(props.page),
        pages: String(props.pages),
        total: String(props.total),
      })}
    />
  );
}

/** Links to the Atom and RSS feeds of a page's content. */
export function FeedLinks(props: { feeds: { href: string; type: 'atom' | 'rss' }[] }) {
  const { t } = useView();
  return (
    <p class="feed-links">
      {t('publishingSite.feeds')}：
      {props.feeds.map((feed) => (
        <a
          key={feed.href}
          href={feed.href}
          type={feed.type === 'atom' ? 'application/atom+xml' : 'application/rss+xml'}
        >
          {feed.type === 'atom' ? 'Atom' : 'RSS'}
        </a>
      ))}
    </p>
  );
}
