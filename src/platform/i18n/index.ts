export { createI18n, defineMessages, isLocale, locales, defaultLocale } from './i18n.ts';
export type { Catalog, I18n, Locale, Translate, MessageVars } from './i18n.ts';
export { platformMessages } from './platform.messages.ts';
