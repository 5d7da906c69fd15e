import { useView } from './view-context.ts';

/** Language and large-text switches: small POST forms that work without JavaScript. */
export function PrefsForms() {
  const { t, locale, largeText, path, csrfToken } = useView();
  const other = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <div class="prefs" role="group" aria-label={t('layout.prefs.label')}>
      <form method="post" action="/prefs">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="next" value={path} />
        <button
          type="submit"
          name="lang"
          value={other}
          lang={other}
          title={t('layout.prefs.switchLanguageHint')}
          class="link-button"
        >
          {t('layout.prefs.switchLanguage')}
        </button>
      </form>
      <form method="post" action="/prefs">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="next" value={path} />
        <button
          type="submit"
          name="textSize"
          value={largeText ? 'standard' : 'large'}
          aria-pressed={largeText ? 'true' : 'false'}
          class="link-button"
        >
          {t(largeText ? 'layout.prefs.largeTextOff' : 'layout.prefs.largeTextOn')}
        </button>
      </form>
    </div>
  );
}
