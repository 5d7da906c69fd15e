/** /openness/guide and /openness/guide/:code — the orgs' 政府信息公开指南 (条例第12条). */
import { localDateOf } from '../../../../platform/clock/index.ts';
import { PortalLayout, useView } from '../../../../platform/views/index.ts';
import type { CatalogOrg } from '../catalog.queries.ts';
import type { Guide } from '../guide.ts';
import { guideHref, orgCatalogHref, useOrgName } from './parts.tsx';

export function GuidesPage(props: { orgs: CatalogOrg[] }) {
  const { t } = useView();
  const orgName = useOrgName();
  return (
    <PortalLayout title={t('publishingCatalog.guides.title')} section="openness">
      <h1>{t('publishingCatalog.guides.title')}</h1>
      <p>{t('publishingCatalog.guides.intro')}</p>
      <ul class="catalog-orgs">
        {props.orgs.map((org) => (
          <li key={org.code}>
            <a href={guideHref(org.code)}>{orgName(org)}</a>
          </li>
        ))}
      </ul>
    </PortalLayout>
  );
}

export function GuidePage(props: { org: CatalogOrg; guide: Guide }) {
  const { t } = useView();
  const org = useOrgName()(props.org);
  const title = t('publishingCatalog.guide.title', { org });
  return (
    <PortalLayout title={title} section="openness">
      <p>
        <a href="/openness/guide">{t('publishingCatalog.guides.title')}</a>
        {' · '}
        <a href={orgCatalogHref(props.org.code)}>{t('publishingCatalog.org.title', { org })}</a>
      </p>
      <h1>{title}</h1>
      {props.guide.updatedAt ? (
        <p>{t('publishingCatalog.guide.updated', { date: localDateOf(props.guide.updatedAt) })}</p>
      ) : (
        <p class="notice">{t('publishingCatalog.guide.generated')}</p>
      )}
      {/* Sanitised on save (platform/html); the default is generated and sanitised too. */}
      <div class="guide-body" dangerouslySetInnerHTML={{ __html: props.guide.bodyHtml }} />
    </PortalLayout>
  );
}
