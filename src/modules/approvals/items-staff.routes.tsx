/**
 * The console's item pages under /staff/approvals/items: the list, a new item, the edit form
 * (materials and review departments as repeated rows that work without scripts: "增加空行"
 * re-renders with more blank rows), form templates, retiring, and the history of versions.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError, isAppError, type FieldError } from '../../platform/errors/index.ts';
import { contextOf, formValues, readUploadedFile } from '../../platform/http/index.ts';
import type { Actor } from '../../platform/http/index.ts';
import { can, ensureCan, scopePaths } from '../accounts/index.ts';
import { guideListQuery, itemCodeParams, templateParams } from './guides.schemas.ts';
import { compactRows, formValuesOf, inputOfForm } from './items.form.ts';
import { canOpenConsole, itemRule } from './items.policy.ts';
import {
  itemPageSize,
  itemsDb,
  listActiveOrgs,
  listItemRows,
  listMaterials,
  listVersions,
  type OrgRef,
} from './items.queries.ts';
import { createItem, getItemRow, inputOfItem, retireItem, updateItem } from './items.service.ts';
import { attachTemplate } from './items.templates.ts';
import { ItemFormPage, type ItemFormProps } from './views/item-form.page.tsx';
import { ItemListPage } from './views/item-list.page.tsx';
import { ItemVersionsPage } from './views/item-versions.page.tsx';

const staffListQuery = guideListQuery.extend({
  status: z.enum(['active', 'retired', 'all']).optional().catch(undefined),
});

function forbidden(): never {
  throw new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
}

const itemHref = (code: string) => `/staff/approvals/items/${encodeURIComponent(code)}`;

/** Departments whose items the actor may create or move items to. */
function changeableOrgs(actor: Actor, orgs: OrgRef[]): OrgRef[] {
  if (actor.kind === 'system') return orgs;
  const paths = scopePaths(actor, 'change', itemRule);
  return orgs.filter((o) => paths.some((p) => o.path.startsWith(p)));
}

const choice = (o: OrgRef) => ({ code: o.code, name: o.name });

