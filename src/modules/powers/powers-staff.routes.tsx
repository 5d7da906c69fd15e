/** The 行政权力运行 console: statistics, the catalog admin, adding and adjusting powers, flowcharts. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import { contextOf, submitForm } from '../../platform/http/index.ts';
import type { FormState } from '../../platform/views/index.ts';
import { parseStepsForm, stepValues } from './flow-steps.form.ts';
import { powersExcelRoutes } from './powers-excel.routes.tsx';
import { filterOf, valuesOf } from './powers-public.routes.tsx';
import { formatResponsibilities, powerCategories, type PowerStatus } from './powers.model.ts';
import { canChangeAnyPower, canChangePowersOf, ensureCanChangePowersOf } from './powers.policy.ts';
import {
  countPowersByOrgAndCategory,
  listAdjustments,
  listFlowSteps,
  listImplementingOrgs,
  listOrgsWithPowers,
  searchPowers,
  type Power,
} from './powers.queries.ts';
import {
  amendPowerForm,
  catalogQuery,
  createPowerForm,
  decisionForm,
  powerCodeParams,
} from './powers.schemas.ts';
import {
  amendPower,
  cancelPower,
  createPower,
  delegatePower,
  getPowerByCode,
  updateFlowSteps,
} from './powers.service.ts';
import { accountabilityTemplate, stageTemplate } from './stage-templates.ts';
import { PowerFormPage, type PowerFormMode } from './views/power-form.page.tsx';
import { StaffCatalogPage, staffPowerHref } from './views/staff-catalog.page.tsx';
import { PowersHomePage } from './views/staff-home.page.tsx';
import { StaffPowerPage } from './views/staff-power.page.tsx';
import { StepsPage } from './views/steps.page.tsx';

const staffPageSize = 50;

function notAllowed(): AppError {
  return new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
}

/** The form's values of a power as it stands (the amend form starts from them). */
function valuesOfPower(power: Power, today: string): Record<string, string> {
  return {
    category: power.category,
    name: power.name,
    basis: power.basis,
    orgCode: power.orgCode,
    level: power.level,
    responsibilities: formatResponsibilities(power.responsibilities),
    accountability: power.accountability,
    supervisionPhone: power.supervisionPhone,
    note: power.note,
    adoptedOn: today,
  };
}

