/** /interaction: how to send and follow an appeal, the latest public replies, the figures. */
import { PortalLayout, useView } from '../../../../platform/views/index.ts';
import type { PublicReply } from '../site.queries.ts';
import { ReplyList } from './replies.page.tsx';

export function LandingPage(props: { latest: PublicReply[] }) {
  const { t } = useView();
  return (
    <PortalLayout title={t('feedbackSite.landing.title')} section="interaction">
      <h1>{t('feedbackSite.landing.title')}</h1>
      <p>{t('feedbackSite.landing.lead')}</p>
      <p>
        <a class="button" href="/interaction/appeals/new">
          {t('feedbackSite.landing.submit')}
        </a>{' '}
        <a class="button secondary" href="/interaction/track">
          {t('feedbackSite.landing.track')}
        </a>
      </p>
      <section aria-labelledby="how-title">
        <h2 id="how-title">{t('feedbackSite.landing.howTitle')}</h2>
        <ol>
          <li>{t('feedbackSite.landing.how1')}</li>
          <li>{t('feedbackSite.landing.how2')}</li>
          <li>{t('feedbackSite.landing.how3')}</li>
        </ol>
      </section>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">{t('feedbackSite.landing.latest')}</h2>
        <ReplyList items={props.latest} />
        <p>
          <a href="/interaction/replies">{t('feedbackSite.landing.allReplies')}</a>
        </p>
      </section>
      <p>
        <a href="/interaction/figures">{t('feedbackSite.landing.figures')}</a>
      </p>
    </PortalLayout>
  );
}
