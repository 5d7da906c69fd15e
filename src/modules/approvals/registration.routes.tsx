/**
 * The combined registration at the market-registration window (五证合一): the list of
 * registrations and licences, the form, and the issue of an approved registration case (the
 * licence and its code made in the issuing transaction).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError, isAppError, type FieldError } from '../../platform/errors/index.ts';
import { contextOf, formValues, parseForm } from '../../platform/http/index.ts';
import { emptyForm, type FormState } from '../../platform/views/index.ts';
import { casesDb, findCase } from './cases.queries.ts';
import {
  listRegistrations,
  registrationPageSize,
  registrationStatuses,
} from './licences.queries.ts';
import { registrationListScope } from './registration-list.policy.ts';
import {
  issueRegistration,
  registerBusiness,
  registrationMaterials,
  registrationWindows,
} from './registration.service.ts';
import { registrationForm } from './registration.schemas.ts';
import { providedOf } from './views/case-applicant.tsx';
import { RegistrationListPage } from './views/registration-list.page.tsx';
import { RegistrationNewPage } from './views/registration-new.page.tsx';
import { RegistrationReceiptPage } from './views/registration-receipt.page.tsx';

const caseParams = z.object({ trackingNumber: z.string().max(40) });
const blankAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const listQuery = z.object({
  q: z.preprocess(blankAsUndefined, z.string().trim().max(100, 'registrations.error.q').optional()),
  status: z.preprocess(
    blankAsUndefined,
    z.enum(registrationStatuses, { message: 'registrations.error.status' }).optional(),
  ),
  page: z.preprocess(
    blankAsUndefined,
    z.coerce
      .number({ message: 'registrations.error.page' })
      .int('registrations.error.page')
      .min(1, 'registrations.error.page')
      .max(100_000, 'registrations.error.page')
      .optional(),
  ),
});

export function registrationRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  async function formPage(request: FastifyRequest) {
    const windows = await registrationWindows(db, request.actor);
    if (windows.length === 0) {
      throw new AppError(
        'forbidden',
        'not_allowed',
        '您不是受理企业登记的窗口工作人员 / not a clerk',
      );
    }
    const materials = await registrationMaterials(db);
    return (state: FormState) => (
      <RegistrationNewPage form={state} windows={windows} materials={materials} />
    );
  }

  app.get('/staff/approvals/registrations', async (request, reply) => {
    const scope = await registrationListScope(db, request.actor);
    const canRegister = (await registrationWindows(db, request.actor)).length > 0;
    const common = { canRegister, pageSize: registrationPageSize };
    const parsed = parseForm(listQuery, request.query);
    if (!parsed.ok) {
      return reply.page(
        <RegistrationListPage {...common} state={parsed.state} rows={[]} total={0} page={1} />,
        422,
      );
    }
    const { page = 1, ...filter } = parsed.data;
    const { rows, total } = await listRegistrations(db, filter, scope, page);
    const state = { values: formValues(request.query), errors: [] };
    return reply.page(
      <RegistrationListPage {...common} state={state} rows={rows} total={total} page={page} />,
    );
  });

  app.get('/staff/approvals/registrations/new', async (request, reply) => {
    const render = await formPage(request);
    return reply.page(render(emptyForm));
  });

  app.post('/staff/approvals/registrations/new', async (request, reply) => {
    const render = await formPage(request);
    const values = formValues(request.body);
    const refuse = (errors: FieldError[]) => reply.page(render({ values, errors }), 422);
    const parsed = parseForm(registrationForm, request.body);
    if (!parsed.ok) return refuse(parsed.state.errors);
    try {
      const receipt = await registerBusiness(db, clock, contextOf(request), {
        ...parsed.data,
        provided: providedOf(values),
      });
      const reviewOrgs = await casesDb(db)
        .selectFrom('approvalsCaseReviews as r')
        .innerJoin('accountsOrgs as o', 'o.id', 'r.orgId')
        .select('o.name')
        .where('r.caseId', '=', receipt.caseId)
        .orderBy('r.position')
        .execute();
      // The access code is shown in this answer only: it is stored hashed.
      return reply
        .header('cache-control', 'no-store')
        .page(
          <RegistrationReceiptPage receipt={receipt} reviewOrgs={reviewOrgs.map((o) => o.name)} />,
          201,
        );
    } catch (error) {
      if (isAppError(error) && error.kind === 'validation') {
        return refuse(error.details.fields ?? [{ field: 'form', message: error.message }]);
      }
      throw error;
    }
  });

  // 行政许可法第44条: the approved case is issued; its certificate number is the new credit code.
  app.post('/staff/approvals/registrations/:trackingNumber/issue', async (request, reply) => {
    const { trackingNumber } = caseParams.parse(request.params);
    if (!(await findCase(db, trackingNumber))) {
      throw new AppError('not_found', 'approvals_case_not_found', '没有这个办件 / no such case');
    }
    const row = await issueRegistration(db, clock, contextOf(request), trackingNumber);
    return reply.redirect(`/staff/approvals/registrations/${row.certificateNumber}/licence`, 303);
  });
}
