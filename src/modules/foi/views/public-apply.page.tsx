import {
  ErrorSummary,
  fieldId,
  PortalLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import { applicantTypes, deliveries, idTypes, requestForms } from '../foi.model.ts';
import { ChoiceGroup } from './public-parts.tsx';

/**
 * The form's fields, in the order of the page, and the path of each in the application
 * (foi.schemas.ts): the form is flat, the API's input nested.
 */
export const applyFields = {
  applicantType: 'applicant.type',
  name: 'applicant.name',
  idType: 'applicant.idType',
  idNumber: 'applicant.idNumber',
  phone: 'applicant.phone',
  email: 'applicant.email',
  address: 'applicant.address',
  description: 'description',
  documentNumber: 'documentNumber',
  format: 'form',
  delivery: 'delivery',
} as const;
export type ApplyField = keyof typeof applyFields;

/** The file input: a scan of the ID or licence (optional), kept as the request's proof of identity. */
export const fileField = 'file';

/** Every field's name in the order of the page: the scan follows the ID number. */
export const applyPageOrder: readonly string[] = (() => {
  const names: string[] = Object.keys(applyFields);
  names.splice(names.indexOf('idNumber') + 1, 0, fileField);
  return names;
})();

/**
 * The optional scan of the ID or licence. A browser cannot be given the file back: after a
 * refused form, `chooseAgain` says that a file chosen before was not sent.
 */
function IdentityScanField(props: { state: FormState; chooseAgain?: boolean }) {
  const { t } = useView();
  const id = fieldId(fileField);
  const error = props.state.errors.find((e) => e.field === fileField);
  const again = props.chooseAgain && !error;
  const described = [`${id}-hint`, again ? `${id}-again` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={error ? 'text-field field-error' : 'text-field'}>
      <label for={id}>{t('foiPublic.apply.file')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('foiPublic.apply.fileHint')}
      </p>
      {again && (
        <p class="hint" id={`${id}-again`}>
          <strong>{t('foiPublic.apply.fileAgain')}</strong>
        </p>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {t(error.message, error.vars)}
        </p>
      )}
      <input
        id={id}
        name={fileField}
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-describedby={described}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

/** What happens after an application: shown before the form and again on the receipt. */
export function WhatHappensNext(props: { sent?: boolean }) {
  const { t } = useView();
  return (
    <section class="notice" aria-labelledby="next-title">
      <h2 id="next-title">{t('foiPublic.next.title')}</h2>
      <ul>
        {!props.sent && <li>{t('foiPublic.next.receipt')}</li>}
        <li>{t('foiPublic.next.deadline')}</li>
        <li>{t('foiPublic.next.extension')}</li>
        <li>{t('foiPublic.next.correction')}</li>
        <li>{t('foiPublic.next.fee')}</li>
      </ul>
    </section>
  );
}

/**
 * /foi/apply: the application of 条例第29条, a POST form that works without scripts. It is sent as
 * multipart/form-data for the optional scan; `chooseAgain`: a file was chosen on the refused form.
 */
export function ApplyPage(props: { state: FormState; chooseAgain?: boolean }) {
  const { t, settings, locale, csrfToken } = useView();
  const { state } = props;
  const government =
    locale === 'en'
      ? settings.governmentNameEn || settings.governmentName
      : settings.governmentName;
  const organisations = applicantTypes.filter((type) => type !== 'person');
  return (
    <PortalLayout title={t('foiPublic.apply.title')} section="openness">
      <div class="form-page">
        <ErrorSummary errors={state.errors} />
        <h1>{t('foiPublic.apply.title')}</h1>
        <p>{t('foiPublic.apply.intro', { government })}</p>
        <WhatHappensNext />
        <p>
          <strong>{t('foiPublic.privacy')}</strong>
        </p>
        <p>
          <a href="/foi/status">{t('foiPublic.apply.statusLink')}</a>
        </p>
        {/* A multipart body is read by the route, after the CSRF check: the token goes in the URL. */}
        <form
          method="post"
          action={`/foi/apply?_csrf=${encodeURIComponent(csrfToken)}`}
          enctype="multipart/form-data"
          noValidate
        >
          <p>{t('foiPublic.apply.required')}</p>
          <h2>{t('foiPublic.apply.applicant')}</h2>
          <ChoiceGroup
            name="applicantType"
            legend={t('foiPublic.apply.applicantType')}
            hint={t('foiPublic.apply.applicantTypeHint')}
            state={state}
            options={[{ value: 'person', label: t('foi.applicantType.person') }]}
            nested={{
              legend: t('foiPublic.apply.organisation'),
              options: organisations.map((type) => ({
                value: type,
                label: t(`foi.applicantType.${type}`),
              })),
            }}
          />
          <TextField
            name="name"
            label={t('foiPublic.apply.name')}
            hint={t('foiPublic.apply.nameHint')}
            autocomplete="name"
            state={state}
          />
          <ChoiceGroup
            name="idType"
            legend={t('foiPublic.apply.idType')}
            hint={t('foiPublic.apply.idTypeHint')}
            state={state}
            options={idTypes.map((type) => ({ value: type, label: t(`foi.idType.${type}`) }))}
          />
          <TextField
            name="idNumber"
            label={t('foiPublic.apply.idNumber')}
            hint={t('foiPublic.apply.idNumberHint')}
            autocomplete="off"
            state={state}
          />
          <IdentityScanField state={state} chooseAgain={props.chooseAgain} />
          <TextField
            name="phone"
            type="tel"
            label={t('foiPublic.apply.phone')}
            hint={t('foiPublic.apply.phoneHint')}
            autocomplete="tel"
            state={state}
          />
          <TextField
            name="email"
            type="email"
            label={t('foiPublic.apply.email')}
            hint={t('foiPublic.apply.emailHint')}
            autocomplete="email"
            state={state}
          />
          <TextField
            name="address"
            label={t('foiPublic.apply.address')}
            hint={t('foiPublic.apply.addressHint')}
            autocomplete="street-address"
            state={state}
          />
          <h2>{t('foiPublic.apply.information')}</h2>
          <TextField
            name="description"
            label={t('foiPublic.apply.description')}
            hint={t('foiPublic.apply.descriptionHint')}
            rows={6}
            state={state}
          />
          <TextField
            name="documentNumber"
            label={t('foiPublic.apply.documentNumber')}
            hint={t('foiPublic.apply.documentNumberHint')}
            autocomplete="off"
            state={state}
          />
          <h2>{t('foiPublic.apply.obtaining')}</h2>
          <ChoiceGroup
            name="format"
            legend={t('foiPublic.apply.format')}
            state={state}
            options={requestForms.map((form) => ({ value: form, label: t(`foi.form.${form}`) }))}
          />
          <ChoiceGroup
            name="delivery"
            legend={t('foiPublic.apply.delivery')}
            hint={t('foiPublic.apply.deliveryHint')}
            state={state}
            options={deliveries.map((way) => ({ value: way, label: t(`foi.delivery.${way}`) }))}
          />
          <button type="submit" class="button">
            {t('foiPublic.apply.submit')}
          </button>
        </form>
      </div>
    </PortalLayout>
  );
}
