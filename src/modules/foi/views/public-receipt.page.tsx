import { PortalLayout, useView } from '../../../platform/views/index.ts';
import { WhatHappensNext } from './public-apply.page.tsx';
import { DateText, DueDate } from './public-parts.tsx';

export interface ReceiptView {
  trackingNumber: string;
  accessCode: string;
  receivedOn: string;
  dueOn: string;
  provisional: boolean;
}

/**
 * The answer to a sent application, rendered in place (never a redirect, so the access code is in
 * no URL and no history entry): the tracking number, the access code shown this once, the dates.
 */
export function ReceiptPage(props: { receipt: ReceiptView }) {
  const { t } = useView();
  const { receipt } = props;
  return (
    <PortalLayout title={t('foiPublic.receipt.title')} section="openness">
      <div class="form-page">
        <h1>{t('foiPublic.receipt.title')}</h1>
        <p>{t('foiPublic.receipt.lead')}</p>
        <section class="card">
          <h2>{t('foiPublic.receipt.trackingNumber')}</h2>
          <p class="due-date" id="tracking-number">
            {receipt.trackingNumber}
          </p>
          <h2>{t('foiPublic.receipt.accessCode')}</h2>
          <p class="due-date" id="access-code">
            {receipt.accessCode}
          </p>
        </section>
        <p class="warning">
          <strong>{t('foiPublic.receipt.writeDown')}</strong>
        </p>
        <table class="data-table">
          <tbody>
            <tr>
              <th scope="row">{t('foiPublic.receipt.receivedOn')}</th>
              <td>
                <DateText date={receipt.receivedOn} />
              </td>
            </tr>
            <tr>
              <th scope="row">{t('foiPublic.receipt.dueOn')}</th>
              <td>
                <DueDate dueOn={receipt.dueOn} provisional={receipt.provisional} />
              </td>
            </tr>
          </tbody>
        </table>
        {receipt.provisional && <p class="warning">{t('foiPublic.provisionalNote')}</p>}
        <WhatHappensNext sent />
        <p>
          <strong>{t('foiPublic.privacy')}</strong>
        </p>
        <p>
          <a href={`/foi/status?trackingNumber=${encodeURIComponent(receipt.trackingNumber)}`}>
            {t('foiPublic.receipt.statusLink')}
          </a>
        </p>
      </div>
    </PortalLayout>
  );
}
