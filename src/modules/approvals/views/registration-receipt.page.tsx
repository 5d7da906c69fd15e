import { StaffLayout, useView } from '../../../platform/views/index.ts';
import type { CaseReceipt } from '../cases.service.ts';

/** The answer to an accepted registration: the case number and the access code, shown once. */
export function RegistrationReceiptPage(props: { receipt: CaseReceipt; reviewOrgs: string[] }) {
  const { t } = useView();
  const { receipt } = props;
  return (
    <StaffLayout title={t('registration.receipt.title')} system="powers">
      <h1>{t('registration.receipt.title')}</h1>
      <table class="facts">
        <caption>{t('registration.title')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('registration.receipt.trackingNumber')}</th>
            <td id="tracking-number">{receipt.trackingNumber}</td>
          </tr>
          <tr>
            <th scope="row">{t('registration.receipt.accessCode')}</th>
            <td id="access-code">{receipt.accessCode}</td>
          </tr>
        </tbody>
      </table>
      {props.reviewOrgs.length > 0 && (
        <p>{t('registration.receipt.review', { orgs: props.reviewOrgs.join('、') })}</p>
      )}
    </StaffLayout>
  );
}
