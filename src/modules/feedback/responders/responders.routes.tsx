/** /staff/feedback/responders: roster, duty schedule and duty rate of the orgs one manages. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { localDateOf } from '../../../platform/clock/index.ts';
import { isAppError, type FieldError } from '../../../platform/errors/index.ts';
import { contextOf, formValues } from '../../../platform/http/index.ts';
import type { FormState } from '../../../platform/views/index.ts';
import { readFeedbackSettings } from '../feedback.settings.ts';
import { computeDuty, workingDaysOfMonth } from './duty.ts';
import {
  addResponder,
  endResponder,
  listRoster,
  listShifts,
  managedOrgs,
  responderCandidates,
  responderOrgCode,
  saveShifts,
} from './responders.service.ts';
import { RespondersPage } from './views/responders.page.tsx';

const pageQuery = z.object({
  org: z.string().max(64).optional().catch(undefined),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  saved: z.string().optional().catch(undefined),
});
const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined ? [] : [String(value)];
}

const validationOf = (error: unknown): FieldError[] | undefined =>
  isAppError(error) && error.kind === 'validation'
    ? (error.details.fields ?? [{ field: 'form', message: error.message }])
    : undefined;

export function respondersRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      orgCode?: string;
      month?: string;
      addForm?: FormState;
      endForm?: { id: number; form: FormState };
      saved?: boolean;
    },
    status = 200,
  ) => {
    const orgs = await managedOrgs(db, request.actor);
    const org = orgs.find((o) => o.code === options.orgCode) ?? orgs[0] ?? null;
    const month = options.month ?? localDateOf(clock.now()).slice(0, 7);
    const settings = await readFeedbackSettings(db);
    const period = { from: `${month}-01`, to: lastDayOf(month) };
    const [roster, candidates, workingDays, shifts, duty] = org
      ? await Promise.all([
          listRoster(db, org.id),
          responderCandidates(db, org.id),
          workingDaysOfMonth(db, month),
          listShifts(db, org.id, month),
          computeDuty(db, { ...period, orgIds: [org.id] }, settings.dutyRule),
        ])
      : [[], [], [], new Map(), []];
    return reply.page(
      <RespondersPage
        orgs={orgs}
        org={org}
        month={month}
        roster={roster}
        candidates={candidates}
        workingDays={workingDays}
        shifts={shifts}
        duty={duty}
        dutyRule={settings.dutyRule}
        addForm={options.addForm ?? { values: {}, errors: [] }}
        {...(options.endForm ? { endForm: options.endForm } : {})}
        saved={options.saved ?? false}
      />,
      status,
    );
  };
  const back = (org: string, month?: string) =>
    `/staff/feedback/responders?org=${encodeURIComponent(org)}${month ? `&month=${month}` : ''}&saved=1`;

  app.get('/staff/feedback/responders', async (request, reply) => {
    const query = pageQuery.parse(request.query);
    return page(request, reply, {
      ...(query.org ? { orgCode: query.org } : {}),
      ...(query.month ? { month: query.month } : {}),
      saved: query.saved === '1',
    });
  });

  app.post('/staff/feedback/responders/add', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const org = String(body['org'] ?? '');
    try {
      await addResponder(db, clock, contextOf(request), org, body);
      return reply.redirect(back(org), 303);
    } catch (error) {
      const errors = validationOf(error);
      if (!errors) throw error;
      const addForm = { values: formValues(body), errors };
      return page(request, reply, { orgCode: org, addForm }, 422);
    }
  });

  app.post('/staff/feedback/responders/:id/end', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    try {
      const ended = await endResponder(db, clock, contextOf(request), id, request.body);
      return reply.redirect(back(await responderOrgCode(db, ended.id)), 303);
    } catch (error) {
      const errors = validationOf(error);
      if (!errors) throw error;
      const org = await responderOrgCode(db, id);
      const endForm = { id, form: { values: formValues(request.body), errors } };
      return page(request, reply, { orgCode: org, endForm }, 422);
    }
  });

  app.post('/staff/feedback/responders/shifts', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const org = String(body['org'] ?? '');
    const month = String(body['month'] ?? '');
    const days = new Map(
      listOf(body['responders'])
        .map(Number)
        .filter((id) => Number.isInteger(id) && id > 0)
        .map((id) => [id, listOf(body[`d_${id}`])] as const),
    );
    await saveShifts(db, clock, contextOf(request), org, month, days);
    return reply.redirect(back(org, month), 303);
  });
}
