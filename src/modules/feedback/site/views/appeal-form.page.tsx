/** /interaction/appeals/new: the public form, without scripts; multipart for the images. */
import {
  ErrorSummary,
  PortalLayout,
  RadioGroup,
  SelectField,
  TextField,
  fieldId,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import { appealKinds } from '../../feedback.model.ts';

export function AppealFormPage(props: {
  state: FormState;
  orgs: { code: string; name: string }[];
}) {
  const { t, csrfToken } = useView();
  const { state } = props;
  const imagesError = state.errors.find((e) => e.field === 'images');
  const imagesId = fieldId('images');
  const publicId = fieldId('publicAllowed');
  const checked = ['on', 'true', '1', 'yes'].includes(state.values['publicAllowed'] ?? '');
  return (
    <PortalLayout title={t('feedbackSite.form.title')} section="interaction">
      <div class="form-page">
        <ErrorSummary errors={state.errors} />
        <h1>{t('feedbackSite.form.title')}</h1>
        <p>{t('feedbackSite.form.intro')}</p>
        {/* The token is in the action too: a multipart body is read only after the CSRF check. */}
        <form
          method="post"
          action={`/interaction/appeals/new?_csrf=${encodeURIComponent(csrfToken)}`}
          enctype="multipart/form-data"
          noValidate
        >
          <input type="hidden" name="_csrf" value={csrfToken} />
          <RadioGroup
            name="kind"
            legend={t('feedbackSite.form.kind')}
            options={appealKinds.map((kind) => ({
              value: kind,
              label: t(`feedback.kind.${kind}`),
            }))}
            state={state}
          />
          <TextField
            name="subject"
            label={t('feedbackSite.form.subject')}
            hint={t('feedbackSite.form.subjectHint')}
            state={state}
          />
          <TextField
            name="content"
            label={t('feedbackSite.form.content')}
            hint={t('feedbackSite.form.contentHint')}
            rows={8}
            state={state}
          />
          <TextField
            name="place"
            label={t('feedbackSite.form.place')}
            hint={t('feedbackSite.form.placeHint')}
            state={state}
          />
          <SelectField
            name="orgCode"
            label={t('feedbackSite.form.org')}
            blank={t('feedbackSite.form.orgBlank')}
            options={props.orgs.map((o) => ({ value: o.code, label: o.name }))}
            state={state}
          />
          <div class={imagesError ? 'text-field field-error' : 'text-field'}>
            <label for={imagesId}>{t('feedbackSite.form.images')}</label>
            <p class="hint" id={`${imagesId}-hint`}>
              {t('feedbackSite.form.imagesHint')}
            </p>
            {imagesError && (
              <p class="error-message" id={`${imagesId}-error`}>
                {t(imagesError.message, imagesError.vars)}
              </p>
            )}
            <input
              type="file"
              id={imagesId}
              name="images"
              accept="image/jpeg,image/png"
              multiple
              aria-describedby={`${imagesId}-hint${imagesError ? ` ${imagesId}-error` : ''}`}
              aria-invalid={imagesError ? 'true' : undefined}
            />
          </div>
          <fieldset class="field">
            <legend>{t('feedbackSite.form.contactTitle')}</legend>
            <p class="hint">{t('feedbackSite.form.contactHint')}</p>
            <TextField
              name="name"
              label={t('feedbackSite.form.name')}
              autocomplete="name"
              state={state}
            />
            <TextField
              name="phone"
              type="tel"
              label={t('feedbackSite.form.phone')}
              autocomplete="tel"
              state={state}
            />
            <TextField
              name="email"
              type="email"
              label={t('feedbackSite.form.email')}
              autocomplete="email"
              state={state}
            />
          </fieldset>
          <fieldset class="field">
            <legend>{t('feedbackSite.form.publicTitle')}</legend>
            <p class="hint" id={`${publicId}-hint`}>
              {t('feedbackSite.form.publicHint')}
            </p>
            <div class="checkbox">
              <input
                type="checkbox"
                id={publicId}
                name="publicAllowed"
                value="on"
                checked={checked}
                aria-describedby={`${publicId}-hint`}
              />
              <label for={publicId}>{t('feedbackSite.form.publicAllowed')}</label>
            </div>
          </fieldset>
          <button type="submit" class="button">
            {t('feedbackSite.form.submit')}
          </button>
        </form>
      </div>
    </PortalLayout>
  );
}
