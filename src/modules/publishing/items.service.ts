/**
 * Drafting and review: create and edit a draft, submit it, approve it or return it to draft.
 * Each step is one transaction with a history row and an audit record. Errors: validation (field
 * errors), forbidden not_allowed, not_found item_not_found, invalid_state item_state.
 */
import type { Kysely } from 'kysely';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import type { FieldError } from '../../platform/errors/index.ts';
import { sanitizeRichText } from '../../platform/html/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { ensureCanInChannel } from './publishing.policy.ts';
import { findItem, listWriters, type Item } from './publishing.queries.ts';
import {
  createItemInput,
  editItemInput,
  noteInput,
  type CreateItemInput,
  type EditItemInput,
} from './publishing.schemas.ts';
import type { ItemType } from './publishing.model.ts';
import type { PublishingTables } from './publishing.tables.ts';
import {
  ensureStepFrom,
  getChannel,
  invalid,
  loadForStep,
  parseInput,
  recordStep,
  type Trx,
} from './workflow.ts';

type Db = Kysely<PublishingTables>;
type Content = ReturnType<typeof editItemInput.parse>;

/** The checks zod cannot make alone: dates not in the future, a policy's metadata, an interpretation's policy. */
async function checkContent(
  db: Kysely<unknown>,
  clock: Clock,
  type: ItemType,
  content: Content,
  selfId?: number,
): Promise<void> {
  const today = localDateOf(clock.now());
  const fields: FieldError[] = [];
  if (content.formedOn > today) {
    fields.push({ field: 'formedOn', message: 'publishing.error.formedOn' });
  }
  if (type === 'policy') {
    if (!content.docNumber)
      fields.push({ field: 'docNumber', message: 'publishing.error.docNumber' });
    if (!content.writtenOn || content.writtenOn > today) {
      fields.push({ field: 'writtenOn', message: 'publishing.error.writtenOn' });
    }
    const org =
      content.issuingOrgId === undefined
        ? undefined
        : await (db as Db)
            .selectFrom('accountsOrgs')
            .select('id')
            .where('id', '=', content.issuingOrgId)
            .executeTakeFirst();
    if (!org) fields.push({ field: 'issuingOrgId', message: 'publishing.error.issuingOrg' });
  }
  if (type === 'interpretation') {
    // 国办发〔2016〕80号: an interpretation is always linked to its policy.
    const policy =
      content.policyId === undefined || content.policyId === selfId
        ? undefined
        : await findItem(db, content.policyId);
    if (!policy || policy.type !== 'policy') {
      fields.push({ field: 'policyId', message: 'publishing.error.policy' });
    }
  }
  if (fields.length > 0) throw invalid(fields);
}

/**
 * The content columns of a type: policy metadata only on policies, the policy link only on
 * interpretations; the body sanitised (platform/html allow-list), so every caller stores safe HTML.
 */
export function contentColumns(type: ItemType, content: Content) {
  const isPolicy = type === 'policy';
  return {
    title: content.title,
    summary: content.summary,
    bodyHtml: sanitizeRichText(content.bodyHtml),
    formedOn: content.formedOn,
    docNumber: content.docNumber ?? null,
    issuingOrgId: isPolicy ? (content.issuingOrgId ?? null) : null,
    writtenOn: isPolicy ? (content.writtenOn ?? null) : null,
    subjectCategory: content.subjectCategory ?? null,
    policyId: type === 'interpretation' ? (content.policyId ?? null) : null,
  };
}

