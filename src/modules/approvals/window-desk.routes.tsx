/**
 * The window desk: GET chooses window and item; POST registers the application and, in the same
 * transaction, accepts it, gives the one-time notice, refuses it, or (即办件) accepts and
 * completes it. A refusal of any part (a missing material, a bad ID number) undoes the whole and
 * re-renders the form with 422; success shows the tracking number and access code once.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError, isAppError, type FieldError } from '../../platform/errors/index.ts';
import { contextOf, formValues } from '../../platform/http/index.ts';
import type { FormState } from '../../platform/views/index.ts';
import { readClock } from '../deadlines/index.ts';
import {
  acceptAndComplete,
  acceptCase,
  issueNotice,
  refuseCase,
} from './case-acceptance.service.ts';
import { findCaseItem, type CaseRow } from './cases.queries.ts';
import { registerAtWindow } from './cases.service.ts';
import { applicantOf, formFieldOf, providedOf } from './views/case-applicant.tsx';
import {
  WindowDeskPage,
  WindowReceiptPage,
  type DeskSelection,
} from './views/window-desk.page.tsx';
import { listDeskItems, listDeskWindows } from './window-desk.queries.ts';

const selectionQuery = z.object({
  window: z.coerce.number().int().positive().optional().catch(undefined),
  item: z.string().trim().max(64).optional().catch(undefined),
});

const deskActions = ['accept', 'notice', 'refuse', 'complete'] as const;
const actionSchema = z.enum(deskActions);

async function selectionOf(
  deps: ModuleDeps,
  request: FastifyRequest,
  windowId: number | undefined,
  itemCode: string | undefined,
): Promise<DeskSelection> {
  const windows = await listDeskWindows(deps.db, request.actor);
  if (windows.length === 0 && request.actor.kind !== 'system') {
    throw new AppError(
      'forbidden',
      'not_allowed',
      '您不是窗口工作人员 / you are not a window clerk',
    );
  }
  const chosen =
    windows.find((w) => w.id === windowId) ?? (windows.length === 1 ? windows[0] : undefined);
  const items = chosen ? await listDeskItems(deps.db, chosen.id) : [];
  const deskItem = items.find((i) => i.code === itemCode);
  const full = deskItem ? await findCaseItem(deps.db, { id: deskItem.id }) : undefined;
  return {
    windows,
    items,
    windowId: chosen?.id ?? null,
    item: deskItem && full ? { ...deskItem, materials: full.materials } : null,
  };
}

export function windowDeskRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  app.get('/staff/approvals/window', async (request, reply) => {
    const query = selectionQuery.parse(request.query);
    const selection = await selectionOf(deps, request, query.window, query.item);
    return reply.page(<WindowDeskPage selection={selection} state={{ values: {}, errors: [] }} />);
  });

  app.post('/staff/approvals/window', async (request, reply: FastifyReply) => {
    const values = formValues(request.body);
    const selection = await selectionOf(deps, request, Number(values.window), values.item);
    const refuse = (errors: FieldError[]) => {
      const state: FormState = { values, errors };
      return reply.page(<WindowDeskPage selection={selection} state={state} />, 422);
    };
    const action = actionSchema.safeParse(values.action);
    if (!selection.item || !selection.windowId || !action.success) {
      return refuse([{ field: 'item', message: 'approvals.cases.error.item' }]);
    }
    const ctx = contextOf(request);
    const provided = providedOf(values);
    try {
      const { receipt, row } = await db.transaction().execute(async (trx) => {
        const receipt = await registerAtWindow(trx, clock, ctx, {
          windowId: selection.windowId!,
          itemCode: selection.item!.code,
          applicant: applicantOf(values),
          provided,
        });
        const n = receipt.trackingNumber;
        let row: CaseRow;
        if (action.data === 'accept') row = await acceptCase(trx, clock, ctx, n);
        else if (action.data === 'notice') row = await issueNotice(trx, clock, ctx, n);
        else if (action.data === 'refuse') {
          row = await refuseCase(trx, clock, ctx, n, {
            reason: values.reason ?? '',
            legalBasis: values.legalBasis ?? '',
          });
        } else {
          row = await acceptAndComplete(trx, clock, ctx, n, {
            certificateNumber: values.certificateNumber ?? '',
          });
        }
        return { receipt, row };
      });
      const dueOn =
        row.clockId !== null && row.state === 'accepted'
          ? (await readClock(db, clock, row.clockId)).view.dueOn
          : null;
      return reply.header('cache-control', 'no-store').page(
        <WindowReceiptPage
          receipt={{
            trackingNumber: receipt.trackingNumber,
            accessCode: receipt.accessCode,
            state: row.state,
            itemName: selection.item.name,
            dueOn,
            windowId: selection.windowId,
          }}
        />,
        201,
      );
    } catch (error) {
      if (isAppError(error) && error.kind === 'validation') {
        const fields = error.details.fields ?? [{ field: 'form', message: error.message }];
        return refuse(fields.map((f) => ({ ...f, field: formFieldOf(f.field) })));
      }
      throw error;
    }
  });
}
