import type { ComponentChildren } from 'preact';
import { Document } from './document.tsx';
import { PrefsForms } from './prefs-forms.tsx';
import { useView } from './view-context.ts';

export type StaffSystem =
  | 'home'
  | 'publishing'
  | 'foi'
  | 'powers'
  | 'trading'
  | 'performance'
  | 'supervision'
  | 'feedback'
  | 'reports'
  | 'orgs'
  | 'calendar';

export const staffSystems: StaffSystem[] = [
  'home',
  'publishing',
  'foi',
  'powers',
  'trading',
  'performance',
  'supervision',
  'feedback',
  'reports',
  'orgs',
  'calendar',
];

export function staffHref(system: StaffSystem): string {
  return system === 'home' ? '/staff' : `/staff/${system}`;
}

/** The staff console: navigation by system, the same display settings as the portal. */
export function StaffLayout(props: {
  title: string;
  system: StaffSystem;
  children: ComponentChildren;
}) {
  const { t, settings, locale, actor, csrfToken } = useView();
  const signedIn = actor.kind === 'user';
  const county =
    locale === 'en' ? settings.countyNameEn || settings.countyName : settings.countyName;
  return (
    <Document title={props.title} bodyClass="staff">
      <a class="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header class="banner staff-banner">
        {settings.isDemo && <p class="demo-banner">{t('layout.demoBanner')}</p>}
        <div class="banner-inner">
          <a class="site-name" href="/staff">
            <span class="site-name-main">{t('layout.staff.title')}</span>
            <span class="site-name-sub">{county}</span>
          </a>
          <PrefsForms />
          {signedIn && (
            <form method="post" action="/staff/logout" class="signed-in">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <span>{actor.name}</span>
              <button type="submit" class="link-button">
                {t('layout.staff.logout')}
              </button>
            </form>
          )}
        </div>
      </header>
      <div class="staff-body">
        {signedIn && (
          <nav class="staff-nav" aria-label={t('layout.staff.nav.label')}>
            <ul>
              {staffSystems.map((system) => (
                <li key={system}>
                  <a
                    href={staffHref(system)}
                    aria-current={system === props.system ? 'page' : undefined}
                  >
                    {t(`staff.nav.${system}`)}
                  </a>
                </li>
              ))}
              <li>
                <a href="/">{t('layout.staff.toPortal')}</a>
              </li>
            </ul>
          </nav>
        )}
        <main id="main" tabIndex={-1}>
          {props.children}
        </main>
      </div>
    </Document>
  );
}
