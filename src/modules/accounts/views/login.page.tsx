import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';

export function LoginPage(props: { state: FormState; next: string }) {
  const { t } = useView();
  return (
    <StaffLayout title={t('accounts.login.title')} system="home">
      <div class="form-page">
        <ErrorSummary errors={props.state.errors} />
        <h1>{t('accounts.login.title')}</h1>
        <p>{t('accounts.login.intro')}</p>
        <Form action="/staff/login">
          <input type="hidden" name="next" value={props.next} />
          <TextField
            name="username"
            label={t('accounts.login.username')}
            state={props.state}
            autocomplete="username"
          />
          <TextField
            name="password"
            type="password"
            label={t('accounts.login.password')}
            state={props.state}
            autocomplete="current-password"
            keepValue={false}
          />
          <button type="submit" class="button">
            {t('accounts.login.submit')}
          </button>
        </Form>
      </div>
    </StaffLayout>
  );
}