export function itemsStaffRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock, config } = deps;
  const handle = itemsDb(db);
  const departments = () => listActiveOrgs(handle, ['department', 'township']);
  const ensureConsole = (request: FastifyRequest) => {
    if (!canOpenConsole(request.actor, itemRule)) forbidden();
  };

  app.get('/staff/approvals/items', async (request, reply) => {
    ensureConsole(request);
    const { page, q, org, status } = staffListQuery.parse(request.query);
    const { rows, total } = await listItemRows(handle, { q, orgCode: org, status }, page);
    const orgs = await departments();
    return reply.page(
      <ItemListPage
        filter={{ q, org, status }}
        orgs={orgs.map(choice)}
        rows={rows}
        total={total}
        page={page}
        pageSize={itemPageSize}
        canCreate={changeableOrgs(request.actor, orgs).length > 0}
      />,
    );
  });

  /** The form page as it should show: rows enough for what was typed plus blank ones. */
  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    props: Pick<ItemFormProps, 'item' | 'materials' | 'canChange'> & {
      values: Record<string, string>;
      errors?: FieldError[];
      rows: { materials: number; reviews: number };
      status?: number;
    },
  ) => {
    const orgs = await departments();
    const own = props.canChange ? changeableOrgs(request.actor, orgs) : orgs;
    return reply.page(
      <ItemFormPage
        item={props.item}
        materials={props.materials}
        canChange={props.canChange}
        state={{ values: props.values, errors: props.errors ?? [] }}
        orgs={own.map(choice)}
        reviewOrgChoices={orgs.map(choice)}
        materialRows={props.rows.materials}
        reviewRows={props.rows.reviews}
      />,
      props.status ?? 200,
    );
  };

  /** A submitted item form: more rows, or the service call and 303, or 422 with every problem. */
  const submit = async (
    request: FastifyRequest,
    reply: FastifyReply,
    context: Pick<ItemFormProps, 'item' | 'materials'>,
    save: (
      values: Record<string, string>,
      counts: { materials: number; reviews: number },
    ) => Promise<string>,
  ) => {
    const body = formValues(request.body);
    const compacted = compactRows(body);
    const counts = { materials: compacted.materials, reviews: compacted.reviews };
    const page = (extra: number, errors: FieldError[] = [], status = 200) =>
      formPage(request, reply, {
        ...context,
        canChange: true,
        values: compacted.values,
        errors,
        status,
        rows: { materials: counts.materials + extra, reviews: counts.reviews + extra },
      });
    if (body.intent === 'addRows') return page(3);
    try {
      return reply.redirect(await save(compacted.values, counts), 303);
    } catch (error) {
      if (isAppError(error) && error.kind === 'validation') {
        return page(2, error.details.fields ?? [{ field: 'form', message: error.message }], 422);
      }
      throw error;
    }
  };

  const ensureCanCreate = (request: FastifyRequest) => {
    if (
      request.actor.kind !== 'system' &&
      scopePaths(request.actor, 'change', itemRule).length === 0
    )
      forbidden();
  };

  app.get('/staff/approvals/items/new', async (request, reply) => {
    ensureCanCreate(request);
    const values = { online: 'on', fee: '0', statutoryDays: '20' };
    return formPage(request, reply, {
      canChange: true,
      values,
      rows: { materials: 4, reviews: 2 },
    });
  });

  app.post('/staff/approvals/items/new', async (request, reply) => {
    ensureCanCreate(request);
    return submit(request, reply, {}, async (values, counts) => {
      const { code } = await createItem(db, clock, contextOf(request), inputOfForm(values, counts));
      return itemHref(code);
    });
  });

  app.get('/staff/approvals/items/:code', async (request, reply) => {
    ensureConsole(request);
    const { code } = itemCodeParams.parse(request.params);
    const { item, content } = await inputOfItem(handle, code);
    const materials = await listMaterials(handle, item.id);
    return formPage(request, reply, {
      item,
      materials,
      canChange: can(request.actor, 'change', item.orgPath, itemRule),
      values: formValuesOf(content),
      rows: { materials: content.materials.length + 2, reviews: content.reviewOrgs.length + 2 },
    });
  });

  app.post('/staff/approvals/items/:code', async (request, reply) => {
    const { code } = itemCodeParams.parse(request.params);
    const item = await getItemRow(handle, code);
    // Refused first (403), whatever was sent, for anyone who may not change this department's items.
    ensureCan(request.actor, 'change', item.orgPath, itemRule);
    const materials = await listMaterials(handle, item.id);
    return submit(request, reply, { item, materials }, async (values, counts) => {
      await updateItem(
        db,
        clock,
        contextOf(request),
        code,
        inputOfForm(values, counts),
        values.note ?? '',
      );
      return itemHref(code);
    });
  });

  app.post('/staff/approvals/items/:code/retire', async (request, reply) => {
    const { code } = itemCodeParams.parse(request.params);
    const note = formValues(request.body).retireNote ?? '';
    await retireItem(db, clock, contextOf(request), code, note);
    return reply.redirect(itemHref(code), 303);
  });

  app.post(
    '/staff/approvals/items/:code/materials/:materialId/template',
    async (request, reply) => {
      const { code, materialId } = templateParams.parse(request.params);
      const item = await getItemRow(handle, code);
      ensureCan(request.actor, 'change', item.orgPath, itemRule);
      const field = `template-${materialId}`;
      const problem = (key: string) => () =>
        new AppError('validation', 'template_invalid', key, { fields: [{ field, message: key }] });
      try {
        const bytes = await readUploadedFile(request, {
          missing: problem('approvals.items.template.missing'),
          tooLarge: problem('approvals.items.template.tooLarge'),
        });
        const name = '';
        await attachTemplate(db, clock, contextOf(request), config.dataDir, code, materialId, {
          bytes,
          name,
        });
        return reply.redirect(itemHref(code), 303);
      } catch (error) {
        if (!isAppError(error) || error.kind !== 'validation') throw error;
        const { content } = await inputOfItem(handle, code);
        return formPage(request, reply, {
          item,
          materials: await listMaterials(handle, item.id),
          canChange: true,
          values: formValuesOf(content),
          errors: error.details.fields ?? [{ field, message: error.message }],
          rows: { materials: content.materials.length + 2, reviews: content.reviewOrgs.length + 2 },
          status: 422,
        });
      }
    },
  );

  app.get('/staff/approvals/items/:code/versions', async (request, reply) => {
    ensureConsole(request);
    const { code } = itemCodeParams.parse(request.params);
    const item = await getItemRow(handle, code);
    return reply.page(
      <ItemVersionsPage item={item} versions={await listVersions(handle, item.id)} />,
    );
  });
}
