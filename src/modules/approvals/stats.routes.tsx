/**
 * Statistics of cases: /staff/approvals/stats (any signed-in staff; the period form re-renders
 * with 422 and the field named on bad dates), its .xlsx export, and
 * GET /api/v1/approvals/statistics (a staff session, or a token with the scope approvals:read).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { AppError, isAppError } from '../../platform/errors/index.ts';
import { formValues, parseForm, type Actor } from '../../platform/http/index.ts';
import { listScope } from './cases.policy.ts';
import { exportStatistics, xlsxContentType } from './stats.export.ts';
import { statsGroupings, type StatsGrouping } from './stats.queries.ts';
import { periodOf, statsQuery, type StatsQuery } from './stats.schemas.ts';
import { computeCaseStatistics, type CaseStatistics } from './stats.service.ts';
import { StatsPage } from './views/stats.page.tsx';

export const statsApiScope = 'approvals:read';

/** Staff sessions read the statistics; tokens need approvals:read; the public may not. */
function ensureMayRead(request: FastifyRequest): void {
  const { actor } = request;
  if (actor.kind === 'user') return;
  if (actor.kind === 'token' && actor.scopes.includes(statsApiScope)) return;
  throw new AppError(
    'forbidden',
    'not_allowed',
    actor.kind === 'token'
      ? `令牌缺少 ${statsApiScope} 权限 / the token lacks ${statsApiScope}`
      : '请先登录 / sign in first',
  );
}

/** What the actor's case list holds, for the figures' links (cases.policy.ts listScope). */
function caseListOf(actor: Actor): 'all' | 'scoped' | 'none' {
  try {
    return listScope(actor) ? 'scoped' : 'all';
  } catch (error) {
    if (isAppError(error) && error.kind === 'forbidden') return 'none';
    throw error;
  }
}

/** The query, or a validation error naming each bad field (422, never a 400 or 500). */
function parseQuery(query: unknown): StatsQuery {
  const parsed = parseForm(statsQuery, query);
  if (parsed.ok) return parsed.data;
  const { errors } = parsed.state;
  throw new AppError('validation', 'validation', errors.map((e) => e.field).join(', '), {
    fields: errors,
  });
}

export function statsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;
  const today = () => localDateOf(clock.now());
  const all = (period: { from: string; to: string }, asOf: string): Promise<CaseStatistics[]> =>
    Promise.all(
      statsGroupings.map((groupBy) => computeCaseStatistics(db, { ...period, groupBy }, asOf)),
    );

  app.get('/staff/approvals/stats', async (request, reply) => {
    const asOf = today();
    const parsed = parseForm(statsQuery, request.query);
    const state = {
      values: formValues(request.query),
      errors: parsed.ok ? [] : parsed.state.errors,
    };
    const period = periodOf(parsed.ok ? parsed.data : {}, asOf);
    const page = (tables: CaseStatistics[], status = 200) =>
      reply.page(
        <StatsPage
          state={state}
          tables={tables}
          period={{ ...period, asOf }}
          exportHref={`/staff/approvals/stats.xlsx?${new URLSearchParams(period).toString()}`}
          caseList={caseListOf(request.actor)}
        />,
        status,
      );
    if (!parsed.ok) return page([], 422);
    try {
      return page(await all(period, asOf));
    } catch (error) {
      if (!isAppError(error) || error.kind !== 'validation') throw error;
      state.errors = error.details.fields ?? [];
      return page([], 422);
    }
  });

  app.get('/staff/approvals/stats.xlsx', async (request, reply) => {
    const asOf = today();
    const period = periodOf(parseQuery(request.query), asOf);
    const workbook = await exportStatistics(await all(period, asOf));
    return reply
      .type(xlsxContentType)
      .header(
        'content-disposition',
        `attachment; filename="approvals-stats-${period.from}-${period.to}.xlsx"`,
      )
      .header('cache-control', 'no-store')
      .send(workbook);
  });

  app.get('/api/v1/approvals/statistics', async (request) => {
    ensureMayRead(request);
    const asOf = today();
    const query = parseQuery(request.query);
    const groupBy: StatsGrouping = query.groupBy ?? 'org';
    return computeCaseStatistics(db, { ...periodOf(query, asOf), groupBy }, asOf);
  });
}
