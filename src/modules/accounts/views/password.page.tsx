import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';

export function PasswordPage(props: { state: FormState }) {
  const { t, actor } = useView();
  return (
    <StaffLayout title={t('accounts.password.title')} system="home">
      <div class="form-page">
        <ErrorSummary errors={props.state.errors} />
        <h1>{t('accounts.password.title')}</h1>
        {actor.mustChangePassword && <p class="notice">{t('accounts.password.forced')}</p>}
        <Form action="/staff/password">
          <TextField
            name="current"
            type="password"
            label={t('accounts.password.current')}
            state={props.state}
            autocomplete="current-password"
            keepValue={false}
          />
          <TextField
            name="next"
            type="password"
            label={t('accounts.password.next')}
            hint={t('accounts.password.nextHint')}
            state={props.state}
            autocomplete="new-password"
            keepValue={false}
          />
          <TextField
            name="confirm"
            type="password"
            label={t('accounts.password.confirm')}
            state={props.state}
            autocomplete="new-password"
            keepValue={false}
          />
          <button type="submit" class="button">
            {t('accounts.password.submit')}
          </button>
        </Form>
      </div>
    </StaffLayout>
  );
}
