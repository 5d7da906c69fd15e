import { Pager, StaffLayout, TableScroll, useView } from '../../../../platform/views/index.ts';
import { itemStates, itemTypes, type ItemState } from '../../publishing.model.ts';
import type { ItemRow, MyChannel, PolicyRow } from '../console.queries.ts';
import { beijingTime, itemHref, newItemHref, stateLabel, typeLabel } from './labels.tsx';

export interface LandingData {
  channels: MyChannel[];
  counts: Partial<Record<ItemState, number>>;
  state: ItemState;
  items: ItemRow[];
  page: number;
  pages: number;
  reminders: PolicyRow[];
}

function Channels(props: { channels: MyChannel[] }) {
  const { t } = useView();
  if (props.channels.length === 0) return <p>{t('publishingConsole.channels.none')}</p>;
  return (
    <ul class="item-list">
      {props.channels.map((c) => (
        <li key={c.id}>
          <strong>{c.name}</strong>
          {c.may.author && (
            <>
              {' '}
              {t('publishingConsole.channels.new')}{' '}
              {itemTypes.map((type) => (
                <span key={type}>
                  <a href={newItemHref(c.code, type)}>{typeLabel(t, type)}</a>{' '}
                </span>
              ))}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Reminders(props: { reminders: PolicyRow[] }) {
  const { t } = useView();
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('publishingConsole.reminders.title')}</h2>
      {props.reminders.length === 0 ? (
        <p>{t('publishingConsole.reminders.none')}</p>
      ) : (
        <>
          <p class="warning">{t('publishingConsole.reminders.intro')}</p>
          <ul class="item-list reminders">
            {props.reminders.map((p) => (
              <li key={p.id}>
                <a href={itemHref(p.id)}>{p.title}</a> {p.docNumber ?? ''} {p.publishedOn ?? ''}{' '}
                <a href={newItemHref(p.channelCode, 'interpretation', p.id)}>
                  {t('publishingConsole.reminders.draft')}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** /staff/publishing — my channels, the items by state, reminders, the other console pages. */
export function LandingPage(props: { data: LandingData }) {
  const { t } = useView();
  const { data } = props;
  const title = t('publishingConsole.title');
  const href = (state: ItemState, page = 1) =>
    `/staff/publishing?state=${state}${page > 1 ? `&page=${page}` : ''}`;
  return (
    <StaffLayout title={title} system="publishing">
      <h1>{title}</h1>
      <h2>{t('publishingConsole.channels.mine')}</h2>
      <Channels channels={data.channels} />

      <h2>{t('publishingConsole.list.title')}</h2>
      <nav aria-label={t('publishingConsole.list.states')}>
        <ul class="column-tabs">
          {itemStates.map((state) => (
            <li key={state}>
              <a href={href(state)} aria-current={state === data.state ? 'page' : undefined}>
                {stateLabel(t, state)} ({data.counts[state] ?? 0})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {data.items.length === 0 ? (
        <p>{t('publishingConsole.list.empty')}</p>
      ) : (
        <TableScroll>
          <table class="data-table">
            <caption>
              {t('publishingConsole.list.caption', {
                state: stateLabel(t, data.state),
                count: data.counts[data.state] ?? 0,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('publishingConsole.col.title')}</th>
                <th scope="col">{t('publishingConsole.col.type')}</th>
                <th scope="col">{t('publishingConsole.col.channel')}</th>
                <th scope="col">{t('publishingConsole.col.formedOn')}</th>
                <th scope="col">{t('publishingConsole.col.publishedOn')}</th>
                <th scope="col">{t('publishingConsole.col.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <a href={itemHref(item.id)}>{item.title}</a>
                  </th>
                  <td>{typeLabel(t, item.type)}</td>
                  <td>{item.channelName}</td>
                  <td class="nowrap">{item.formedOn}</td>
                  <td class="nowrap">
                    {item.publishedOn ?? (item.scheduledAt ? beijingTime(item.scheduledAt) : '')}
                  </td>
                  <td class="nowrap">{beijingTime(item.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {data.pages > 1 && (
        <Pager
          label={t('publishingConsole.pager.label')}
          page={data.page}
          pages={data.pages}
          href={(page) => href(data.state, page)}
          previous={t('publishingConsole.pager.previous')}
          next={t('publishingConsole.pager.next')}
          status={t('publishingConsole.pager.status', { page: data.page, pages: data.pages })}
        />
      )}

      <Reminders reminders={data.reminders} />

      <h2>{t('publishingConsole.links.title')}</h2>
      <ul class="action-links">
        <li>
          <a href="/staff/publishing/catalog">{t('publishingConsole.links.catalog')}</a>
        </li>
        <li>
          <a href="/staff/publishing/health">{t('publishingConsole.links.health')}</a>
        </li>
        <li>
          <a href="/staff/publishing/open-days">{t('publishingConsole.links.openDays')}</a>
        </li>
        <li>
          <a href="/staff/publishing/channels">{t('publishingConsole.links.channels')}</a>
        </li>
      </ul>
    </StaffLayout>
  );
}