export function powersStaffRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;
  const today = () => localDateOf(clock.now());
  /** The orgs whose powers the actor may change, for the org select. */
  const orgsFor = async (request: FastifyRequest) =>
    (await listImplementingOrgs(db)).filter((o) => canChangePowersOf(request.actor, o.path));

  app.get('/staff/powers', async (_request, reply) =>
    reply.page(<PowersHomePage counts={await countPowersByOrgAndCategory(db)} />),
  );

  app.get('/staff/powers/catalog', async (request, reply) => {
    const query = catalogQuery.parse(request.query);
    const orgs = await listOrgsWithPowers(db);
    const page = query.page ?? 1;
    const statuses: PowerStatus[] | undefined =
      query.status === 'all'
        ? ['active', 'delegated', 'cancelled']
        : query.status
          ? [query.status]
          : undefined;
    const filter = { ...filterOf(query, orgs), ...(statuses ? { statuses } : {}) };
    const { total, rows } = await searchPowers(db, filter, page, staffPageSize);
    return reply.page(
      <StaffCatalogPage
        values={valuesOf(query)}
        orgs={orgs}
        rows={rows}
        total={total}
        page={page}
        pageSize={staffPageSize}
        canCreate={canChangeAnyPower(request.actor)}
      />,
    );
  });

  app.get('/staff/powers/catalog/new', async (request, reply) => {
    if (!canChangeAnyPower(request.actor)) throw notAllowed();
    const { category } = catalogQuery.parse(request.query);
    const values: Record<string, string> = { adoptedOn: today(), level: 'county' };
    if (category && (powerCategories as readonly string[]).includes(category)) {
      // RULES.md §8.2: the category's stages pre-fill the responsibilities.
      values.category = category;
      values.responsibilities = formatResponsibilities(stageTemplate(category));
      values.accountability = accountabilityTemplate(category);
    }
    return reply.page(
      <PowerFormPage
        mode="new"
        category={values.category}
        state={{ values, errors: [] }}
        orgs={await orgsFor(request)}
      />,
    );
  });

  app.post('/staff/powers/catalog/new', async (request, reply) => {
    if (!canChangeAnyPower(request.actor)) throw notAllowed();
    const orgs = await orgsFor(request);
    return submitForm(reply, {
      schema: createPowerForm,
      body: request.body,
      render: (state: FormState) => (
        <PowerFormPage
          mode="new"
          category={state.values.category || 'other'}
          state={state}
          orgs={orgs}
        />
      ),
      action: async (form) => {
        const { code } = await createPower(db, clock, contextOf(request), form);
        return staffPowerHref(code);
      },
    });
  });

  app.get('/staff/powers/catalog/:code', async (request, reply) => {
    const { code } = powerCodeParams.parse(request.params);
    const power = await getPowerByCode(db, code);
    const [steps, adjustments] = await Promise.all([
      listFlowSteps(db, power.id),
      listAdjustments(db, power.id),
    ]);
    return reply.page(
      <StaffPowerPage
        power={power}
        steps={steps}
        adjustments={adjustments}
        canChange={canChangePowersOf(request.actor, power.orgPath)}
      />,
    );
  });

  /** The power of the URL, refusing anyone who may not change it (403). */
  const changeable = async (request: FastifyRequest) => {
    const { code } = powerCodeParams.parse(request.params);
    const power = await getPowerByCode(db, code);
    ensureCanChangePowersOf(request.actor, power.orgPath);
    return power;
  };

  const adjustments = {
    amend: { schema: amendPowerForm, run: amendPower },
    cancel: { schema: decisionForm, run: cancelPower },
    delegate: { schema: decisionForm, run: delegatePower },
  } as const;
  for (const mode of ['amend', 'cancel', 'delegate'] as const) {
    const page = (power: Power, state: FormState, orgs: Awaited<ReturnType<typeof orgsFor>>) => (
      <PowerFormPage mode={mode as PowerFormMode} power={power} state={state} orgs={orgs} />
    );
    app.get(`/staff/powers/catalog/:code/${mode}`, async (request, reply) => {
      const power = await changeable(request);
      const values = mode === 'amend' ? valuesOfPower(power, today()) : { adoptedOn: today() };
      return reply.page(page(power, { values, errors: [] }, await orgsFor(request)));
    });
    app.post(`/staff/powers/catalog/:code/${mode}`, async (request, reply) => {
      const power = await changeable(request);
      const orgs = await orgsFor(request);
      const { schema, run } = adjustments[mode];
      return submitForm(reply, {
        schema,
        body: request.body,
        render: (state: FormState) => page(power, state, orgs),
        action: async (form) => {
          await run(db, clock, contextOf(request), power.code, form as never);
          return staffPowerHref(power.code);
        },
      });
    });
  }

  app.get('/staff/powers/catalog/:code/steps', async (request, reply) => {
    const power = await changeable(request);
    const values = stepValues(await listFlowSteps(db, power.id));
    return reply.page(<StepsPage power={power} state={{ values, errors: [] }} />);
  });

  app.post('/staff/powers/catalog/:code/steps', async (request, reply) => {
    const power = await changeable(request);
    const parsed = parseStepsForm(request.body);
    if (!parsed.ok) return reply.page(<StepsPage power={power} state={parsed.state} />, 422);
    await updateFlowSteps(db, clock, contextOf(request), power.code, parsed.steps);
    return reply.redirect(staffPowerHref(power.code), 303);
  });

  powersExcelRoutes(app, deps);
}
