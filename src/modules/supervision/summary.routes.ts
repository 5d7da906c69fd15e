import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { isLocalDate } from '../../platform/calendar/index.ts';
import { matterTypes } from '../../platform/checkpoints/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import { supervisionSummary } from './summary.service.ts';

export const summaryReadScope = 'supervision:read';

const date = (field: string) =>
  z
    .string({ message: `${field} 必填，格式 YYYY-MM-DD / ${field} is required (YYYY-MM-DD)` })
    .refine(isLocalDate, `${field} 应为日期 YYYY-MM-DD / ${field} must be a date YYYY-MM-DD`);

const summaryQuery = z.object({
  from: date('from'),
  to: date('to'),
  org: z.string().trim().min(1).max(64).optional(),
  matterType: z
    .enum(matterTypes, {
      message: `matterType 应为 ${matterTypes.join('|')} / matterType must be one of ${matterTypes.join('|')}`,
    })
    .optional(),
});

/** GET /api/v1/supervision/summary (token scope supervision:read, or a staff session). */
export function summaryRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/api/v1/supervision/summary', async (request) => {
    const { actor } = request;
    const allowed =
      actor.kind === 'user' || (actor.kind === 'token' && actor.scopes.includes(summaryReadScope));
    if (!allowed) {
      throw new AppError(
        'forbidden',
        'not_allowed',
        '需要登录，或带 supervision:read 权限的令牌 / a staff session or a token with scope supervision:read is required',
      );
    }
    const parsed = summaryQuery.safeParse(request.query);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => ({
        field: i.path.map(String).join('.'),
        message: i.message,
      }));
      throw new AppError('validation', 'invalid_query', fields.map((f) => f.message).join('; '), {
        fields,
      });
    }
    const { from, to, org, matterType } = parsed.data;
    return supervisionSummary(deps.db, deps.clock, { from, to, orgCode: org, matterType });
  });
}
