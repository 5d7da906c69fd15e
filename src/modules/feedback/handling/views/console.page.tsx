/** /staff/feedback: the system's landing — my queue, the dispatch queue, the part's pages. */
import { StaffLayout, useView } from '../../../../platform/views/index.ts';
import type { AppealListItem } from '../console.queries.ts';
import { AppealTable } from './parts.tsx';

const links = [
  ['/staff/feedback/new', 'new'],
  ['/staff/feedback/appeals', 'appeals'],
  ['/staff/feedback/routing', 'routing'],
  ['/staff/feedback/figures', 'figures'],
  ['/staff/feedback/responders', 'responders'],
  ['/staff/feedback/settings', 'settings'],
  ['/staff/feedback/duplicates', 'duplicates'],
  ['/staff/feedback/rectifications', 'rectifications'],
] as const;

export function ConsolePage(props: { mine: AppealListItem[]; dispatch: AppealListItem[] }) {
  const { t } = useView();
  return (
    <StaffLayout title={t('feedbackHandling.title')} system="feedback">
      <h1>{t('feedbackHandling.title')}</h1>
      <nav aria-labelledby="feedback-links">
        <h2 id="feedback-links">{t('feedbackHandling.links')}</h2>
        <ul>
          {links.map(([href, key]) => (
            <li key={href}>
              <a href={href}>{t(`feedbackHandling.link.${key}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="queue-mine">
        <h2 id="queue-mine">{t('feedbackHandling.queue.mine')}</h2>
        <AppealTable caption={t('feedbackHandling.queue.mine')} rows={props.mine} />
      </section>
      {props.dispatch.length > 0 && (
        <section aria-labelledby="queue-dispatch">
          <h2 id="queue-dispatch">{t('feedbackHandling.queue.dispatch')}</h2>
          <AppealTable caption={t('feedbackHandling.queue.dispatch')} rows={props.dispatch} />
        </section>
      )}
    </StaffLayout>
  );
}
