import {
  PortalLayout,
  TableScroll,
  useView,
  type PageMeta,
} from '../../../../platform/views/index.ts';
import type { PublicChannel } from '../site.queries.ts';

const kinds = ['government', 'department', 'township', 'center'] as const;

/** Every channel of the one portal, grouped by the kind of org, with its count and last date. */
export function ChannelsPage(props: { channels: PublicChannel[]; meta: PageMeta }) {
  const { t } = useView();
  const title = t('publishingSite.channels.title');
  return (
    <PortalLayout title={title} section="openness" meta={props.meta}>
      <p class="breadcrumbs">
        <a href="/openness">{t('publishingSite.openness.title')}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('publishingSite.openness.channels.summary')}</p>
      {kinds.map((kind) => {
        const rows = props.channels.filter((c) =>
          kind === 'center' ? !kinds.slice(0, 3).includes(c.orgKind as never) : c.orgKind === kind,
        );
        if (rows.length === 0) return null;
        return (
          <TableScroll key={kind}>
            <table class="data-table">
              <caption>{t(`publishingSite.channels.${kind}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('publishingSite.channels.name')}</th>
                  <th scope="col">{t('publishingSite.channels.published')}</th>
                  <th scope="col">{t('publishingSite.channels.last')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <a href={`/openness/channels/${c.code}`}>{c.name}</a>
                    </th>
                    <td>{c.published}</td>
                    <td>
                      {c.lastPublishedOn ? (
                        <time dateTime={c.lastPublishedOn}>{c.lastPublishedOn}</time>
                      ) : (
                        t('publishingSite.channels.none')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        );
      })}
    </PortalLayout>
  );
}
