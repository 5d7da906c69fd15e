import { Form, PortalLayout, useView } from '../../../../platform/views/index.ts';

export interface ReceiptView {
  trackingNumber: string;
  accessCode: string;
  receivedOn: string;
  replyDueOn: string;
  completeDueOn: string;
}

/**
 * The answer to a sent appeal, rendered in place (never a redirect, so the access code is in no
 * URL and no history entry): the tracking number, the access code shown this once, the dates.
 */
export function ReceiptPage(props: { receipt: ReceiptView }) {
  const { t } = useView();
  const { receipt } = props;
  return (
    <PortalLayout title={t('feedbackSite.receipt.title')} section="interaction">
      <div class="form-page">
        <h1>{t('feedbackSite.receipt.title')}</h1>
        <p>{t('feedbackSite.receipt.lead')}</p>
        <section class="card">
          <h2>{t('feedbackSite.receipt.number')}</h2>
          <p class="due-date" id="tracking-number">
            {receipt.trackingNumber}
          </p>
          <h2>{t('feedbackSite.receipt.accessCode')}</h2>
          <p class="due-date" id="access-code">
            {receipt.accessCode}
          </p>
        </section>
        <p class="warning">
          <strong>{t('feedbackSite.receipt.keep')}</strong>
        </p>
        <table class="data-table">
          <tbody>
            <tr>
              <th scope="row">{t('feedbackSite.receipt.receivedOn')}</th>
              <td>{receipt.receivedOn}</td>
            </tr>
            <tr>
              <th scope="row">{t('feedbackSite.receipt.replyDueOn')}</th>
              <td>{receipt.replyDueOn}</td>
            </tr>
            <tr>
              <th scope="row">{t('feedbackSite.receipt.completeDueOn')}</th>
              <td>{receipt.completeDueOn}</td>
            </tr>
          </tbody>
        </table>
        <Form action="/interaction/track">
          <input type="hidden" name="number" value={receipt.trackingNumber} />
          <input type="hidden" name="accessCode" value={receipt.accessCode} />
          <button type="submit" class="button">
            {t('feedbackSite.receipt.track')}
          </button>
        </Form>
      </div>
    </PortalLayout>
  );
}
