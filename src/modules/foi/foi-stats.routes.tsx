import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { computeFoiStatistics } from './foi-statistics.ts';
import { FoiStatsPage } from './views/stats.page.tsx';

const yearQuery = z.object({
  year: z.coerce.number().int().min(2008).max(2100).optional().catch(undefined),
});

/** Public statistics: the page /foi/statistics and GET /api/v1/foi/statistics?year=. */
export function foiStatsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const yearOf = (query: unknown) =>
    yearQuery.parse(query).year ?? Number(localDateOf(deps.clock.now()).slice(0, 4));
  const statsOf = (year: number) =>
    computeFoiStatistics(deps.db, { from: `${year}-01-01`, to: `${year}-12-31` });

  app.get('/foi/statistics', async (request, reply) => {
    const year = yearOf(request.query);
    return reply.page(<FoiStatsPage year={year} stats={await statsOf(year)} />);
  });

  app.get('/api/v1/foi/statistics', async (request) => statsOf(yearOf(request.query)));
}
