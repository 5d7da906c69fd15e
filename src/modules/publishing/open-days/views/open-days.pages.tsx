import {
  PortalLayout,
  StaffLayout,
  TableScroll,
  useView,
} from '../../../../platform/views/index.ts';
import type { OpenDay } from '../open-days.queries.ts';

/** /staff/publishing/open-days: every record, newest first. */
export function OpenDaysStaffPage(props: {
  days: OpenDay[];
  canCreate: boolean;
  editable: Set<number>;
}) {
  const { t } = useView();
  return (
    <StaffLayout title={t('openDays.title')} system="publishing">
      <h1>{t('openDays.title')}</h1>
      <p>{t('openDays.intro')}</p>
      {props.canCreate && (
        <p>
          <a href="/staff/publishing/open-days/new">{t('openDays.new')}</a>
        </p>
      )}
      {props.days.length === 0 ? (
        <p>{t('openDays.none')}</p>
      ) : (
        <TableScroll>
          <table>
            <caption>{t('openDays.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('openDays.heldOn')}</th>
                <th scope="col">{t('openDays.theme')}</th>
                <th scope="col">{t('openDays.place')}</th>
                <th scope="col">{t('openDays.orgs')}</th>
                <th scope="col">{t('openDays.consultationsAnswered')}</th>
                <th scope="col">{t('openDays.materialsHandedOut')}</th>
                <th scope="col">{t('openDays.photos')}</th>
              </tr>
            </thead>
            <tbody>
              {props.days.map((day) => (
                <tr key={day.id}>
                  <td>{day.heldOn}</td>
                  <th scope="row">
                    {props.editable.has(day.id) ? (
                      <a href={`/staff/publishing/open-days/${day.id}`}>{day.theme}</a>
                    ) : (
                      day.theme
                    )}
                  </th>
                  <td>{day.place}</td>
                  <td>{day.orgs.map((o) => o.name).join('、')}</td>
                  <td>{day.consultationsAnswered}</td>
                  <td>{day.materialsHandedOut}</td>
                  <td>{day.photos.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </StaffLayout>
  );
}

/** /openness/open-days: the records by year, with photos; no personal data. */
export function OpenDaysPublicPage(props: { days: OpenDay[] }) {
  const { t } = useView();
  const years = [...new Set(props.days.map((d) => d.heldOn.slice(0, 4)))];
  return (
    <PortalLayout title={t('openDays.title')} section="openness">
      <h1>{t('openDays.title')}</h1>
      <p>{t('openDays.publicIntro')}</p>
      {years.length === 0 && <p>{t('openDays.none')}</p>}
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{t('openDays.year', { year })}</h2>
          {props.days
            .filter((d) => d.heldOn.startsWith(year))
            .map((day) => (
              <article key={day.id} class="open-day">
                <h3>{day.theme}</h3>
                <dl>
                  <dt>{t('openDays.heldOn')}</dt>
                  <dd>{day.heldOn}</dd>
                  <dt>{t('openDays.place')}</dt>
                  <dd>{day.place}</dd>
                  <dt>{t('openDays.orgs')}</dt>
                  <dd>{day.orgs.map((o) => o.name).join('、')}</dd>
                </dl>
                <p>
                  {t('openDays.counts', {
                    consultations: day.consultationsAnswered,
                    materials: day.materialsHandedOut,
                  })}
                </p>
                {day.summary && <p>{day.summary}</p>}
                {day.photos.length > 0 && (
                  <ul class="photo-list">
                    {day.photos.map((photo) => (
                      <li key={photo.id}>
                        <figure>
                          <img
                            src={`/openness/open-days/photos/${photo.id}`}
                            alt={photo.caption || t('openDays.photoAlt', { theme: day.theme })}
                            loading="lazy"
                          />
                          {photo.caption && <figcaption>{photo.caption}</figcaption>}
                        </figure>
                      </li>
                    ))}
                  </ul>
                )}
              </article>
            ))}
        </section>
      ))}
    </PortalLayout>
  );
}
