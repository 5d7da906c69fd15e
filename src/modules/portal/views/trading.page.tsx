import { PortalLayout, useView } from '../../../platform/views/index.ts';

/** 招标公告: the trading module has not landed; an honest notice, no invented content. */
export function TradingPage() {
  const { t } = useView();
  const section = t('portal.entry.trading');
  const title = t('notAvailable.title', { section });
  return (
    <PortalLayout title={title} section="home">
      <div class="message-page">
        <h1>{title}</h1>
        <p>{t('portal.entry.trading.summary')}</p>
        <p>{t('notAvailable.body', { section })}</p>
        <p>{t('notAvailable.noFigures')}</p>
      </div>
    </PortalLayout>
  );
}
