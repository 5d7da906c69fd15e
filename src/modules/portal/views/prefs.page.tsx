import {
  ErrorSummary,
  Form,
  PortalLayout,
  RadioGroup,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';

export function PrefsPage(props: { state: FormState }) {
  const { t, locale, largeText } = useView();
  return (
    <PortalLayout title={t('portal.prefs.title')} section="home">
      <div class="form-page">
        <ErrorSummary errors={props.state.errors} />
        <h1>{t('portal.prefs.title')}</h1>
        <p>{t('portal.prefs.intro')}</p>
        <Form action="/prefs">
          <input type="hidden" name="next" value="/" />
          <RadioGroup
            name="lang"
            legend={t('portal.prefs.lang')}
            state={props.state}
            fallback={locale}
            options={[
              { value: 'zh-CN', label: '中文', lang: 'zh-CN' },
              { value: 'en', label: 'English', lang: 'en' },
            ]}
          />
          <RadioGroup
            name="textSize"
            legend={t('portal.prefs.textSize')}
            state={props.state}
            fallback={largeText ? 'large' : 'standard'}
            options={[
              { value: 'standard', label: t('portal.prefs.textSize.standard') },
              { value: 'large', label: t('portal.prefs.textSize.large') },
            ]}
          />
          <button type="submit" class="button">
            {t('portal.prefs.save')}
          </button>
        </Form>
      </div>
    </PortalLayout>
  );
}
