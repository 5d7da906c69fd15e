import { PortalLayout, useView } from '../../../platform/views/index.ts';
import { portalSections } from '../portal.schemas.ts';

export function HomePage() {
  const { t, settings, locale } = useView();
  const name =
    locale === 'en'
      ? settings.governmentNameEn || settings.governmentName
      : settings.governmentName;
  return (
    <PortalLayout title={t('portal.home.title')} section="home">
      <section class="hero" aria-labelledby="welcome">
        <h1 id="welcome">{t('portal.home.welcome', { name })}</h1>
        <p>{t('portal.home.intro')}</p>
      </section>
      <section aria-labelledby="entries">
        <h2 id="entries">{t('portal.home.entries')}</h2>
        <ul class="cards">
          {portalSections.map((id) => (
            <li class="card" key={id}>
              <h3>
                <a href={`/${id}`}>{t(`portal.section.${id}`)}</a>
              </h3>
              <p>{t(`portal.section.${id}.summary`)}</p>
              {id !== 'services' && <p class="status-tag">{t('portal.home.status.building')}</p>}
            </li>
          ))}
        </ul>
      </section>
    </PortalLayout>
  );
}
