import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Actor } from '../http/actor.ts';
import type { Locale, Translate } from '../i18n/index.ts';
import type { Settings } from '../settings/index.ts';

/** What every server-rendered page may read: language, strings, the county, the form token. */
export interface ViewContext {
  locale: Locale;
  t: Translate;
  settings: Settings;
  /** The request path (with query), so forms can come back here. */
  path: string;
  largeText: boolean;
  csrfToken: string;
  requestId: string;
  /** Who is looking: the public or a signed-in staff member. */
  actor: Actor;
}

export const ViewContextHolder = createContext<ViewContext | null>(null);

export function useView(): ViewContext {
  const view = useContext(ViewContextHolder);
  if (!view) throw new Error('useView() outside a rendered page');
  return view;
}
