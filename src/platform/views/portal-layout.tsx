import type { ComponentChildren } from 'preact';
import { Document, type PageMeta } from './document.tsx';
import { PrefsForms } from './prefs-forms.tsx';
import { useView } from './view-context.ts';

export type PortalSection = 'home' | 'openness' | 'services' | 'interaction' | 'statistics';

const sections: { id: PortalSection; href: string }[] = [
  { id: 'home', href: '/' },
  { id: 'openness', href: '/openness' },
  { id: 'services', href: '/services' },
  { id: 'interaction', href: '/interaction' },
  { id: 'statistics', href: '/statistics' },
];

/** The public portal: county banner, main navigation, footer identifiers from settings. */
export function PortalLayout(props: {
  title: string;
  section: PortalSection;
  /** Canonical URL, Open Graph, feeds, extra styles (see Document). */
  meta?: PageMeta;
  children: ComponentChildren;
}) {
  const { t, settings, locale } = useView();
  const en = locale === 'en';
  return (
    <Document title={props.title} {...(props.meta ? { meta: props.meta } : {})}>
      <a class="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header class="banner">
        {settings.isDemo && <p class="demo-banner">{t('layout.demoBanner')}</p>}
        <div class="banner-inner">
          <a class="site-name" href="/">
            <span class="site-name-main">
              {en ? settings.governmentNameEn || settings.governmentName : settings.governmentName}
            </span>
            {settings.province && (
              <span class="site-name-sub">
                {en ? settings.countyNameEn : `${settings.province} ${settings.city}`}
              </span>
            )}
          </a>
          <SiteSearch />
          <PrefsForms />
        </div>
        <nav class="main-nav" aria-label={t('layout.nav.label')}>
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={s.href} aria-current={s.id === props.section ? 'page' : undefined}>
                  {t(`layout.nav.${s.id}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
      <PortalFooter />
    </Document>
  );
}

/** The site search: a plain GET form, so it works without JavaScript. */
function SiteSearch() {
  const { t } = useView();
  return (
    <form
      class="site-search"
      method="get"
      action="/search"
      role="search"
      aria-label={t('layout.search.label')}
    >
      <label for="site-search-q" class="visually-hidden">
        {t('layout.search.field')}
      </label>
      <input id="site-search-q" type="search" name="q" maxLength={100} />
      <button type="submit" class="button">
        {t('layout.search.submit')}
      </button>
    </form>
  );
}

function PortalFooter() {
  const { t, settings, locale } = useView();
  const en = locale === 'en';
  const sponsor = en ? settings.sponsorEn || settings.sponsor : settings.sponsor;
  const contact = [settings.contactPhone, settings.contactEmail, settings.contactAddress]
    .filter(Boolean)
    .join('　');
  const lines = [
    sponsor && t('layout.footer.sponsor', { value: sponsor }),
    settings.siteCode && t('layout.footer.siteCode', { value: settings.siteCode }),
    settings.icpNumber && t('layout.footer.icp', { value: settings.icpNumber }),
    settings.policeNumber && t('layout.footer.police', { value: settings.policeNumber }),
    contact && t('layout.footer.contact', { value: contact }),
  ].filter((line): line is string => Boolean(line));
  return (
    <footer class="site-footer" aria-label={t('layout.footer.label')}>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="powered-by">{t('layout.footer.poweredBy')}</p>
    </footer>
  );
}
