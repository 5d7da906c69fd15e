import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError } from '../../platform/errors/index.ts';
import { contextOf, submitForm } from '../../platform/http/index.ts';
import type { FormState } from '../../platform/views/index.ts';
import { hasCountyRole } from '../accounts/index.ts';
import { canChangeSettings, readSettings, updateSettings } from './settings.service.ts';
import { SettingsPage } from './views/settings.page.tsx';

const settingsForm = z.object({
  yellowDays: z.coerce
    .number({ message: 'supervisionSettings.error.yellowDays' })
    .int('supervisionSettings.error.yellowDays')
    .min(0, 'supervisionSettings.error.yellowDays')
    .max(30, 'supervisionSettings.error.yellowDays'),
});

/** County staff who read supervision (the settings are shown to them); others are refused. */
function ensureCanRead(request: FastifyRequest) {
  if (request.actor.kind !== 'user') {
    throw new AppError('forbidden', 'sign_in_required', '请先登录 / please sign in');
  }
  if (!hasCountyRole(request.actor, ['admin', 'supervisor', 'leader'])) {
    throw new AppError('forbidden', 'not_allowed', '无权查看 / not allowed');
  }
}

/** GET/POST /staff/supervision/settings. */
export function settingsRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const page = async (request: FastifyRequest, form?: FormState) => {
    const settings = await readSettings(db);
    const shown = form ?? { values: { yellowDays: String(settings.yellowDays) }, errors: [] };
    const saved = (request.query as Record<string, string>)['saved'] === '1';
    return (
      <SettingsPage form={shown} saved={saved} canChange={canChangeSettings(contextOf(request))} />
    );
  };
  app.get('/staff/supervision/settings', async (request, reply) => {
    ensureCanRead(request);
    return reply.page(await page(request));
  });
  app.post('/staff/supervision/settings', async (request, reply) => {
    ensureCanRead(request);
    const ctx = contextOf(request);
    return submitForm(reply, {
      schema: settingsForm,
      body: request.body,
      render: (form) => (
        <SettingsPage form={form} saved={false} canChange={canChangeSettings(ctx)} />
      ),
      action: async (data) => {
        await updateSettings(db, clock, ctx, data);
        return '/staff/supervision/settings?saved=1';
      },
    });
  });
}
