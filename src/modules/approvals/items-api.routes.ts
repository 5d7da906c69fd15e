/** The public API of the guides: GET /api/v1/service-items and /api/v1/service-items/{code}. */
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { guideListQuery, itemCodeParams } from './guides.schemas.ts';
import { itemKindOf } from './items.model.ts';
import { itemPageSize, itemsDb, listItemRows } from './items.queries.ts';
import { getGuide, type Guide } from './items.read.ts';

/** A guide as JSON: every element of the 办事指南 (fees in fen; limits in working days). */
export function guideJson(guide: Guide) {
  const { item } = guide;
  return {
    code: item.code,
    name: item.name,
    nameEn: item.nameEn,
    kind: guide.kind,
    org: { code: item.orgCode, name: item.orgName },
    basis: item.basis,
    conditions: item.conditions,
    materials: guide.materials.map((m) => ({
      name: m.name,
      form: m.form,
      copies: m.copies,
      required: m.isRequired,
      note: m.note,
      templateUrl:
        m.templateFileId === null
          ? null
          : `/services/guides/${encodeURIComponent(item.code)}/templates/${m.id}`,
    })),
    place: item.place,
    hours: item.hours,
    phone: item.phone,
    flow: item.flow,
    feeFen: item.feeFen,
    feeBasis: item.feeBasis,
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
    limitUnit: 'working_days',
    reviewOrgs: guide.reviewOrgs.map((r) => ({
      code: r.orgCode,
      name: r.orgName,
      stepDays: r.stepDays,
    })),
    powers: guide.powers.map((p) => ({ code: p.code, name: p.name })),
    windows: guide.windows.map((w) => ({
      center: { code: w.centerCode, name: w.centerName },
      number: w.number,
      name: w.name,
    })),
    online: item.online,
    version: item.version,
  };
}

export function itemsApiRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db } = deps;

  app.get('/api/v1/service-items', async (request) => {
    const { page, q, org, kind } = guideListQuery.parse(request.query);
    const { rows, total } = await listItemRows(itemsDb(db), { q, orgCode: org, kind }, page);
    return {
      total,
      page,
      pageSize: itemPageSize,
      items: rows.map((r) => ({
        code: r.code,
        name: r.name,
        kind: itemKindOf(r),
        org: { code: r.orgCode, name: r.orgName },
        statutoryDays: r.statutoryDays,
        promisedDays: r.promisedDays,
        feeFen: r.feeFen,
        online: r.online,
      })),
    };
  });

  app.get('/api/v1/service-items/:code', async (request) => {
    const { code } = itemCodeParams.parse(request.params);
    return guideJson(await getGuide(db, code));
  });
}
