/**
 * The supervision dashboard (issue 7 item 3): /staff/supervision (figures of a period), its
 * drill-down /staff/supervision/matters (the matters of one figure) and a matter's timeline
 * /staff/supervision/matters/:id. County supervisors, leaders and admins read everything, other
 * staff their own orgs (dashboard.policy.ts); bad filters re-render with 422 and the field named.
 */
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { AppError, isAppError } from '../../platform/errors/index.ts';
import { formValues, parseForm } from '../../platform/http/index.ts';
import type { FormState } from '../../platform/views/index.ts';
import { supervisionScopeOf } from './dashboard.policy.ts';
import { dashboardQuery, matterParams, mattersQuery } from './dashboard.schemas.ts';
import {
  readDashboard,
  readMatterList,
  readMatterTimeline,
  type Dashboard,
} from './dashboard.service.ts';
import { DashboardPage } from './views/dashboard.page.tsx';
import { MatterListPage } from './views/matter-list.page.tsx';
import { MatterTimelinePage } from './views/matter-timeline.page.tsx';

/** The field errors of a validation error, for the form; other errors go on. */
function fieldErrorsOf(error: unknown) {
  if (isAppError(error) && error.kind === 'validation') return error.details.fields ?? [];
  throw error;
}

function filterValues(dashboard: Dashboard): Record<string, string> {
  const { filter } = dashboard;
  return {
    from: filter.from,
    to: filter.to,
    org: filter.orgCode ?? '',
    matterType: filter.matterType ?? '',
  };
}

export function dashboardRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  app.get('/staff/supervision', async (request, reply) => {
    supervisionScopeOf(request.actor);
    const parsed = parseForm(dashboardQuery, request.query);
    const invalid = (errors: FormState['errors']) =>
      reply.page(
        <DashboardPage state={{ values: formValues(request.query), errors }} dashboard={null} />,
        422,
      );
    if (!parsed.ok) return invalid(parsed.state.errors);
    try {
      const dashboard = await readDashboard(db, clock, request.actor, parsed.data);
      const state = { values: filterValues(dashboard), errors: [] };
      return reply.page(<DashboardPage state={state} dashboard={dashboard} />);
    } catch (error) {
      return invalid(fieldErrorsOf(error));
    }
  });

  app.get('/staff/supervision/matters', async (request, reply) => {
    supervisionScopeOf(request.actor);
    const parsed = parseForm(mattersQuery, request.query);
    const invalid = (errors: FormState['errors']) =>
      reply.page(
        <DashboardPage state={{ values: formValues(request.query), errors }} dashboard={null} />,
        422,
      );
    if (!parsed.ok) return invalid(parsed.state.errors);
    try {
      const list = await readMatterList(db, clock, request.actor, parsed.data);
      const today = localDateOf(clock.now());
      const asOf = list.filter.to > today ? today : list.filter.to;
      return reply.page(<MatterListPage list={list} asOf={asOf} />);
    } catch (error) {
      return invalid(fieldErrorsOf(error));
    }
  });

  app.get('/staff/supervision/matters/:id', async (request, reply) => {
    const params = matterParams.safeParse(request.params);
    if (!params.success) throw new AppError('not_found', 'matter_not_found', 'no such matter');
    const timeline = await readMatterTimeline(db, clock, request.actor, params.data.id);
    return reply.page(<MatterTimelinePage timeline={timeline} />);
  });
}
