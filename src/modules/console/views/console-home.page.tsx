import type { Notice } from '../../../platform/notify/index.ts';
import { StaffLayout, staffHref, staffSystems, useView } from '../../../platform/views/index.ts';

export function ConsoleHomePage(props: { warningYear: number | null; notices: Notice[] }) {
  const { t, locale } = useView();
  const en = locale === 'en';
  return (
    <StaffLayout title={t('console.home.title')} system="home">
      <h1>{t('console.home.title')}</h1>
      {props.warningYear !== null && (
        <p class="warning" role="status">
          {t('console.calendarWarning', { year: props.warningYear })}{' '}
          <a href={`/staff/calendar?year=${props.warningYear}`}>
            {t('console.calendarWarningLink', { year: props.warningYear })}
          </a>
        </p>
      )}
      {props.notices.length > 0 && (
        <section aria-labelledby="notices-title">
          <h2 id="notices-title">{t('console.notices')}</h2>
          <ul>
            {props.notices.map((n) => (
              <li key={n.id}>
                {n.link ? (
                  <a href={n.link}>{en ? n.subjectEn : n.subject}</a>
                ) : en ? (
                  n.subjectEn
                ) : (
                  n.subject
                )}
                <p>{en ? n.bodyEn : n.body}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
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
