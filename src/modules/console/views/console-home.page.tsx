import { StaffLayout, staffHref, staffSystems, useView } from '../../../platform/views/index.ts';

export function ConsoleHomePage() {
  const { t } = useView();
  return (
    <StaffLayout title={t('console.home.title')} system="home">
      <h1>{t('console.home.title')}</h1>
      <p>{t('console.home.intro')}</p>
      <p class="notice">{t('console.home.signInNotice')}</p>
      <h2>{t('console.home.systems')}</h2>
      <ul class="cards">
        {staffSystems
          .filter((system) => system !== 'home')
          .map((system) => (
            <li class="card" key={system}>
              <h3>
                <a href={staffHref(system)}>{t(`staff.nav.${system}`)}</a>
              </h3>
              <p class="status-tag">{t('console.system.status')}</p>
            </li>
          ))}
      </ul>
    </StaffLayout>
  );
}
