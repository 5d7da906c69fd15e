/** The warnings' staff pages: the list, one warning, and its two forms (a step, the report). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError } from '../../platform/errors/index.ts';
import { contextOf, formValues, submitForm } from '../../platform/http/index.ts';
import { emptyForm } from '../../platform/views/index.ts';
import { defaultWarningSettings } from './warnings.model.ts';
import {
  canReport,
  canTakeStep,
  ensureCanReadWarning,
  ensureCanReport,
  ensureCanTakeStep,
  warningListScope,
} from './warnings.policy.ts';
import {
  findWarning,
  listWarningActions,
  listWarnings,
  warningsDb,
  type WarningRow,
} from './warnings.queries.ts';
import { idParams, listQuery, reportForm, stepForm } from './warnings.schemas.ts';
import { submitRectification, takeStep } from './warnings.service.ts';
import { WarningDetailPage } from './views/warnings-detail.page.tsx';
import { WarningListPage } from './views/warnings-list.page.tsx';
import { warningPath, warningsPath } from './views/warnings-parts.tsx';

const pageSize = 50;
const answerable = ['notice', 'yellow_card', 'red_card', 'order'];

export function warningsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const db = warningsDb(deps.db);

  async function loadWarning(request: FastifyRequest): Promise<WarningRow> {
    const { id } = idParams.parse(request.params);
    const warning = await findWarning(db, id);
    if (!warning) {
      throw new AppError(
        'not_found',
        'warning_not_found',
        `没有编号为 ${id} 的预警 / no warning ${id}`,
      );
    }
    ensureCanReadWarning(request.actor, warning);
    return warning;
  }

  async function detailProps(request: FastifyRequest, warning: WarningRow) {
    return {
      warning,
      actions: await listWarningActions(db, warning.id),
      canStep: canTakeStep(request.actor, warning),
      canReport: canReport(request.actor, warning),
      reportOpen: answerable.includes(warning.stage),
      orderDays: defaultWarningSettings.orderDays,
      stepState: emptyForm,
      reportState: emptyForm,
    };
  }

  app.get(warningsPath, async (request, reply) => {
    const orgPaths = warningListScope(request.actor);
    const query = listQuery.parse(request.query ?? {});
    const filter = {
      orgPaths,
      ...(query.stage ? { stage: query.stage } : {}),
      ...(query.rule ? { rule: query.rule } : {}),
      ...(query.severity ? { severity: query.severity } : {}),
      ...(query.org ? { orgCode: query.org } : {}),
    };
    const { rows, total } = await listWarnings(db, filter, query.page, pageSize);
    const state = { values: formValues(request.query), errors: [] };
    return reply.page(
      <WarningListPage
        state={state}
        rows={rows}
        total={total}
        page={query.page}
        pageSize={pageSize}
      />,
    );
  });

  app.get(`${warningsPath}/:id`, async (request, reply) => {
    const warning = await loadWarning(request);
    return reply.page(<WarningDetailPage {...await detailProps(request, warning)} />);
  });

  app.post(`${warningsPath}/:id/step`, async (request, reply) => {
    const warning = await loadWarning(request);
    ensureCanTakeStep(request.actor, warning);
    const props = await detailProps(request, warning);
    return submitForm(reply, {
      schema: stepForm,
      body: request.body,
      render: (state) => <WarningDetailPage {...props} stepState={state} />,
      action: async (data) => {
        await takeStep(deps.db, deps.clock, contextOf(request), warning.id, data);
        return warningPath(warning.id);
      },
    });
  });

  app.post(`${warningsPath}/:id/rectification`, async (request, reply) => {
    const warning = await loadWarning(request);
    ensureCanReport(request.actor, warning);
    const props = await detailProps(request, warning);
    return submitForm(reply, {
      schema: reportForm,
      body: request.body,
      render: (state) => <WarningDetailPage {...props} reportState={state} />,
      action: async (data) => {
        await submitRectification(deps.db, deps.clock, contextOf(request), warning.id, data.report);
        return warningPath(warning.id);
      },
    });
  });
}
