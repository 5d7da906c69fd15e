import {
  PortalLayout,
  TextField,
  useView,
  TableScroll,
  Pager,
} from '../../../platform/views/index.ts';
import { itemKindOf } from '../items.model.ts';
import type { ItemListRow } from '../items.queries.ts';
import { KindBadge, PromisedLimit, queryOf, SelectField } from './item-parts.tsx';

export interface GuideListProps {
  filter: { q?: string; org?: string; kind?: string };
  orgs: { code: string; name: string }[];
  rows: ItemListRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** /services/guides: search by name, filter by department and kind, a page of guides. */
export function GuideListPage(props: GuideListProps) {
  const { t } = useView();
  const { filter } = props;
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const title = t('approvals.guides.title');
  const kinds = (['instant', 'promised', 'joint'] as const).map((k) => ({
    value: k,
    label: t(`approvals.items.kind.${k}`),
  }));
  return (
    <PortalLayout title={title} section="services">
      <h1>{title}</h1>
      <p>{t('approvals.guides.intro')}</p>
      <form method="get" action="/services/guides" class="filter-form" role="search">
        <TextField
          name="q"
          label={t('approvals.guides.search')}
          state={{ values: { q: filter.q ?? '' }, errors: [] }}
        />
        <SelectField
          name="org"
          label={t('approvals.guides.org')}
          value={filter.org ?? ''}
          empty={t('approvals.guides.allOrgs')}
          options={props.orgs.map((o) => ({ value: o.code, label: o.name }))}
        />
        <SelectField
          name="kind"
          label={t('approvals.guides.kind')}
          value={filter.kind ?? ''}
          empty={t('approvals.guides.allKinds')}
          options={kinds}
        />
        <button type="submit">{t('approvals.guides.submit')}</button>
      </form>
      {props.rows.length === 0 ? (
        <p>{t('approvals.guides.none')}</p>
      ) : (
        <TableScroll>
          <table class="data-table">
            <caption>{t('approvals.guides.caption', { total: props.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('approvals.guides.col.name')}</th>
                <th scope="col">{t('approvals.guides.col.org')}</th>
                <th scope="col">{t('approvals.guides.col.kind')}</th>
                <th scope="col">{t('approvals.guides.col.limits')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr key={r.code}>
                  <th scope="row">
                    <a href={`/services/guides/${encodeURIComponent(r.code)}`}>{r.name}</a>
                  </th>
                  <td>{r.orgName}</td>
                  <td>
                    <KindBadge kind={itemKindOf(r)} />
                  </td>
                  <td class="nowrap">
                    <PromisedLimit days={r.promisedDays} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pages > 1 && (
        <Pager
          label={t('approvals.guides.pager')}
          page={props.page}
          pages={pages}
          href={(page) => `/services/guides${queryOf(filter, page)}`}
          previous={t('approvals.guides.previous')}
          next={t('approvals.guides.next')}
          status={t('approvals.guides.page', { page: props.page, pages })}
        />
      )}
    </PortalLayout>
  );
}
