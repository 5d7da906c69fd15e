/**
 * The staff console's 依申请公开 pages under /staff/foi: the ledger and its Excel export, staff
 * registration, each request with its handling steps, and the annual report.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { AppError, isAppError, type FieldError } from '../../platform/errors/index.ts';
import { contextOf, formValues, localeOf, parseForm } from '../../platform/http/index.ts';
import { hasCountyRole } from '../accounts/index.ts';
import { computeAnnualReport } from './annual-report.ts';
import { reportScope } from './foi-api.routes.ts';
import { exportLedger, xlsxContentType } from './foi-ledger.export.ts';
import { localMessage } from './foi-ledger.format.ts';
import {
  ledgerPageSize,
  listLedger,
  listOrgChoices,
  type StaffRequestRow,
} from './foi-ledger.queries.ts';
import {
  applicationInput,
  formFieldOf,
  ledgerFilterQuery,
  registrationForm,
  reportQuery,
  stepFieldOf,
  stepForms,
  stepNames,
  steps,
  type StepName,
} from './foi-ledger.schemas.ts';
import {
  canRegister,
  ensureCanHandle,
  getStaffRequest,
  ledgerScope,
  orgChoicesFor,
  registerRequest,
  takeStep,
  type StepAction,
} from './foi-staff.service.ts';
import { outcomes } from './foi.model.ts';
import { parseApplication } from './foi.schemas.ts';
import { draftReplyLetter } from './reply-letter.ts';
import type { StepStates } from './views/staff-steps.tsx';
import { LedgerPage, requestHref } from './views/staff-ledger.page.tsx';
import { ReceiptPage, RegisterPage } from './views/staff-register.page.tsx';
import { ReportPage } from './views/staff-report.page.tsx';
import { RequestPage } from './views/staff-request.page.tsx';

const trackingParams = z.object({ trackingNumber: z.string().trim().min(1).max(40) });
const draftQuery = z.object({
  draftOutcome: z.string().max(100).optional(),
  draftBasis: z.string().max(200).optional().default(''),
});

/**
 * The reply step opened with a draft 答复书 for the outcome chosen in the draft form (a GET, so it
 * works without scripts); the officer edits it before replying.
 */
function draftForm(query: unknown, request: StaffRequestRow, today: string): StepStates {
  const parsed = draftQuery.safeParse(query);
  const outcome = parsed.success ? parsed.data.draftOutcome : undefined;
  if (!outcome || !outcomes.includes(outcome)) return {};
  const legalBasis = parsed.success ? parsed.data.draftBasis : '';
  const replyText = draftReplyLetter({
    trackingNumber: request.trackingNumber,
    applicantName: request.applicantName,
    receivedOn: request.receivedOn,
    description: request.description,
    outcome,
    legalBasis,
    orgName: request.orgName,
    on: today,
  });
  return {
    reply: {
      values: { replyOn: today, replyOutcome: outcome, replyLegalBasis: legalBasis, replyText },
      errors: [],
    },
  };
}

function ensureCanRegister(request: FastifyRequest): void {
  if (!canRegister(request.actor)) {
    throw new AppError(
      'forbidden',
      'not_allowed',
      '您没有权限登记依申请公开申请 / you may not register requests',
    );
  }
}

