import type { JSX } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { ViewContextHolder, type ViewContext } from './view-context.ts';

/** Renders a page component to a complete HTML document string. */
export function renderDocument(page: JSX.Element, context: ViewContext): string {
  return (
    '<!doctype html>' +
    renderToString(<ViewContextHolder.Provider value={context}>{page}</ViewContextHolder.Provider>)
  );
}
