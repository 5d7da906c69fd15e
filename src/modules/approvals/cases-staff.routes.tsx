/**
 * The staff pages of cases under /staff/approvals/cases: the list, a case with the forms of its
 * next steps, the printable one-time notice, and one POST per step. A refused step re-renders
 * the case with 422 and the reason beside the step's form.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { isAppError, type FieldError } from '../../platform/errors/index.ts';
import { contextOf, formValues, parseForm } from '../../platform/http/index.ts';
import { getStaffCase } from './case-read.service.ts';
import { runStaffStep, stepSegments } from './cases-steps.ts';
import {
  caseDateFields,
  caseOrgRoles,
  casePageSize,
  caseTimeliness,
  listCases,
  listFilterChoices,
} from './cases-list.queries.ts';
import { caseStates } from './cases.model.ts';
import { listScope } from './cases.policy.ts';
import { caseHref } from './views/case-parts.tsx';
import { CaseListPage } from './views/case-list.page.tsx';
import { CaseNoticePage } from './views/case-notice.page.tsx';
import { CasePage } from './views/case.page.tsx';
import { listDeskWindows } from './window-desk.queries.ts';

const trackingParams = z.object({ trackingNumber: z.string().trim().min(1).max(40) });
const date = z.iso.date('approvals.cases.error.date');
const blankAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(blankAsUndefined, z.enum(values, { message }).optional());
const listQuery = z.object({
  center: z.preprocess(blankAsUndefined, z.string().max(64).optional()),
  // A window's id, or `none`: applied for online.
  window: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .regex(/^(none|[1-9][0-9]{0,15})$/, 'approvals.cases.error.window')
      .transform((v) => (v === 'none' ? ('none' as const) : Number(v)))
      .optional(),
  ),
  org: z.preprocess(blankAsUndefined, z.string().max(64).optional()),
  orgRole: choice(caseOrgRoles, 'approvals.cases.error.orgRole'),
  item: z.preprocess(blankAsUndefined, z.string().max(64).optional()),
  state: z.preprocess(blankAsUndefined, z.enum(caseStates).optional()),
  light: z.preprocess(blankAsUndefined, z.enum(['green', 'yellow', 'red']).optional()),
  instant: choice(['yes', 'no'] as const, 'approvals.cases.error.instant'),
  timeliness: choice(caseTimeliness, 'approvals.cases.error.timeliness'),
  // Which day from/to are about; acceptance by default.
  dateField: choice(caseDateFields, 'approvals.cases.error.dateField'),
  from: z.preprocess(blankAsUndefined, date.optional()),
  to: z.preprocess(blankAsUndefined, date.optional()),
  page: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(100_000).optional()),
});

export function casesStaffRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;
  const today = () => localDateOf(clock.now());

  app.get('/staff/approvals/cases', async (request, reply) => {
    const scope = listScope(request.actor);
    const common = {
      choices: await listFilterChoices(db),
      pageSize: casePageSize,
      canUseDesk: (await listDeskWindows(db, request.actor)).length > 0,
    };
    const parsed = parseForm(listQuery, request.query);
    if (!parsed.ok) {
      return reply.page(
        <CaseListPage {...common} state={parsed.state} rows={[]} total={0} page={1} />,
        422,
      );
    }
    const { page = 1, ...filter } = parsed.data;
    const { rows, total } = await listCases(db, filter, scope, today(), page);
    const state = { values: formValues(request.query), errors: [] };
    return reply.page(
      <CaseListPage {...common} state={state} rows={rows} total={total} page={page} />,
    );
  });

  const casePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    failed?: { form: string; values: Record<string, string>; errors: FieldError[] },
  ) => {
    const { trackingNumber } = trackingParams.parse(request.params);
    const data = await getStaffCase(db, clock, request.actor, trackingNumber);
    const forms = failed ? { [failed.form]: { values: failed.values, errors: failed.errors } } : {};
    return reply.page(<CasePage data={data} forms={forms} />, failed ? 422 : 200);
  };

  app.get('/staff/approvals/cases/:trackingNumber', (request, reply) => casePage(request, reply));

  app.get('/staff/approvals/cases/:trackingNumber/notice', async (request, reply) => {
    const { trackingNumber } = trackingParams.parse(request.params);
    const data = await getStaffCase(db, clock, request.actor, trackingNumber);
    return reply.page(<CaseNoticePage data={data} />);
  });

  app.post('/staff/approvals/cases/:trackingNumber/:segment', async (request, reply) => {
    const { trackingNumber } = trackingParams.parse(request.params);
    const { segment } = z.object({ segment: z.string().max(80) }).parse(request.params);
    const values = formValues(request.body);
    const step = stepSegments(segment, values);
    // Anyone who may not read the case is refused before anything else (403/404).
    await getStaffCase(db, clock, request.actor, trackingNumber);
    try {
      await runStaffStep(db, clock, contextOf(request), trackingNumber, step, values);
      return reply.redirect(caseHref(trackingNumber), 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.kind === 'validation' || error.kind === 'invalid_state') {
        const fields = error.details.fields ?? [{ field: step.form, message: error.message }];
        const errors = fields.map((f) => ({ ...f, field: step.fieldOf(f.field) }));
        return casePage(request, reply, { form: step.form, values, errors });
      }
      throw error;
    }
  });
}
