import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  fieldId,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import type { OpenDay, OpenDayOrg } from '../open-days.queries.ts';

export interface OpenDayFormProps {
  form: FormState;
  /** The org ids ticked. */
  selected: number[];
  orgs: OpenDayOrg[];
  /** Editing an existing record (with its photos); creating when absent. */
  day?: OpenDay;
  saved?: boolean;
  photoForm?: FormState;
}

function OrgChoices(props: { form: FormState; selected: number[]; orgs: OpenDayOrg[] }) {
  const { t } = useView();
  const error = props.form.errors.find((e) => e.field === 'orgIds');
  const id = fieldId('orgIds');
  return (
    <fieldset
      id={id}
      class={error ? 'checkbox-group field-error' : 'checkbox-group'}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend>{t('openDays.orgs')}</legend>
      <p class="hint" id={`${id}-hint`}>
        {t('openDays.orgsHint')}
      </p>
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {t(error.message, error.vars)}
        </p>
      )}
      {props.orgs.map((org) => (
        <div key={org.id} class="checkbox">
          <input
            type="checkbox"
            id={`org-${org.id}`}
            name="orgIds"
            value={String(org.id)}
            checked={props.selected.includes(org.id)}
          />
          <label for={`org-${org.id}`}>{org.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

function Photos(props: { day: OpenDay; form: FormState }) {
  const { t, csrfToken } = useView();
  const { day } = props;
  return (
    <section aria-labelledby="open-day-photos">
      <h2 id="open-day-photos">{t('openDays.photos')}</h2>
      <ul class="photo-list">
        {day.photos.map((photo) => (
          <li key={photo.id}>
            <img
              src={`/openness/open-days/photos/${photo.id}`}
              alt={photo.caption || t('openDays.photoAlt', { theme: day.theme })}
              width={240}
            />
            {photo.caption && <p>{photo.caption}</p>}
            <Form action={`/staff/publishing/open-days/${day.id}/photos/${photo.id}/delete`}>
              <button type="submit" class="link-button">
                {t('openDays.removePhoto')}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      {/* A multipart body is read by the route, after the CSRF check: the token goes in the URL. */}
      <form
        method="post"
        action={`/staff/publishing/open-days/${day.id}/photos?_csrf=${encodeURIComponent(csrfToken)}`}
        enctype="multipart/form-data"
        noValidate
      >
        <TextField name="caption" label={t('openDays.caption.label')} state={props.form} />
        <FileField form={props.form} />
        <button type="submit">{t('openDays.addPhoto')}</button>
      </form>
    </section>
  );
}

function FileField(props: { form: FormState }) {
  const { t } = useView();
  const error = props.form.errors.find((e) => e.field === 'file');
  const id = fieldId('file');
  return (
    <div class={error ? 'text-field field-error' : 'text-field'}>
      <label for={id}>{t('openDays.photo')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('openDays.photoHint')}
      </p>
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {t(error.message, error.vars)}
        </p>
      )}
      <input
        id={id}
        type="file"
        name="file"
        accept="image/jpeg,image/png"
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
    </div>
  );
}

/** /staff/publishing/open-days/new and /staff/publishing/open-days/:id. */
export function OpenDayFormPage(props: OpenDayFormProps) {
  const { t } = useView();
  const title = props.day ? t('openDays.edit') : t('openDays.new');
  const photoForm = props.photoForm ?? { values: {}, errors: [] };
  return (
    <StaffLayout title={title} system="publishing">
      <ErrorSummary errors={[...props.form.errors, ...photoForm.errors]} />
      <p>
        <a href="/staff/publishing/open-days">{t('openDays.title')}</a>
      </p>
      <h1>{title}</h1>
      {props.saved && <p role="status">{t('openDays.saved')}</p>}
      <Form
        action={
          props.day ? `/staff/publishing/open-days/${props.day.id}` : '/staff/publishing/open-days'
        }
      >
        <TextField
          name="heldOn"
          type="date"
          label={t('openDays.heldOn')}
          hint={t('openDays.heldOnHint')}
          state={props.form}
        />
        <TextField name="place" label={t('openDays.place')} state={props.form} />
        <TextField name="theme" label={t('openDays.theme')} state={props.form} />
        <OrgChoices form={props.form} selected={props.selected} orgs={props.orgs} />
        <TextField
          name="consultationsAnswered"
          type="number"
          label={t('openDays.consultationsAnswered')}
          state={props.form}
        />
        <TextField
          name="materialsHandedOut"
          type="number"
          label={t('openDays.materialsHandedOut')}
          state={props.form}
        />
        <TextField name="summary" label={t('openDays.summary')} rows={6} state={props.form} />
        <button type="submit">{t('openDays.save')}</button>
      </Form>
      {props.day && <Photos day={props.day} form={photoForm} />}
    </StaffLayout>
  );
}
