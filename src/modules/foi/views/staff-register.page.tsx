import {
  ErrorSummary,
  Form,
  RadioGroup,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import type { OrgChoice } from '../foi-ledger.queries.ts';
import type { Receipt } from '../foi.service.ts';
import { applicantTypes, deliveries, idTypes, requestForms } from '../foi.model.ts';
import { requestHref } from './staff-ledger.page.tsx';
import { orgOptions, SelectField } from './staff-fields.tsx';

const staffChannels = ['in_person', 'post', 'fax', 'email'] as const;

/** /staff/foi/new — a request that came by post, fax, email or in person (条例第29–31条). */
export function RegisterPage(props: { state: FormState; orgs: OrgChoice[] }) {
  const { t, locale } = useView();
  const { state } = props;
  const options = (keys: readonly string[], prefix: string) =>
    keys.map((k) => ({ value: k, label: t(`${prefix}.${k}`) }));
  return (
    <StaffLayout title={t('foiStaff.register.title')} system="foi">
      <ErrorSummary errors={state.errors} />
      <p>
        <a href="/staff/foi">{t('foiStaff.back')}</a>
      </p>
      <h1>{t('foiStaff.register.title')}</h1>
      <p>{t('foiStaff.register.intro')}</p>
      <Form action="/staff/foi/new" class="form-page">
        <h2>{t('foiStaff.register.receipt')}</h2>
        <RadioGroup
          name="channel"
          legend={t('foiStaff.register.channel')}
          options={options(staffChannels, 'foi.channel')}
          state={state}
        />
        <TextField
          name="receivedOn"
          type="date"
          label={t('foiStaff.register.receivedOn')}
          hint={t('foiStaff.register.receivedOnHint')}
          state={state}
        />
        <SelectField
          name="org"
          label={t('foiStaff.register.org')}
          hint={t('foiStaff.register.orgHint')}
          state={state}
          options={orgOptions(props.orgs, locale)}
          fallback={props.orgs[0]?.code}
        />
        <h2>{t('foiStaff.register.applicant')}</h2>
        <SelectField
          name="applicantType"
          label={t('foiStaff.field.applicantType')}
          state={state}
          blank={t('foiStaff.choose')}
          options={options(applicantTypes, 'foi.applicantType')}
        />
        <TextField name="applicantName" label={t('foiStaff.field.applicantName')} state={state} />
        <SelectField
          name="idType"
          label={t('foiStaff.field.idType')}
          state={state}
          blank={t('foiStaff.choose')}
          options={options(idTypes, 'foi.idType')}
        />
        <TextField name="idNumber" label={t('foiStaff.field.idNumber')} state={state} />
        <TextField name="phone" type="tel" label={t('foiStaff.field.phone')} state={state} />
        <TextField name="email" type="email" label={t('foiStaff.field.email')} state={state} />
        <TextField name="address" label={t('foiStaff.field.address')} state={state} />
        <h2>{t('foiStaff.register.request')}</h2>
        <TextField
          name="description"
          label={t('foiStaff.field.description')}
          rows={5}
          state={state}
        />
        <TextField name="documentNumber" label={t('foiStaff.field.documentNumber')} state={state} />
        <RadioGroup
          name="form"
          legend={t('foiStaff.field.form')}
          options={options(requestForms, 'foi.form')}
          state={state}
        />
        <RadioGroup
          name="delivery"
          legend={t('foiStaff.field.delivery')}
          options={options(deliveries, 'foi.delivery')}
          state={state}
        />
        <button type="submit" class="button">
          {t('foiStaff.register.submit')}
        </button>
      </Form>
    </StaffLayout>
  );
}

/** The answer to a registration: the tracking number and the access code, shown this once. */
export function ReceiptPage(props: { receipt: Receipt }) {
  const { t } = useView();
  const { trackingNumber, accessCode, receivedOn, dueOn } = props.receipt;
  return (
    <StaffLayout title={t('foiStaff.receipt.title')} system="foi">
      <h1>{t('foiStaff.receipt.title')}</h1>
      <dl class="facts">
        <dt>{t('foiStaff.field.trackingNumber')}</dt>
        <dd>
          <code class="receipt-code">{trackingNumber}</code>
        </dd>
        <dt>{t('foiStaff.receipt.accessCode')}</dt>
        <dd>
          <code class="receipt-code">{accessCode}</code>
        </dd>
        <dt>{t('foiStaff.field.receivedOn')}</dt>
        <dd>{receivedOn}</dd>
        <dt>{t('foiStaff.clock.due')}</dt>
        <dd>{dueOn}</dd>
      </dl>
      <p class="warning">{t('foiStaff.receipt.once')}</p>
      <ul class="action-links">
        <li>
          <a href={requestHref(trackingNumber)}>{t('foiStaff.receipt.open')}</a>
        </li>
        <li>
          <a href="/staff/foi/new">{t('foiStaff.receipt.another')}</a>
        </li>
      </ul>
    </StaffLayout>
  );
}
