/** The item pages: a new draft, an item (edit form, steps, history), and each workflow step. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { isAppError, type FieldError } from '../../../platform/errors/index.ts';
import { contextOf, formValues } from '../../../platform/http/index.ts';
import type { FormState } from '../../../platform/views/index.ts';
import { ensureCanInChannel } from '../publishing.policy.ts';
import { itemTypes, publishWithinWorkingDays, type ItemType } from '../publishing.model.ts';
import { findNextEdition, listItemEvents, type Channel } from '../publishing.queries.ts';
import { createDraft, editDraft } from '../items.service.ts';
import type { EditItemInput } from '../publishing.schemas.ts';
import { listAttachments } from './attachments.queries.ts';
import { channelByCode, idOf, itemForActor, notFound, staffActor } from './console.access.ts';
import { catalogInfoOf, leafNodes, listCatalogNodes } from '../catalog/catalog.queries.ts';
import { setItemCatalogNode } from '../catalog/catalog.service.ts';
import { issuingOrgChoices, policyChoices } from './console.queries.ts';
import { runStep } from './steps.ts';
import type { Choices } from './views/item-form.tsx';
import { stepNames, type StepName } from './views/item-steps.tsx';
import { ItemPage, NewItemPage, type ItemPageData } from './views/item.page.tsx';
import { itemHref } from './views/labels.tsx';
import { invalid } from '../workflow.ts';

const contentNames = [
  'title',
  'summary',
  'bodyHtml',
  'formedOn',
  'docNumber',
  'issuingOrgId',
  'writtenOn',
  'subjectCategory',
  'policyId',
  'catalogNode',
] as const;

/** The content fields as typed; the service parses and checks them (catalogNode: setItemCatalogNode). */
function contentOf(body: unknown): EditItemInput & Record<string, string> {
  const values = formValues(body);
  return Object.fromEntries(contentNames.map((n) => [n, values[n] ?? ''])) as EditItemInput &
    Record<string, string>;
}

function typeOf(value: unknown): ItemType {
  if (!(itemTypes as readonly string[]).includes(String(value))) throw notFound('信息类型');
  return value as ItemType;
}

async function choicesFor(db: Kysely<unknown>, channel: Channel, type: ItemType): Promise<Choices> {
  return {
    issuingOrgs: type === 'policy' ? await issuingOrgChoices(db) : [],
    policies: type === 'interpretation' ? await policyChoices(db, channel.orgPath) : [],
    catalogNodes: leafNodes(await listCatalogNodes(db)).map((n) => ({
      value: n.code,
      label: n.nameZh,
    })),
  };
}

/** The catalog node chosen on the form ('' = the type's default); an unknown code is a field error. */
function catalogNodeOf(body: unknown, choices: Choices): string | null {
  const code = formValues(body)['catalogNode'] ?? '';
  if (code === '') return null;
  if (!choices.catalogNodes.some((n) => n.value === code)) {
    throw invalid([{ field: 'catalogNode', message: 'publishingCatalog.error.node' }]);
  }
  return code;
}

/** Field errors of a validation AppError (the service's), or undefined for any other error. */
export function validationErrors(error: unknown): FieldError[] | undefined {
  if (!isAppError(error) || error.kind !== 'validation') return undefined;
  return error.details.fields ?? [{ field: 'form', message: error.message }];
}

/** Everything the item page shows. */
export async function itemPageData(
  db: Kysely<unknown>,
  request: FastifyRequest,
  id: number,
): Promise<ItemPageData> {
  const { item, channel, may } = await itemForActor(db, staffActor(request), id);
  return {
    item,
    channel,
    may,
    events: await listItemEvents(db, id),
    attachments: await listAttachments(db, id),
    choices:
      item.state === 'draft'
        ? await choicesFor(db, channel, item.type)
        : { issuingOrgs: [], policies: [], catalogNodes: [] },
    catalogNode: (await catalogInfoOf(db, id))?.node?.code ?? '',
    hasNextEdition: (await findNextEdition(db, id)) !== undefined,
  };
}

const flashSteps = new Set([...stepNames, 'created', 'saved', 'attachment', 'attachmentRemoved']);

