import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { AppError, isAppError } from '../../platform/errors/index.ts';
import { contextOf, readUploadedFile, submitForm } from '../../platform/http/index.ts';
import type { FormState } from '../../platform/views/index.ts';
import { accountAdminRule, can, ensureCan } from './accounts.policy.ts';
import type { AccountsTables } from './accounts.tables.ts';
import {
  attachmentDisposition,
  readOrgWorkbook,
  writeOrgWorkbook,
  xlsxContentType,
  type RowProblem,
} from './orgs.excel.ts';
import { canImportOrgs, ensureCanImportOrgs, importOrgs } from './orgs.import.ts';
import { listOrgs } from './orgs.queries.ts';
import {
  orgCodeParams,
  orgEditForm,
  orgMergeForm,
  orgMoveForm,
  orgStatusForm,
  orgTreeQuery,
} from './orgs.schemas.ts';
import {
  buildOrgTree,
  flattenOrgTree,
  getOrgDetails,
  moveOrg,
  updateOrg,
  type OrgDetails,
} from './orgs.service.ts';
import { deactivateOrg, mergeOrg, reactivateOrg } from './orgs-status.service.ts';
import { OrgDetailPage, type OrgForms } from './views/org-detail.page.tsx';
import { OrgImportDonePage, OrgImportPage } from './views/org-import.page.tsx';
import { OrgTreePage } from './views/org-tree.page.tsx';

function fileProblem(code: string, key: string, message: string): AppError {
  return new AppError('validation', code, message, { fields: [{ field: 'file', message: key }] });
}

/** The uploaded file's bytes: one file of at most 5 MB (the multipart limits in security.ts). */
function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  return readUploadedFile(request, {
    missing: () =>
      fileProblem(
        'org_import_no_file',
        'orgs.import.fileRequired',
        '文件：请选择要导入的 .xlsx 文件 / File: choose the .xlsx file to import',
      ),
    tooLarge: () =>
      fileProblem(
        'org_import_too_large',
        'orgs.import.tooLarge',
        '文件：超过 5 MB / File: larger than 5 MB',
      ),
  });
}

/** The org tree pages under /staff/orgs: reading for everyone signed in, changes for admins. */
export function orgRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const db = deps.db as Kysely<AccountsTables>;
  const { clock } = deps;

  app.get('/staff/orgs', async (request, reply) => {
    const query = orgTreeQuery.parse(request.query);
    const orgs = await listOrgs(db, { includeInactive: query.inactive });
    return reply.page(
      <OrgTreePage
        orgs={orgs}
        kind={query.kind}
        showInactive={query.inactive}
        canImport={canImportOrgs(contextOf(request))}
      />,
    );
  });

  app.get('/staff/orgs/export.xlsx', async (_request, reply) => {
    const orgs = await listOrgs(db, { includeInactive: true });
    const workbook = await writeOrgWorkbook(flattenOrgTree(buildOrgTree(orgs)).map((n) => n.org));
    return reply
      .type(xlsxContentType)
      .header('content-disposition', attachmentDisposition(`orgs-${localDateOf(clock.now())}.xlsx`))
      .header('cache-control', 'no-store')
      .send(workbook);
  });

  app.get('/staff/orgs/import', async (request, reply) => {
    ensureCanImportOrgs(contextOf(request));
    return reply.page(<OrgImportPage errors={[]} rows={[]} />);
  });

  app.post('/staff/orgs/import', async (request, reply) => {
    const ctx = contextOf(request);
    ensureCanImportOrgs(ctx);
    try {
      const sheet = await readOrgWorkbook(await uploadedFile(request));
      const result = await importOrgs(db, clock, ctx, sheet);
      return reply.page(<OrgImportDonePage result={result} />);
    } catch (error) {
      if (isAppError(error) && error.kind === 'validation') {
        const rows = (error.details.rows as RowProblem[] | undefined) ?? [];
        return reply.page(<OrgImportPage errors={error.details.fields ?? []} rows={rows} />, 422);
      }
      throw error;
    }
  });

  app.get('/staff/orgs/:code', async (request, reply) => {
    const { code } = orgCodeParams.parse(request.params);
    const details = await getOrgDetails(db, code);
    const canChange = can(request.actor, 'change', details.org.path, accountAdminRule);
    return reply.page(<OrgDetailPage details={details} canChange={canChange} />);
  });

  /** The details page again with one form's state; only an admin covering the org gets this far. */
  const detailPage = (details: OrgDetails, forms: OrgForms) => (
    <OrgDetailPage details={details} canChange forms={forms} />
  );

  /** Loads the org, refuses anyone who may not change it (403), and hands the form on. */
  const changeForm = async (request: FastifyRequest) => {
    const { code } = orgCodeParams.parse(request.params);
    const details = await getOrgDetails(db, code);
    ensureCan(request.actor, 'change', details.org.path, accountAdminRule);
    return { code, details, ctx: contextOf(request) };
  };
  const detailsUrl = (code: string) => `/staff/orgs/${encodeURIComponent(code)}`;

  app.post('/staff/orgs/:code', async (request, reply) => {
    const { code, details, ctx } = await changeForm(request);
    return submitForm(reply, {
      schema: orgEditForm,
      body: request.body,
      render: (state: FormState) => detailPage(details, { edit: state }),
      action: async (form) => {
        await updateOrg(db, clock, ctx, code, form);
        return detailsUrl(code);
      },
    });
  });

  app.post('/staff/orgs/:code/move', async (request, reply) => {
    const { code, details, ctx } = await changeForm(request);
    return submitForm(reply, {
      schema: orgMoveForm,
      body: request.body,
      render: (state: FormState) => detailPage(details, { move: state }),
      action: async (form) => {
        await moveOrg(db, clock, ctx, code, {
          parentCode: form.parentCode,
          effectiveOn: form.moveEffectiveOn,
          documentNumber: form.moveDocumentNumber,
        });
        return detailsUrl(code);
      },
    });
  });

  app.post('/staff/orgs/:code/merge', async (request, reply) => {
    const { code, details, ctx } = await changeForm(request);
    return submitForm(reply, {
      schema: orgMergeForm,
      body: request.body,
      render: (state: FormState) => detailPage(details, { merge: state }),
      action: async (form) => {
        await mergeOrg(db, clock, ctx, code, {
          intoCode: form.intoCode,
          effectiveOn: form.mergeEffectiveOn,
          documentNumber: form.mergeDocumentNumber,
        });
        return detailsUrl(code);
      },
    });
  });

  for (const [verb, change] of [
    ['deactivate', deactivateOrg],
    ['reactivate', reactivateOrg],
  ] as const) {
    app.post(`/staff/orgs/:code/${verb}`, async (request, reply) => {
      const { code, details, ctx } = await changeForm(request);
      return submitForm(reply, {
        schema: orgStatusForm,
        body: request.body,
        render: (state: FormState) => detailPage(details, { status: state }),
        action: async (form) => {
          await change(db, clock, ctx, code, {
            effectiveOn: form.statusEffectiveOn,
            documentNumber: form.statusDocumentNumber,
          });
          return detailsUrl(code);
        },
      });
    });
  }
}
