/** /services/apply/:itemCode — applying online for an item (the case starts as submitted). */
import {
  ErrorSummary,
  Form,
  PortalLayout,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import { ApplicantFields, MaterialChecks, type MaterialChoice } from './case-applicant.tsx';

export interface ApplyItem {
  code: string;
  name: string;
  promisedDays: number;
  materials: MaterialChoice[];
}

export function ApplyPage(props: { item: ApplyItem; state: FormState }) {
  const { t } = useView();
  const { item, state } = props;
  const title = t('approvals.apply.title', { item: item.name });
  return (
    <PortalLayout title={title} section="services">
      <div class="form-page">
        <ErrorSummary errors={state.errors} />
        <h1>{title}</h1>
        <p>{t('approvals.apply.intro', { days: item.promisedDays })}</p>
        <Form action={`/services/apply/${encodeURIComponent(item.code)}`}>
          <ApplicantFields state={state} />
          <MaterialChecks
            materials={item.materials}
            state={state}
            legend={t('approvals.apply.materials')}
          />
          <button type="submit" class="button">
            {t('approvals.apply.submit')}
          </button>
        </Form>
      </div>
    </PortalLayout>
  );
}

export function ApplyReceiptPage(props: {
  trackingNumber: string;
  accessCode: string;
  receivedOn: string;
}) {
  const { t } = useView();
  return (
    <PortalLayout title={t('approvals.apply.receiptTitle')} section="services">
      <div class="form-page">
        <h1>{t('approvals.apply.receiptTitle')}</h1>
        <p>{t('approvals.apply.receiptIntro', { receivedOn: props.receivedOn })}</p>
        <dl class="facts">
          <dt>{t('approvals.cases.field.trackingNumber')}</dt>
          <dd>
            <strong id="tracking-number">{props.trackingNumber}</strong>
          </dd>
          <dt>{t('approvals.cases.field.accessCode')}</dt>
          <dd>
            <strong id="access-code">{props.accessCode}</strong>
          </dd>
        </dl>
        <p>{t('approvals.apply.keepCode')}</p>
        <p>
          <a href="/services/track">{t('approvals.track.title')}</a>
        </p>
      </div>
    </PortalLayout>
  );
}
