/** /staff/feedback/routing: list, add, edit and deactivate routing rules. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { AppError, isAppError } from '../../../platform/errors/index.ts';
import { contextOf, formValues } from '../../../platform/http/index.ts';
import type { FormState } from '../../../platform/views/index.ts';
import {
  canManageRouting,
  createRule,
  deactivateRule,
  findRule,
  listRules,
  updateRule,
  type RuleInput,
} from './routing-rules.service.ts';
import { activeOrgs } from './step-support.ts';
import { RoutingPage, RuleEditPage } from './views/routing.page.tsx';

const idParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31),
});

function ruleInput(values: Record<string, string>): RuleInput {
  return {
    priority: values['priority'] ?? '',
    kind: (values['kind'] ?? '') as RuleInput['kind'],
    keyword: values['keyword'] ?? '',
    place: values['place'] ?? '',
    orgCode: values['orgCode'] ?? '',
  } as RuleInput;
}

/** A validation error as the form shows it; anything else goes on. */
function formErrors(error: unknown, values: Record<string, string>): FormState {
  if (!isAppError(error) || error.kind !== 'validation') throw error;
  return { values, errors: error.details.fields ?? [{ field: 'form', message: error.message }] };
}

export function routingRulesRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const ensureManager = async (request: FastifyRequest) => {
    if (!(await canManageRouting(db, request.actor))) {
      throw new AppError('forbidden', 'not_allowed', '无权管理分派规则 / not allowed');
    }
  };

  app.get('/staff/feedback/routing', async (request, reply) => {
    await ensureManager(request);
    const state = { values: { priority: '100' }, errors: [] };
    return reply.page(
      <RoutingPage rules={await listRules(db)} orgs={await activeOrgs(db)} state={state} />,
    );
  });

  app.post('/staff/feedback/routing', async (request, reply) => {
    await ensureManager(request);
    const values = formValues(request.body);
    try {
      await createRule(db, clock, contextOf(request), ruleInput(values));
      return reply.redirect('/staff/feedback/routing', 303);
    } catch (error) {
      const state = formErrors(error, values);
      return reply.page(
        <RoutingPage rules={await listRules(db)} orgs={await activeOrgs(db)} state={state} />,
        422,
      );
    }
  });

  app.get('/staff/feedback/routing/:id', async (request, reply) => {
    await ensureManager(request);
    const { id } = idParams.parse(request.params);
    const rule = await findRule(db, id);
    const values = {
      priority: String(rule.priority),
      kind: rule.kind ?? '',
      keyword: rule.keyword ?? '',
      place: rule.place ?? '',
      orgCode: rule.orgCode,
    };
    return reply.page(
      <RuleEditPage id={id} orgs={await activeOrgs(db)} state={{ values, errors: [] }} />,
    );
  });

  app.post('/staff/feedback/routing/:id', async (request, reply) => {
    await ensureManager(request);
    const { id } = idParams.parse(request.params);
    const values = formValues(request.body);
    try {
      await updateRule(db, clock, contextOf(request), id, ruleInput(values));
      return reply.redirect('/staff/feedback/routing', 303);
    } catch (error) {
      const state = formErrors(error, values);
      return reply.page(<RuleEditPage id={id} orgs={await activeOrgs(db)} state={state} />, 422);
    }
  });

  app.post('/staff/feedback/routing/:id/deactivate', async (request, reply) => {
    await ensureManager(request);
    const { id } = idParams.parse(request.params);
    await deactivateRule(db, clock, contextOf(request), id);
    return reply.redirect('/staff/feedback/routing', 303);
  });
}
