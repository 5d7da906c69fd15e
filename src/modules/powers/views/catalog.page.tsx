import { PortalLayout, useView } from '../../../platform/views/index.ts';
import type { OrgOption, PowerSummary } from '../powers.queries.ts';
import { CatalogFilter, Pager, PowerTable } from './parts.tsx';

export const publicPowerHref = (code: string) => `/services/powers/${encodeURIComponent(code)}`;

/** /services/powers: the public catalog, searched and filtered without scripts. */
export function CatalogPage(props: {
  values: Record<string, string>;
  orgs: OrgOption[];
  rows: PowerSummary[];
  total: number;
  page: number;
  pageSize: number;
}) {
  const { t } = useView();
  const first = props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1;
  const last = Math.min(props.page * props.pageSize, props.total);
  return (
    <PortalLayout title={t('powers.catalog.title')} section="services">
      <h1>{t('powers.catalog.title')}</h1>
      <p>{t('powers.catalog.intro')}</p>
      <p>
        <a href="/services/intermediaries">{t('powers.catalog.intermediaries')}</a>
      </p>
      <CatalogFilter action="/services/powers" values={props.values} orgs={props.orgs} />
      <p role="status">
        {props.total === 0
          ? t('powers.catalog.none')
          : t('powers.catalog.count', { total: props.total, first, last })}
      </p>
      {props.rows.length > 0 && (
        <PowerTable caption={t('powers.catalog.title')} rows={props.rows} href={publicPowerHref} />
      )}
      <Pager
        path="/services/powers"
        values={props.values}
        page={props.page}
        pageSize={props.pageSize}
        total={props.total}
      />
    </PortalLayout>
  );
}
