/** The public catalog: /services/powers, a power's page, the intermediary list, and the API. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { listIntermediariesOfPower, listIntermediaryServices } from './intermediaries.queries.ts';
import {
  listAdjustments,
  listFlowSteps,
  listOrgsWithPowers,
  searchPowers,
  type OrgOption,
  type PowerFilter,
} from './powers.queries.ts';
import { catalogQuery, powerCodeParams, type CatalogQuery } from './powers.schemas.ts';
import { getPowerByCode } from './powers.service.ts';
import { CatalogPage } from './views/catalog.page.tsx';
import { IntermediariesPage } from './views/intermediaries.page.tsx';
import { PowerPage } from './views/power.page.tsx';

export const publicPageSize = 20;

/** The search's filter from its query; an org code not in the list matches nothing. */
export function filterOf(query: CatalogQuery, orgs: OrgOption[]): PowerFilter {
  const org = query.org ? orgs.find((o) => o.code === query.org) : undefined;
  return {
    q: query.q,
    category: query.category,
    orgId: query.org ? (org?.id ?? -1) : undefined,
  };
}

export function valuesOf(query: CatalogQuery): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of ['q', 'org', 'category', 'status'] as const) {
    if (query[key]) values[key] = query[key]!;
  }
  return values;
}

/** A power whole, for its page and the API. */
export async function readPower(db: Kysely<unknown>, code: string) {
  const power = await getPowerByCode(db, code);
  const [steps, adjustments, intermediaries] = await Promise.all([
    listFlowSteps(db, power.id),
    listAdjustments(db, power.id),
    listIntermediariesOfPower(db, power.id),
  ]);
  return { power, steps, adjustments, intermediaries };
}

export function powersPublicRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db } = deps;

  app.get('/services/powers', async (request, reply) => {
    const query = catalogQuery.parse(request.query);
    const orgs = await listOrgsWithPowers(db);
    const page = query.page ?? 1;
    const { total, rows } = await searchPowers(db, filterOf(query, orgs), page, publicPageSize);
    return reply.page(
      <CatalogPage
        values={valuesOf(query)}
        orgs={orgs}
        rows={rows}
        total={total}
        page={page}
        pageSize={publicPageSize}
      />,
    );
  });

  app.get('/services/powers/:code', async (request, reply) => {
    const { code } = powerCodeParams.parse(request.params);
    return reply.page(<PowerPage {...await readPower(db, code)} />);
  });

  app.get('/services/intermediaries', async (_request, reply) =>
    reply.page(<IntermediariesPage services={await listIntermediaryServices(db)} />),
  );
}
