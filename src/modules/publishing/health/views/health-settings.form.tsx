import { Fragment } from 'preact';
import { Form, TextField, useView, type FormState } from '../../../../platform/views/index.ts';

export const settingFields = [
  'homeDays',
  'newsDays',
  'noticeMonths',
  'policyMonths',
  'interactionMonths',
  'staleColumnsVeto',
  'blankColumnsVeto',
] as const;

/** The thresholds: a form for the county office and admins, a list for everyone else. */
export function SettingsForm(props: { form: FormState; canChange: boolean; saved: boolean }) {
  const { t } = useView();
  return (
    <section aria-labelledby="health-settings">
      <h2 id="health-settings">{t('publishingHealth.settings.title')}</h2>
      <p>{t('publishingHealth.settings.intro')}</p>
      {props.saved && <p role="status">{t('publishingHealth.settings.saved')}</p>}
      {props.canChange ? (
        <Form action="/staff/publishing/health/settings">
          {settingFields.map((name) => (
            <TextField
              key={name}
              name={name}
              type="number"
              label={t(`publishingHealth.settings.${name}`)}
              state={props.form}
            />
          ))}
          <button type="submit">{t('publishingHealth.settings.save')}</button>
        </Form>
      ) : (
        <dl>
          {settingFields.map((name) => (
            <Fragment key={name}>
              <dt>{t(`publishingHealth.settings.${name}`)}</dt>
              <dd>{props.form.values[name]}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </section>
  );
}
