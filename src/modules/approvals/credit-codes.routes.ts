/** GET /api/v1/credit-codes/{code}: is this a valid unified social credit code? Public. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { checkCreditCode } from './credit-codes.ts';

const params = z.object({ code: z.string() });

export function creditCodesRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/credit-codes/:code',
    { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (request) => checkCreditCode(params.parse(request.params).code),
  );
}
