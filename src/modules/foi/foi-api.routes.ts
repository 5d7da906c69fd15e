/** The JSON API of issue 5's contract: apply, follow, and the annual report for staff. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError } from '../../platform/errors/index.ts';
import { contextOf } from '../../platform/http/index.ts';
import { hasCountyRole, scopePaths } from '../accounts/index.ts';
import { foiRequestRule } from './foi.policy.ts';
import { computeAnnualReport } from './annual-report.ts';
import { orgIdsUnder } from './foi.queries.ts';
import { readPublicStatus } from './foi-status.service.ts';
import { receiveRequest } from './foi.service.ts';
import type { ApplicationInput } from './foi.schemas.ts';

const reportQuery = z.object({ year: z.coerce.number().int().min(2008).max(2100) });
const trackingParams = z.object({ trackingNumber: z.string().max(40) });

/** The orgs whose requests the actor may count: the county, or the subtrees of their grants. */
export async function reportScope(request: FastifyRequest, db: ModuleDeps['db']) {
  const { actor } = request;
  if (actor.kind === 'public')
    throw new AppError('forbidden', 'not_allowed', '请先登录 / sign in first');
  if (actor.kind === 'token' && !actor.scopes.includes('foi:read')) {
    throw new AppError(
      'forbidden',
      'not_allowed',
      '令牌缺少 foi:read 权限 / the token lacks foi:read',
    );
  }
  if (hasCountyRole(actor, ['admin', 'disclosure_officer', 'supervisor', 'leader'])) return {};
  const paths = scopePaths(actor, 'read', foiRequestRule);
  if (paths.length === 0)
    throw new AppError('forbidden', 'not_allowed', '您没有权限查看 / you may not see this');
  return { orgIds: await orgIdsUnder(db, paths) };
}

export function foiApiRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  app.post(
    '/api/v1/foi/requests',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const receipt = await receiveRequest(
        db,
        clock,
        contextOf(request),
        request.body as ApplicationInput,
        {
          channel: 'online',
        },
      );
      const { trackingNumber, accessCode, receivedOn, dueOn } = receipt;
      return reply.code(201).send({ trackingNumber, accessCode, receivedOn, dueOn });
    },
  );

  app.get(
    '/api/v1/foi/requests/:trackingNumber',
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } },
    async (request) => {
      const { trackingNumber } = trackingParams.parse(request.params);
      const code = request.headers['x-access-code'];
      return readPublicStatus(db, clock, trackingNumber, typeof code === 'string' ? code : '');
    },
  );

  app.get('/api/v1/foi/annual-report', async (request) => {
    const scope = await reportScope(request, db);
    const { year } = reportQuery.parse(request.query);
    return computeAnnualReport(db, year, scope);
  });
}
