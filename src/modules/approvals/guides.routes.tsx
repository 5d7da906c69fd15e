/**
 * The public face of items: /services/guides (search and filter), /services/guides/:code (the
 * whole 办事指南), its form templates, and /services/centers (centers, windows, departments).
 */
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError } from '../../platform/errors/index.ts';
import { readStoredFile } from '../../platform/files/index.ts';
import { guideListQuery, itemCodeParams, templateParams } from './guides.schemas.ts';
import {
  itemPageSize,
  itemsDb,
  listActiveOrgs,
  listItemOrgs,
  listItemRows,
  listMaterials,
} from './items.queries.ts';
import { getGuide, getItemByCode, listAllWindows } from './items.read.ts';
import { GuideCentersPage, type CenterWindows } from './views/guide-centers.page.tsx';
import { GuideListPage } from './views/guide-list.page.tsx';
import { GuidePage } from './views/guide.page.tsx';

/** RFC 5987 encoding of a header parameter. */
function encodeParameter(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Centers in the order of the org tree: the county's (a child of the government) first. */
export async function listCenterWindows(
  db: ModuleDeps['db'],
  activeOnly = true,
): Promise<CenterWindows[]> {
  const centers = (await listActiveOrgs(itemsDb(db), ['center'])).map((c) => ({
    ...c,
    isCounty: c.path.split('/').filter(Boolean).length <= 2,
  }));
  const windows = await listAllWindows(db, activeOnly);
  return centers
    .sort((a, b) => Number(b.isCounty) - Number(a.isCounty))
    .map((c) => ({
      code: c.code,
      name: c.name,
      isCounty: c.isCounty,
      windows: windows.filter((w) => w.centerOrgId === c.id),
    }));
}

export function guidesRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, config } = deps;

  app.get('/services/guides', async (request, reply) => {
    const { page, ...filter } = guideListQuery.parse(request.query);
    const { rows, total } = await listItemRows(
      itemsDb(db),
      { q: filter.q, orgCode: filter.org, kind: filter.kind },
      page,
    );
    const orgs = await listItemOrgs(itemsDb(db));
    return reply.page(
      <GuideListPage
        filter={filter}
        orgs={orgs}
        rows={rows}
        total={total}
        page={page}
        pageSize={itemPageSize}
      />,
    );
  });

  app.get('/services/guides/:code', async (request, reply) => {
    const { code } = itemCodeParams.parse(request.params);
    return reply.page(<GuidePage guide={await getGuide(db, code)} />);
  });

  app.get('/services/guides/:code/templates/:materialId', async (request, reply) => {
    const { code, materialId } = templateParams.parse(request.params);
    const item = await getItemByCode(db, code);
    const material = (await listMaterials(itemsDb(db), item.id)).find((m) => m.id === materialId);
    if (item.status !== 'active' || !material || material.templateFileId === null) {
      throw new AppError('not_found', 'template_not_found', `没有这个模板 / no such template`);
    }
    const { row, bytes } = await readStoredFile(db, config.dataDir, material.templateFileId);
    const name = `${material.name}.pdf`;
    return reply
      .type(row.mediaType)
      .header('x-content-type-options', 'nosniff')
      .header(
        'content-disposition',
        `attachment; filename="template-${material.id}.pdf"; filename*=UTF-8''${encodeParameter(name)}`,
      )
      .send(bytes);
  });

  app.get('/services/centers', async (_request, reply) =>
    reply.page(<GuideCentersPage centers={await listCenterWindows(db)} />),
  );
}
