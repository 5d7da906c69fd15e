import { PortalLayout, useView } from '../../../platform/views/index.ts';
import type { PortalSectionId } from '../portal.schemas.ts';

/** An honest placeholder for a section whose module has not landed: no invented content. */
export function SectionPage(props: { section: PortalSectionId }) {
  const { t } = useView();
  const section = t(`portal.section.${props.section}`);
  const title = t('notAvailable.title', { section });
  return (
    <PortalLayout title={title} section={props.section}>
      <div class="message-page">
        <h1>{title}</h1>
        <p>{t(`portal.section.${props.section}.summary`)}</p>
        <p>{t('notAvailable.body', { section })}</p>
        <p>{t('notAvailable.noFigures')}</p>
        {props.section === 'openness' && (
          <ul>
            <li>
              <a href="/foi/apply">{t('portal.openness.apply')}</a>
            </li>
            <li>
              <a href="/foi/status">{t('portal.openness.status')}</a>
            </li>
          </ul>
        )}
      </div>
    </PortalLayout>
  );
}
