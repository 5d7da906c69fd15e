/** GET /api/v1/powers and /api/v1/powers/{code}: the public catalog as JSON (powers.openapi.ts). */
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { categoryNames } from './powers.model.ts';
import { listOrgsWithPowers, searchPowers, type PowerSummary } from './powers.queries.ts';
import { filterOf, publicPageSize, readPower } from './powers-public.routes.tsx';
import { catalogQuery, powerCodeParams } from './powers.schemas.ts';

function summaryJson(p: PowerSummary) {
  return {
    code: p.code,
    category: p.category,
    categoryName: categoryNames[p.category],
    name: p.name,
    org: { code: p.orgCode, name: p.orgName },
    level: p.level,
    status: p.status,
    version: p.version,
  };
}

export function powersApiRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db } = deps;

  app.get('/api/v1/powers', async (request) => {
    const query = catalogQuery.parse(request.query);
    const orgs = await listOrgsWithPowers(db);
    const page = query.page ?? 1;
    const { total, rows } = await searchPowers(db, filterOf(query, orgs), page, publicPageSize);
    return { total, page, pageSize: publicPageSize, items: rows.map(summaryJson) };
  });

  app.get('/api/v1/powers/:code', async (request) => {
    const { code } = powerCodeParams.parse(request.params);
    const { power, steps, adjustments, intermediaries } = await readPower(db, code);
    return {
      ...summaryJson(power),
      basis: power.basis,
      laws: power.laws,
      responsibilities: power.responsibilities.map(({ stage, text }) => ({ stage, text })),
      accountability: power.accountability,
      supervisionPhone: power.supervisionPhone,
      note: power.note,
      flowSteps: steps.map(({ position, name, post, limitDays, isCheckpoint }) => ({
        position,
        name,
        post,
        limitDays,
        isCheckpoint,
      })),
      adjustments: adjustments.map(({ kind, documentNumber, adoptedOn, note, version }) => ({
        kind,
        documentNumber,
        adoptedOn,
        note,
        version,
      })),
      intermediaries,
    };
  });
}