export function foiStaffRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;
  const today = () => localDateOf(clock.now());
  /** A service's `中文 / English` messages in the reader's language. */
  const localized = (request: FastifyRequest, errors: FieldError[]) =>
    errors.map((e) => ({ ...e, message: localMessage(e.message, localeOf(request)) }));

  app.get('/staff/foi', async (request, reply) => {
    const scope = await ledgerScope(db, request.actor);
    const common = {
      orgs: await orgChoicesFor(db, request.actor, 'read'),
      pageSize: ledgerPageSize,
      canRegister: canRegister(request.actor),
    };
    const parsed = parseForm(ledgerFilterQuery, request.query);
    if (!parsed.ok) {
      return reply.page(
        <LedgerPage {...common} state={parsed.state} rows={[]} total={0} page={1} />,
        422,
      );
    }
    const { page = 1, ...filter } = parsed.data;
    const { rows, total } = await listLedger(db, filter, scope, today(), page);
    const state = { values: formValues(request.query), errors: [] };
    return reply.page(
      <LedgerPage {...common} state={state} rows={rows} total={total} page={page} />,
    );
  });

  app.get('/staff/foi/ledger.xlsx', async (request, reply) => {
    const scope = await ledgerScope(db, request.actor);
    const { page: _page, ...filter } = ledgerFilterQuery.parse(request.query);
    const workbook = await exportLedger(db, filter, scope, today());
    return reply
      .type(xlsxContentType)
      .header('content-disposition', `attachment; filename="foi-ledger-${today()}.xlsx"`)
      .header('cache-control', 'no-store')
      .send(workbook);
  });

  app.get('/staff/foi/new', async (request, reply) => {
    ensureCanRegister(request);
    const orgs = await orgChoicesFor(db, request.actor, 'change');
    const state = { values: { receivedOn: today() }, errors: [] };
    return reply.page(<RegisterPage state={state} orgs={orgs} />);
  });

  app.post('/staff/foi/new', async (request, reply) => {
    ensureCanRegister(request);
    const values = formValues(request.body);
    const orgs = await orgChoicesFor(db, request.actor, 'change');
    const refuse = (errors: FieldError[]) =>
      reply.page(
        <RegisterPage state={{ values, errors: localized(request, errors) }} orgs={orgs} />,
        422,
      );
    // Both parts are checked before anything is said, so every mistake shows at once.
    const registration = parseForm(registrationForm(today()), values);
    const input = applicationInput(values);
    const application = parseApplication(input);
    const errors = [
      ...(registration.ok ? [] : registration.state.errors),
      ...(application.ok
        ? []
        : application.fields.map((f) => ({ field: formFieldOf(f.field), message: f.message }))),
    ];
    if (!registration.ok || !application.ok) return refuse(errors);
    try {
      const { channel, receivedOn, org } = registration.data;
      const receipt = await registerRequest(db, clock, contextOf(request), application.data, {
        channel,
        receivedOn,
        orgCode: org,
      });
      // The access code is shown in this answer only: it is stored hashed, and no page shows it again.
      return reply.header('cache-control', 'no-store').page(<ReceiptPage receipt={receipt} />, 201);
    } catch (error) {
      if (isAppError(error) && error.kind === 'validation') {
        const fields = error.details.fields ?? [{ field: 'form', message: error.message }];
        return refuse(fields.map((f) => ({ ...f, field: formFieldOf(f.field) })));
      }
      throw error;
    }
  });

  app.get('/staff/foi/report', async (request, reply) => {
    const scope = await reportScope(request, db);
    const query = request.query as Record<string, unknown>;
    const parsed = parseForm(reportQuery, { year: query.year || today().slice(0, 4) });
    const canEnterParts = hasCountyRole(request.actor, ['admin', 'disclosure_officer']);
    if (!parsed.ok) {
      return reply.page(
        <ReportPage state={parsed.state} report={null} canEnterParts={canEnterParts} />,
        422,
      );
    }
    const report = await computeAnnualReport(db, parsed.data.year, scope);
    const state = { values: { year: String(parsed.data.year) }, errors: [] };
    return reply.page(<ReportPage state={state} report={report} canEnterParts={canEnterParts} />);
  });

  /** The request's page, with one step's form as it came back (422) when it failed. */
  const requestPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    failed?: { step: StepName; values: Record<string, string>; errors: FieldError[] },
  ) => {
    const { trackingNumber } = trackingParams.parse(request.params);
    const data = await getStaffRequest(db, clock, request.actor, trackingNumber);
    const orgs = await listOrgChoices(db);
    const forms = failed
      ? { [failed.step]: { values: failed.values, errors: localized(request, failed.errors) } }
      : draftForm(request.query, data.request, today());
    return reply.page(
      <RequestPage data={data} orgs={orgs} forms={forms} today={today()} />,
      failed ? 422 : 200,
    );
  };

  app.get('/staff/foi/:trackingNumber', (request, reply) => requestPage(request, reply));

  for (const step of stepNames) {
    app.post(`/staff/foi/:trackingNumber/${steps[step].segment}`, async (request, reply) => {
      const { trackingNumber } = trackingParams.parse(request.params);
      const ctx = contextOf(request);
      // Refuse first (403) anyone who may read the request but not act on it, whatever they sent.
      await ensureCanHandle(db, ctx.actor, trackingNumber);
      const values = formValues(request.body);
      const parsed = parseForm(stepForms(today())[step], values);
      if (!parsed.ok)
        return requestPage(request, reply, { step, values, errors: parsed.state.errors });
      try {
        await takeStep(db, clock, ctx, trackingNumber, { step, input: parsed.data } as StepAction);
        return reply.redirect(requestHref(trackingNumber), 303);
      } catch (error) {
        if (!isAppError(error)) throw error;
        if (error.kind === 'validation') {
          const known = Object.keys(stepForms(today())[step].shape);
          const fields = error.details.fields ?? [{ field: step, message: error.message }];
          const errors = fields.map((f) => {
            const field = stepFieldOf(step, f.field);
            return { ...f, field: known.includes(field) ? field : step };
          });
          return requestPage(request, reply, { step, values, errors });
        }
        // A step the state does not allow: the reason beside the step, not an error page.
        if (error.kind === 'invalid_state') {
          return requestPage(request, reply, {
            step,
            values,
            errors: [{ field: step, message: error.message }],
          });
        }
        throw error;
      }
    });
  }
}
