import { PortalLayout, useView } from '../../../platform/views/index.ts';

/** The 政务服务 section's pages, each served by the module that owns it. */
const serviceLinks = [
  ['/services/guides', 'guides'],
  ['/services/track', 'track'],
  ['/services/powers', 'powers'],
  ['/services/intermediaries', 'intermediaries'],
  ['/services/centers', 'centers'],
  ['/services/licences', 'licences'],
  ['/services/deadline-calculator', 'calculator'],
] as const;

/** 政务服务: the way in to the catalog, the guides, case tracking and the licence check. */
export function ServicesPage() {
  const { t } = useView();
  const title = t('portal.section.services');
  return (
    <PortalLayout title={title} section="services">
      <h1>{title}</h1>
      <p>{t('portal.section.services.summary')}</p>
      <ul class="cards">
        {serviceLinks.map(([href, key]) => (
          <li class="card" key={key}>
            <h2>
              <a href={href}>{t(`portal.services.${key}`)}</a>
            </h2>
            <p>{t(`portal.services.${key}.summary`)}</p>
          </li>
        ))}
      </ul>
    </PortalLayout>
  );
}
