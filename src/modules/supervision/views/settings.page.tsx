import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';

/** /staff/supervision/settings: the county's warning-light threshold. */
export function SettingsPage(props: { form: FormState; saved: boolean; canChange: boolean }) {
  const { t } = useView();
  return (
    <StaffLayout title={t('supervisionSettings.title')} system="supervision">
      <ErrorSummary errors={props.form.errors} />
      <h1>{t('supervisionSettings.title')}</h1>
      {props.saved && <p role="status">{t('supervisionSettings.saved')}</p>}
      <p>{t('supervisionSettings.intro')}</p>
      {props.canChange ? (
        <Form action="/staff/supervision/settings">
          <TextField
            name="yellowDays"
            type="number"
            label={t('supervisionSettings.yellowDays')}
            hint={t('supervisionSettings.yellowDaysHint')}
            state={props.form}
          />
          <button type="submit">{t('supervisionSettings.save')}</button>
        </Form>
      ) : (
        <dl>
          <dt>{t('supervisionSettings.yellowDays')}</dt>
          <dd>{props.form.values['yellowDays']}</dd>
        </dl>
      )}
    </StaffLayout>
  );
}
