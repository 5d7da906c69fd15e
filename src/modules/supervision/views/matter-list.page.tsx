/**
 * /staff/supervision/matters — exactly the matters one figure of the dashboard counts (the same
 * conditions as the figure, summary.sql.ts), a page at a time, each linking to its timeline.
 */
import { Pager, StaffLayout, TableScroll, useView } from '../../../platform/views/index.ts';
import type { MatterList } from '../dashboard.service.ts';
import { Light, figureHref, matterTypeLabel } from './dashboard-parts.tsx';

export function MatterListPage(props: { list: MatterList; asOf: string }) {
  const { t } = useView();
  const { list } = props;
  const { filter } = list;
  const figure = t(`supervisionDashboard.fig.${list.figure}`);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const scope = [
    filter.orgCode ? t('supervisionMatters.scopeOrg', { org: filter.orgCode }) : '',
    filter.matterType
      ? t('supervisionMatters.scopeType', { type: matterTypeLabel(t, filter.matterType) })
      : '',
  ].join('');
  const back = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.orgCode) back.set('org', filter.orgCode);
  if (filter.matterType) back.set('matterType', filter.matterType);
  return (
    <StaffLayout title={t('supervisionMatters.title', { figure })} system="supervision">
      <p>
        <a href={`/staff/supervision?${back.toString()}`}>{t('supervisionMatters.back')}</a>
      </p>
      <h1>{t('supervisionMatters.title', { figure })}</h1>
      <p>
        {t('supervisionMatters.intro', {
          figure,
          from: filter.from,
          to: filter.to,
          scope,
          total: list.total,
          asOf: props.asOf,
        })}
      </p>
      {list.items.length === 0 ? (
        <p>{t('supervisionMatters.none')}</p>
      ) : (
        <TableScroll>
          <table class="data-table">
            <caption>{t('supervisionMatters.caption', { figure, page: list.page })}</caption>
            <thead>
              <tr>
                {[
                  'matterType',
                  'matterId',
                  'org',
                  'item',
                  'acceptedOn',
                  'dueOn',
                  'outcome',
                  'light',
                ].map((c) => (
                  <th scope="col" key={c}>
                    {t(`supervisionMatters.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.items.map((m) => (
                <tr key={m.id}>
                  <td>{matterTypeLabel(t, m.matterType)}</td>
                  <th scope="row">
                    <a href={`/staff/supervision/matters/${m.id}`}>{m.matterId}</a>
                    {m.source !== 'sunshine' && (
                      <span class="hint">
                        {' '}
                        {t('supervisionMatters.source', { source: m.source })}
                      </span>
                    )}
                  </th>
                  <td>{m.orgName}</td>
                  <td>{m.itemCode ?? ''}</td>
                  <td>{m.acceptedOn ?? t('supervisionMatters.notAccepted')}</td>
                  <td>{m.dueOn ?? ''}</td>
                  <td>
                    {m.outcome
                      ? `${t(`supervisionMatters.outcome.${m.outcome}`)} ${m.outcomeOn ?? ''}`
                      : t('supervisionMatters.open')}
                  </td>
                  <td>
                    <Light light={m.light} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pages > 1 && (
        <Pager
          label={t('supervisionMatters.pager')}
          page={list.page}
          pages={pages}
          href={(page) => figureHref(filter, list.figure, page)}
          previous={t('supervisionMatters.previous')}
          next={t('supervisionMatters.next')}
          status={t('supervisionMatters.pageStatus', { page: list.page, pages })}
        />
      )}
    </StaffLayout>
  );
}
