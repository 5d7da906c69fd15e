import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JSX } from 'preact';
import type { I18n } from '../i18n/index.ts';
import type { Settings } from '../settings/index.ts';
import { renderDocument, type ViewContext } from '../views/index.ts';
import { isLargeText, localeOf } from './request-locale.ts';

declare module 'fastify' {
  interface FastifyReply {
    /** Renders a page component as a full HTML document with this request's view context. */
    page(node: JSX.Element, status?: number): Promise<FastifyReply>;
  }
}

export interface PageDeps {
  i18n: I18n;
  loadSettings(): Promise<Settings>;
}

export async function viewContextOf(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: PageDeps,
): Promise<ViewContext> {
  const locale = localeOf(request);
  return {
    locale,
    t: deps.i18n.translator(locale),
    settings: await deps.loadSettings(),
    path: request.url,
    largeText: isLargeText(request),
    csrfToken: reply.generateCsrf(),
    requestId: request.id,
    actor: request.actor,
  };
}

export function registerPageRendering(app: FastifyInstance, deps: PageDeps): void {
  app.decorateReply(
    'page',
    async function page(this: FastifyReply, node: JSX.Element, status = 200) {
      const context = await viewContextOf(this.request, this, deps);
      return this.code(status)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(renderDocument(node, context));
    },
  );
}