export function itemsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  app.get('/staff/publishing/items/new', async (request, reply) => {
    const actor = staffActor(request);
    const query = request.query as Record<string, unknown>;
    const channel = await channelByCode(db, query['channel']);
    const type = typeOf(query['type']);
    ensureCanInChannel(actor, 'author', channel.orgPath);
    const values: Record<string, string> = {
      issuingOrgId: String(channel.orgId),
      ...(typeof query['policyId'] === 'string' ? { policyId: query['policyId'] } : {}),
    };
    return reply.page(
      <NewItemPage
        channel={channel}
        type={type}
        form={{ values, errors: [] }}
        choices={await choicesFor(db, channel, type)}
      />,
    );
  });

  app.post('/staff/publishing/items/new', async (request, reply) => {
    staffActor(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const channel = await channelByCode(db, body['channel']);
    const type = typeOf(body['type']);
    const content = contentOf(body);
    try {
      const catalogNode = catalogNodeOf(body, await choicesFor(db, channel, type));
      const item = await createDraft(db, clock, contextOf(request), {
        channelId: channel.id,
        type,
        ...content,
      });
      if (catalogNode)
        await setItemCatalogNode(db, clock, contextOf(request), item.id, catalogNode);
      return reply.redirect(`${itemHref(item.id)}?done=created`, 303);
    } catch (error) {
      const errors = validationErrors(error);
      if (!errors) throw error;
      const form = { values: content, errors };
      const choices = await choicesFor(db, channel, type);
      return reply.page(
        <NewItemPage channel={channel} type={type} form={form} choices={choices} />,
        422,
      );
    }
  });

  app.get('/staff/publishing/items/:id', async (request, reply) => {
    const id = idOf((request.params as Record<string, unknown>)['id']);
    const data = await itemPageData(db, request, id);
    const query = request.query as Record<string, unknown>;
    const done = String(query['done'] ?? '');
    const flash = flashSteps.has(done) ? `publishingConsole.flash.${done}` : undefined;
    const late = Number(query['late']);
    // 条例第26条: the warning publishItem returned, carried over the redirect.
    const lateDays =
      done === 'publish' && Number.isInteger(late) && late > publishWithinWorkingDays
        ? late
        : undefined;
    return reply.page(<ItemPage data={data} flash={flash} lateDays={lateDays} />);
  });

  app.post('/staff/publishing/items/:id', async (request, reply) => {
    const id = idOf((request.params as Record<string, unknown>)['id']);
    const content = contentOf(request.body);
    try {
      const { choices } = await itemPageData(db, request, id);
      const catalogNode = catalogNodeOf(request.body, choices);
      await editDraft(db, clock, contextOf(request), id, content);
      await setItemCatalogNode(db, clock, contextOf(request), id, catalogNode);
      return reply.redirect(`${itemHref(id)}?done=saved`, 303);
    } catch (error) {
      const errors = validationErrors(error);
      if (!errors) throw error;
      const data = await itemPageData(db, request, id);
      return reply.page(<ItemPage data={data} editForm={{ values: content, errors }} />, 422);
    }
  });

  app.post('/staff/publishing/items/:id/steps/:step', async (request, reply) => {
    const params = request.params as Record<string, unknown>;
    const id = idOf(params['id']);
    const step = String(params['step']) as StepName;
    if (!(stepNames as readonly string[]).includes(step)) throw notFound('操作');
    staffActor(request);
    const values = formValues(request.body);
    try {
      const location = await runStep(deps, contextOf(request), id, step, values);
      return reply.redirect(location, 303);
    } catch (error) {
      const errors = validationErrors(error);
      if (!errors) throw error;
      return renderStepError(reply, db, request, id, step, { values, errors });
    }
  });
}

/** The item page again, 422, with the step's input kept and its errors on its own fields. */
async function renderStepError(
  reply: FastifyReply,
  db: Kysely<unknown>,
  request: FastifyRequest,
  id: number,
  step: StepName,
  state: FormState,
) {
  const errors = state.errors.map((e) => (e.field === 'note' ? { ...e, field: `${step}Note` } : e));
  const data = await itemPageData(db, request, id);
  return reply.page(
    <ItemPage data={data} stepForms={{ [step]: { values: state.values, errors } }} />,
    422,
  );
}
