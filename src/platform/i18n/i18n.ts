/**
 * Message catalogs: every display string lives in a catalog (zh-CN first, en second); components
 * take keys. Each module defines its own catalog with `defineMessages`; the app merges them.
 */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export type MessageVars = Record<string, string | number>;
export type Translate = (key: string, vars?: MessageVars) => string;

export interface Catalog {
  'zh-CN': Readonly<Record<string, string>>;
  en: Readonly<Record<string, string>>;
}

/** A module's catalog; the English half must have exactly the Chinese half's keys. */
export function defineMessages<const Z extends Record<string, string>>(
  zh: Z,
  en: { [K in keyof Z]: string },
): Catalog {
  return { 'zh-CN': zh, en };
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function interpolate(template: string, vars: MessageVars | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export interface I18n {
  translator(locale: Locale): Translate;
  has(key: string): boolean;
}

export function createI18n(catalogs: Catalog[]): I18n {
  const merged: Record<Locale, Map<string, string>> = { 'zh-CN': new Map(), en: new Map() };
  for (const catalog of catalogs) {
    for (const locale of locales) {
      for (const [key, text] of Object.entries(catalog[locale])) {
        if (merged[locale].has(key)) throw new Error(`Message key defined twice: ${key}`);
        merged[locale].set(key, text);
      }
    }
  }
  return {
    has: (key) => merged['zh-CN'].has(key),
    translator(locale) {
      const table = merged[locale];
      // A missing key shows as itself: visible in tests and review, never a crash for the public.
      return (key, vars) => interpolate(table.get(key) ?? key, vars);
    },
  };
}
