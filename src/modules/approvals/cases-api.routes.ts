/** GET /api/v1/cases/{trackingNumber}: a case for staff sessions and tokens with approvals:read. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError } from '../../platform/errors/index.ts';
import { getStaffCase } from './case-read.service.ts';

const params = z.object({ trackingNumber: z.string().trim().min(1).max(40) });

export function casesApiRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/api/v1/cases/:trackingNumber', async (request) => {
    const { actor } = request;
    if (actor.kind === 'public') {
      throw new AppError('forbidden', 'not_allowed', '请先登录 / sign in first');
    }
    if (actor.kind === 'token' && !actor.scopes.includes('approvals:read')) {
      throw new AppError(
        'forbidden',
        'not_allowed',
        '令牌缺少 approvals:read 权限 / the token lacks approvals:read',
      );
    }
    const { trackingNumber } = params.parse(request.params);
    const { row, caseClock, reviews } = await getStaffCase(
      deps.db,
      deps.clock,
      actor,
      trackingNumber,
    );
    return {
      trackingNumber: row.trackingNumber,
      itemCode: row.itemCode,
      org: row.orgCode,
      center: row.centerCode,
      channel: row.channel,
      state: row.state,
      receivedOn: row.receivedOn,
      acceptedOn: row.acceptedOn,
      dueOn: caseClock?.view.dueOn ?? null,
      light: caseClock?.view.light ?? null,
      decision: row.decision,
      certificateNumber: row.certificateNumber || null,
      completedOn: row.completedOn,
      reviews: reviews.map((r) => ({
        org: r.orgCode,
        state: r.state,
        stepDays: r.stepDays,
        dueOn: r.clock.dueOn,
        light: r.clock.light,
      })),
    };
  });
}
