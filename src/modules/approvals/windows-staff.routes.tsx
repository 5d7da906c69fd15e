/**
 * The console's centers and windows under /staff/approvals/windows: the list by center, a new
 * window, and a window's form (number, name, resident departments, items accepted). Window clerks
 * and department officers read; the admin covering a center changes its windows.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError, isAppError, type FieldError } from '../../platform/errors/index.ts';
import { contextOf, formValues } from '../../platform/http/index.ts';
import { can } from '../accounts/index.ts';
import { listCenterWindows } from './guides.routes.tsx';
import { canOpenConsole, windowRule } from './items.policy.ts';
import { itemsDb, listActiveOrgs, listItemRows } from './items.queries.ts';
import { getWindow } from './items.read.ts';
import { WindowFormPage, type WindowFormProps } from './views/window-form.page.tsx';
import { WindowListPage } from './views/window-list.page.tsx';
import { createWindow, updateWindow, type WindowInput } from './windows.service.ts';

const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

function forbidden(): never {
  throw new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
}

/** A multi-valued field of a form body (checkboxes): every value sent. */
function listOf(body: unknown, key: string): string[] {
  const value = (body as Record<string, unknown> | undefined)?.[key];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map(String).filter(Boolean).slice(0, 500);
}

function inputOf(body: unknown, centerCode: string): WindowInput {
  const values = formValues(body);
  return {
    centerCode,
    number: (values.number ?? '').trim(),
    name: (values.name ?? '').trim(),
    nameEn: (values.nameEn ?? '').trim(),
    isActive: values.active === 'on',
    orgCodes: listOf(body, 'orgs'),
    itemCodes: listOf(body, 'items'),
  };
}

export function windowsStaffRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;
  const handle = itemsDb(db);
  const ensureConsole = (request: FastifyRequest) => {
    if (!canOpenConsole(request.actor, windowRule)) forbidden();
  };
  const centersOf = async (request: FastifyRequest) =>
    (await listActiveOrgs(handle, ['center'])).filter((c) =>
      can(request.actor, 'change', c.path, windowRule),
    );

  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    props: Pick<WindowFormProps, 'window' | 'chosenOrgs' | 'chosenItems' | 'canChange'> & {
      values: Record<string, string>;
      errors?: FieldError[];
      status?: number;
    },
  ) => {
    const orgs = await listActiveOrgs(handle, ['department', 'township']);
    const { rows: items } = await listItemRows(handle, {}, 1, 10_000);
    return reply.page(
      <WindowFormPage
        window={props.window}
        state={{ values: props.values, errors: props.errors ?? [] }}
        chosenOrgs={props.chosenOrgs}
        chosenItems={props.chosenItems}
        centers={(await centersOf(request)).map((c) => ({ code: c.code, name: c.name }))}
        orgs={orgs.map((o) => ({ code: o.code, name: o.name }))}
        items={items.map((i) => ({ code: i.code, name: i.name, orgName: i.orgName }))}
        canChange={props.canChange}
      />,
      props.status ?? 200,
    );
  };

  /** The service call, then 303 to the window; a validation error re-renders with 422. */
  const save = async (
    request: FastifyRequest,
    reply: FastifyReply,
    window: WindowFormProps['window'],
    run: () => Promise<number>,
  ) => {
    try {
      return reply.redirect(`/staff/approvals/windows/${await run()}`, 303);
    } catch (error) {
      if (!isAppError(error) || error.kind !== 'validation') throw error;
      return formPage(request, reply, {
        window,
        values: formValues(request.body),
        chosenOrgs: listOf(request.body, 'orgs'),
        chosenItems: listOf(request.body, 'items'),
        canChange: true,
        errors: error.details.fields ?? [{ field: 'form', message: error.message }],
        status: 422,
      });
    }
  };

  app.get('/staff/approvals/windows', async (request, reply) => {
    ensureConsole(request);
    const centers = await listCenterWindows(db, false);
    const changeable = new Set((await centersOf(request)).map((c) => c.code));
    return reply.page(
      <WindowListPage centers={centers} canChange={(code) => changeable.has(code)} />,
    );
  });

  app.get('/staff/approvals/windows/new', async (request, reply) => {
    if ((await centersOf(request)).length === 0) forbidden();
    const center = String((request.query as Record<string, unknown>).center ?? '');
    return formPage(request, reply, {
      values: { center, active: 'on' },
      chosenOrgs: [],
      chosenItems: [],
      canChange: true,
    });
  });

  app.post('/staff/approvals/windows/new', async (request, reply) => {
    if ((await centersOf(request)).length === 0) forbidden();
    const center = formValues(request.body).center ?? '';
    return save(request, reply, undefined, () =>
      createWindow(db, clock, contextOf(request), inputOf(request.body, center)),
    );
  });

  app.get('/staff/approvals/windows/:id', async (request, reply) => {
    ensureConsole(request);
    const window = await getWindow(db, idParams.parse(request.params).id);
    return formPage(request, reply, {
      window: { id: window.id, centerName: window.centerName, number: window.number },
      values: {
        number: window.number,
        name: window.name,
        nameEn: window.nameEn,
        active: window.isActive ? 'on' : '',
      },
      chosenOrgs: window.orgs.map((o) => o.orgCode),
      chosenItems: window.items.map((i) => i.code),
      canChange: can(request.actor, 'change', window.centerPath, windowRule),
    });
  });

  app.post('/staff/approvals/windows/:id', async (request, reply) => {
    const window = await getWindow(db, idParams.parse(request.params).id);
    if (!can(request.actor, 'change', window.centerPath, windowRule)) forbidden();
    const shown = { id: window.id, centerName: window.centerName, number: window.number };
    return save(request, reply, shown, async () => {
      await updateWindow(
        db,
        clock,
        contextOf(request),
        window.id,
        inputOf(request.body, window.centerCode),
      );
      return window.id;
    });
  });
}
