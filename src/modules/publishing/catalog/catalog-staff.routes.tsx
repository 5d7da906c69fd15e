/**
 * The catalog's staff pages: fill status of the required categories with the index-number pattern
 * (/staff/publishing/catalog), and editing an org's guide (/staff/publishing/guide/:code).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { AppError } from '../../../platform/errors/index.ts';
import { contextOf, submitForm } from '../../../platform/http/index.ts';
import type { FormState } from '../../../platform/views/index.ts';
import { isCountyOffice } from '../publishing.policy.ts';
import { catalogOrgOrThrow } from './catalog.routes.tsx';
import { listCatalogOrgs, type CatalogOrg } from './catalog.queries.ts';
import { canEditGuide, saveGuide, setIndexPattern } from './catalog.service.ts';
import { fillStatus } from './fill-status.ts';
import { readGuide } from './guide.ts';
import { readIndexPattern } from './index-numbers.ts';
import { StaffCatalogPage } from './views/staff-catalog.page.tsx';
import { StaffGuidePage } from './views/staff-guide.page.tsx';

const codeParams = z.object({ code: z.string().min(1).max(40) });
const patternForm = z.object({ indexPattern: z.string().max(200).default('') });
const guideForm = z.object({ bodyHtml: z.string().default('') });

function notAllowed(): AppError {
  return new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
}

export function catalogStaffRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  /** The page's data; the pattern form starts from the pattern in force. */
  const catalogProps = async (request: FastifyRequest) => {
    const [orgs, rows, pattern] = await Promise.all([
      listCatalogOrgs(db),
      fillStatus(db),
      readIndexPattern(db),
    ]);
    const byOrg = orgs.map((org) => ({
      code: org.code,
      name: org.name,
      rows: rows.filter((r) => r.orgId === org.id),
    }));
    return { orgs: byOrg, pattern, canEditPattern: isCountyOffice(request.actor) };
  };

  app.get('/staff/publishing/catalog', async (request, reply) => {
    const props = await catalogProps(request);
    const state: FormState = { values: { indexPattern: props.pattern }, errors: [] };
    return reply.page(<StaffCatalogPage {...props} state={state} />);
  });

  app.post('/staff/publishing/catalog/pattern', async (request, reply) => {
    if (!isCountyOffice(request.actor)) throw notAllowed();
    const props = await catalogProps(request);
    return submitForm(reply, {
      schema: patternForm,
      body: request.body,
      render: (state) => <StaffCatalogPage {...props} state={state} />,
      action: async (form) => {
        await setIndexPattern(db, clock, contextOf(request), form);
        return '/staff/publishing/catalog';
      },
    });
  });

  /** The org of the URL, refusing anyone who may not edit its guide (403). */
  const editable = async (request: FastifyRequest): Promise<CatalogOrg> => {
    const { code } = codeParams.parse(request.params);
    const org = await catalogOrgOrThrow(db, code);
    if (!canEditGuide(contextOf(request), org)) throw notAllowed();
    return org;
  };

  app.get('/staff/publishing/guide/:code', async (request, reply) => {
    const org = await editable(request);
    const guide = await readGuide(db, org, await readIndexPattern(db));
    return reply.page(
      <StaffGuidePage
        org={org}
        isDefault={guide.updatedAt === null}
        state={{ values: { bodyHtml: guide.bodyHtml }, errors: [] }}
      />,
    );
  });

  app.post('/staff/publishing/guide/:code', async (request, reply) => {
    const org = await editable(request);
    return submitForm(reply, {
      schema: guideForm,
      body: request.body,
      render: (state) => <StaffGuidePage org={org} isDefault={false} state={state} />,
      action: async (form) => {
        await saveGuide(db, clock, contextOf(request), org.code, form);
        return `/openness/guide/${encodeURIComponent(org.code)}`;
      },
    });
  });
}