/** Creates a draft in a channel; returns it. */
export async function createDraft(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: CreateItemInput,
): Promise<Item> {
  const data = parseInput(createItemInput, input);
  const channel = await getChannel(db, data.channelId);
  ensureCanInChannel(ctx.actor, 'author', channel.orgPath);
  await checkContent(db, clock, data.type, data);
  const at = clock.now();
  const id = await (db as Db).transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('publishingItems')
      .values({
        channelId: channel.id,
        type: data.type,
        ...contentColumns(data.type, data),
        validity: data.type === 'policy' ? 'valid' : null,
        scheduledAt: null,
        publishedOn: null,
        publishDelayWorkingDays: null,
        withdrawnReason: null,
        supersedesId: null,
        replacedById: null,
        createdBy: ctx.actor.id,
        updatedBy: ctx.actor.id,
        submittedBy: null,
        approvedBy: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordStep(trx, ctx, at, {
      item: { id },
      channel,
      from: null,
      to: 'draft',
      action: 'create',
      summary: { type: data.type, title: data.title },
    });
    return id;
  });
  return (await findItem(db, id))!;
}

/** Changes a draft's content (its type and channel stay). */
export async function editDraft(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: EditItemInput,
): Promise<Item> {
  const data = parseInput(editItemInput, input);
  await (db as Db).transaction().execute(async (trx) => {
    const { item, channel } = await loadForStep(trx, id);
    ensureCanInChannel(ctx.actor, 'author', channel.orgPath);
    ensureStepFrom(item, 'submit');
    await checkContent(trx as unknown as Kysely<unknown>, clock, item.type, data, item.id);
    const at = clock.now();
    await trx
      .updateTable('publishingItems')
      .set({ ...contentColumns(item.type, data), updatedBy: ctx.actor.id, updatedAt: at })
      .where('id', '=', id)
      .execute();
    await recordStep(trx, ctx, at, {
      item,
      channel,
      from: 'draft',
      to: 'draft',
      action: 'edit',
      summary: { title: data.title },
    });
  });
  return (await findItem(db, id))!;
}

type NoteStep = 'submit' | 'approve' | 'reject';
type StepChannel = Awaited<ReturnType<typeof loadForStep>>['channel'];

/**
 * A workflow step that takes only a note: lock the item, check the actor's right in its channel
 * (and `check`, when given), move it to the step's state and record the step; returns the item.
 */
async function noteStep(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: { note?: string },
  step: NoteStep,
  check?: (trx: Trx, item: Item, channel: StepChannel) => Promise<void>,
): Promise<Item> {
  const { note } = parseInput(noteInput, input);
  await (db as Db).transaction().execute(async (trx) => {
    const { item, channel } = await loadForStep(trx, id);
    ensureCanInChannel(ctx.actor, step === 'submit' ? 'author' : 'approve', channel.orgPath);
    const to = ensureStepFrom(item, step);
    if (check) await check(trx, item, channel);
    const at = clock.now();
    const who =
      step === 'submit'
        ? { submittedBy: ctx.actor.id }
        : step === 'approve'
          ? { approvedBy: ctx.actor.id }
          : { approvedBy: null };
    await trx
      .updateTable('publishingItems')
      .set({ state: to, ...who, updatedBy: ctx.actor.id, updatedAt: at })
      .where('id', '=', item.id)
      .execute();
    await recordStep(trx, ctx, at, { item, channel, from: item.state, to, action: step, note });
  });
  return (await findItem(db, id))!;
}

/** Submits a draft for approval. */
export async function submitItem(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: { note?: string } = {},
): Promise<Item> {
  return noteStep(db, clock, ctx, id, input, 'submit');
}

/** Approves a submitted item; under the channel's two-person rule, not by its author, an editor or the submitter. */
export async function approveItem(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: { note?: string } = {},
): Promise<Item> {
  return noteStep(db, clock, ctx, id, input, 'approve', async (trx, item, channel) => {
    const self = ctx.actor.id;
    if (!channel.twoPersonRule || self === null) return;
    const writers = await listWriters(trx as unknown as Kysely<unknown>, item.id);
    if ([item.createdBy, item.submittedBy, ...writers].includes(self)) {
      throw invalid([{ field: 'form', message: 'publishing.error.sameApprover' }]);
    }
  });
}

/** Returns a submitted or approved item to draft, with a note saying why. */
export async function returnToDraft(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: { note?: string } = {},
): Promise<Item> {
  return noteStep(db, clock, ctx, id, input, 'reject');
}
