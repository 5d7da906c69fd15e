import { StaffLayout, useView } from '../../../platform/views/index.ts';
import type { OrgOption, PowerSummary } from '../powers.queries.ts';
import { CatalogFilter, Pager, PowerTable } from './parts.tsx';

export const staffPowerHref = (code: string) => `/staff/powers/catalog/${encodeURIComponent(code)}`;

/** /staff/powers/catalog — the catalog for its keepers, cancelled powers too on request. */
export function StaffCatalogPage(props: {
  values: Record<string, string>;
  orgs: OrgOption[];
  rows: PowerSummary[];
  total: number;
  page: number;
  pageSize: number;
  canCreate: boolean;
}) {
  const { t } = useView();
  const first = props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1;
  const last = Math.min(props.page * props.pageSize, props.total);
  return (
    <StaffLayout title={t('powersStaff.catalog.title')} system="powers">
      <h1>{t('powersStaff.catalog.title')}</h1>
      <ul class="action-links">
        {props.canCreate && (
          <li>
            <a href="/staff/powers/catalog/new">{t('powersStaff.link.new')}</a>
          </li>
        )}
        {props.canCreate && (
          <li>
            <a href="/staff/powers/import">{t('powersStaff.link.import')}</a>
          </li>
        )}
        <li>
          <a href="/staff/powers/export.xlsx">{t('powersStaff.link.export')}</a>
        </li>
      </ul>
      <CatalogFilter
        action="/staff/powers/catalog"
        values={props.values}
        orgs={props.orgs}
        withStatus
      />
      <p role="status">
        {props.total === 0
          ? t('powers.catalog.none')
          : t('powers.catalog.count', { total: props.total, first, last })}
      </p>
      {props.rows.length > 0 && (
        <PowerTable
          caption={t('powersStaff.catalog.title')}
          rows={props.rows}
          href={staffPowerHref}
        />
      )}
      <Pager
        path="/staff/powers/catalog"
        values={props.values}
        page={props.page}
        pageSize={props.pageSize}
        total={props.total}
      />
    </StaffLayout>
  );
}
