import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError } from '../../platform/errors/index.ts';
import { contextOf } from '../../platform/http/index.ts';
import { ingestCheckpoints } from './ingest.service.ts';

/** POST /api/v1/supervision/checkpoints: outside systems' checkpoints (token scope supervision:write). */
export function ingestRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.post('/api/v1/supervision/checkpoints', { bodyLimit: 4 * 1024 * 1024 }, async (request) => {
    const { actor } = request;
    if (actor.kind !== 'token' || !actor.scopes.includes('supervision:write')) {
      throw new AppError(
        'forbidden',
        'not_allowed',
        '需要带 supervision:write 权限的令牌 / a token with scope supervision:write is required',
      );
    }
    return ingestCheckpoints(deps.db, deps.clock, contextOf(request), request.body);
  });
}
