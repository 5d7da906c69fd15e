/** GET /search (the public results page) and GET /api/v1/publications (the contract of issue 8). */
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { isAppError } from '../../../platform/errors/index.ts';
import { searchPublications, type SearchHit } from './search.service.ts';
import { SearchPage, type Query } from './views/search.page.tsx';

/** The first value of each known parameter, as text ('' when absent). */
function queryOf(raw: unknown): Query & { page: string } {
  const source = (raw ?? {}) as Record<string, unknown>;
  const one = (name: string) => {
    const value = source[name];
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first : '';
  };
  return {
    q: one('q').replace(/\s+/g, ' ').trim(),
    type: one('type'),
    org: one('org'),
    year: one('year'),
    validity: one('validity'),
    page: one('page'),
  };
}

/** One result as the API gives it: org is the publishing org's name, snippet is HTML. */
export function apiItem(hit: SearchHit) {
  return {
    id: hit.id,
    type: hit.type,
    title: hit.title,
    org: hit.org.name,
    publishedOn: hit.publishedOn,
    url: hit.url,
    snippet: hit.snippetHtml,
  };
}

export function searchRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  app.get('/search', async (request, reply) => {
    const { page, ...query } = queryOf(request.query);
    try {
      const result = await searchPublications(db, clock, { ...query, page });
      return reply.page(<SearchPage query={query} result={result} />);
    } catch (error) {
      if (!isAppError(error) || error.kind !== 'validation') throw error;
      return reply.page(<SearchPage query={query} errors={error.details.fields ?? []} />, 422);
    }
  });

  app.get(
    '/api/v1/publications',
    { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } },
    async (request) => {
      const result = await searchPublications(db, clock, queryOf(request.query));
      return { total: result.total, items: result.items.map(apiItem) };
    },
  );
}
