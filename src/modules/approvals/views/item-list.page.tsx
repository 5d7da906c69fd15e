import { StaffLayout, TextField, useView, TableScroll } from '../../../platform/views/index.ts';
import { itemKindOf } from '../items.model.ts';
import type { ItemListRow } from '../items.queries.ts';
import { KindBadge, queryOf, SelectField } from './item-parts.tsx';

export interface ItemListProps {
  filter: { q?: string; org?: string; status?: string };
  orgs: { code: string; name: string }[];
  rows: ItemListRow[];
  total: number;
  page: number;
  pageSize: number;
  canCreate: boolean;
}

/** /staff/approvals/items: every item (active, retired or both) with its kind, limits and version. */
export function ItemListPage(props: ItemListProps) {
  const { t } = useView();
  const { filter } = props;
  const title = t('approvals.items.list.title');
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const statuses = [
    { value: 'active', label: t('approvals.items.status.active') },
    { value: 'retired', label: t('approvals.items.status.retired') },
    { value: 'all', label: t('approvals.items.filter.all') },
  ];
  return (
    <StaffLayout title={title} system="powers">
      <h1>{title}</h1>
      <ul class="action-links">
        {props.canCreate && (
          <li>
            <a href="/staff/approvals/items/new">{t('approvals.items.list.new')}</a>
          </li>
        )}
        <li>
          <a href="/staff/approvals/windows">{t('approvals.items.list.windows')}</a>
        </li>
      </ul>
      <form method="get" action="/staff/approvals/items" class="filter-form">
        <TextField
          name="q"
          label={t('approvals.items.filter.q')}
          state={{ values: { q: filter.q ?? '' }, errors: [] }}
        />
        <SelectField
          name="org"
          label={t('approvals.items.filter.org')}
          value={filter.org ?? ''}
          empty={t('approvals.items.filter.allOrgs')}
          options={props.orgs.map((o) => ({ value: o.code, label: o.name }))}
        />
        <SelectField
          name="status"
          label={t('approvals.items.filter.status')}
          value={filter.status ?? 'active'}
          options={statuses}
        />
        <button type="submit">{t('approvals.items.filter.submit')}</button>
      </form>
      {props.rows.length === 0 ? (
        <p>{t('approvals.items.list.empty')}</p>
      ) : (
        <TableScroll>
          <table class="data-table">
            <caption>{t('approvals.items.list.caption', { total: props.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('approvals.items.field.code')}</th>
                <th scope="col">{t('approvals.items.field.name')}</th>
                <th scope="col">{t('approvals.items.field.org')}</th>
                <th scope="col">{t('approvals.items.col.kind')}</th>
                <th scope="col">{t('approvals.items.col.limits')}</th>
                <th scope="col">{t('approvals.items.col.version')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr key={r.code}>
                  <td class="nowrap">{r.code}</td>
                  <th scope="row">
                    <a href={`/staff/approvals/items/${encodeURIComponent(r.code)}`}>{r.name}</a>
                    {r.status === 'retired' && (
                      <span class="status-tag"> {t('approvals.items.status.retired')}</span>
                    )}
                  </th>
                  <td>{r.orgName}</td>
                  <td>
                    <KindBadge kind={itemKindOf(r)} />
                  </td>
                  <td class="nowrap">
                    {t('approvals.items.days', {
                      statutory: r.statutoryDays,
                      promised: r.promisedDays,
                    })}
                  </td>
                  <td>{r.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label={t('approvals.guides.pager')}>
          {props.page > 1 && (
            <a href={`/staff/approvals/items${queryOf(filter, props.page - 1)}`}>
              {t('approvals.guides.previous')}
            </a>
          )}
          <span>{t('approvals.guides.page', { page: props.page, pages })}</span>{' '}
          {props.page < pages && (
            <a href={`/staff/approvals/items${queryOf(filter, props.page + 1)}`}>
              {t('approvals.guides.next')}
            </a>
          )}
        </nav>
      )}
    </StaffLayout>
  );
}
