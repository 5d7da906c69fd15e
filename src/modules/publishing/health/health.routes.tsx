/** /staff/publishing/health: the report (as of a date), the thresholds, the internal link check. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { isAppError, type FieldError } from '../../../platform/errors/index.ts';
import { contextOf, formValues } from '../../../platform/http/index.ts';
import type { FormState } from '../../../platform/views/index.ts';
import { canChangeHealthSettings, ensureCanReadHealth } from './health.access.ts';
import type { HealthSettings } from './health.model.ts';
import { asOfDate, evaluateHealth } from './health.service.ts';
import { updateHealthSettings } from './health.settings.ts';
import { checkInternalLinks } from './links.service.ts';
import { HealthPage } from './views/health.page.tsx';
import { settingFields } from './views/health-settings.form.tsx';

function settingsValues(settings: HealthSettings): Record<string, string> {
  return Object.fromEntries(settingFields.map((name) => [name, String(settings[name])]));
}

const count = (value: string | undefined) =>
  value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : undefined;

export function healthRoutes(app: FastifyInstance, { db, clock, config }: ModuleDeps): void {
  const render = async (
    request: FastifyRequest,
    options: { settingsForm?: FormState; status?: number } = {},
  ) => {
    const query = request.query as Record<string, string | undefined>;
    const errors: FieldError[] = [];
    let asOf: string;
    try {
      asOf = asOfDate(clock, query['asOf']);
    } catch (error) {
      if (!isAppError(error) || error.kind !== 'validation') throw error;
      errors.push(...(error.details.fields ?? []));
      asOf = asOfDate(clock);
    }
    const report = await evaluateHealth(db, request.actor, asOf);
    const checked = count(query['checked']);
    const broken = count(query['broken']);
    const page = (
      <HealthPage
        report={report}
        asOfForm={{ values: { asOf: query['asOf'] ?? asOf }, errors }}
        settingsForm={
          options.settingsForm ?? { values: settingsValues(report.settings), errors: [] }
        }
        canChange={canChangeHealthSettings(request.actor)}
        saved={query['saved'] === '1'}
        ran={checked !== undefined && broken !== undefined ? { checked, broken } : undefined}
      />
    );
    return { page, status: options.status ?? (errors.length > 0 ? 422 : 200) };
  };

  app.get('/staff/publishing/health', async (request, reply) => {
    ensureCanReadHealth(request.actor);
    const { page, status } = await render(request);
    return reply.page(page, status);
  });

  app.post('/staff/publishing/health/settings', async (request, reply) => {
    ensureCanReadHealth(request.actor);
    try {
      await updateHealthSettings(db, clock, contextOf(request), request.body);
    } catch (error) {
      if (!isAppError(error) || error.kind !== 'validation') throw error;
      const settingsForm = {
        values: formValues(request.body),
        errors: error.details.fields ?? [],
      };
      const { page } = await render(request, { settingsForm, status: 422 });
      return reply.page(page, 422);
    }
    return reply.redirect('/staff/publishing/health?saved=1', 303);
  });

  // Internal links only: no request to another site is made from a page request.
  app.post('/staff/publishing/health/links', async (request, reply) => {
    ensureCanReadHealth(request.actor);
    const probe = async (path: string) =>
      (await app.inject({ method: 'GET', url: path })).statusCode;
    const { checked, broken } = await checkInternalLinks(db, clock, {
      site: config.publicUrl,
      probe,
    });
    return reply.redirect(`/staff/publishing/health?checked=${checked}&broken=${broken}`, 303);
  });
}
