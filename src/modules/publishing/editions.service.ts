/**
 * Editions and policy status: a new edition of a published item starts as a draft copy that
 * supersedes it when published (the old edition and its history stay); a policy's validity
 * (有效/已修改/已废止/已失效) and what replaced it. Errors: validation (field errors), forbidden
 * not_allowed, not_found item_not_found, invalid_state item_state | edition_exists.
 */
import type { Kysely } from 'kysely';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { ensureCanInChannel } from './publishing.policy.ts';
import { findItem, findNextEdition, type Item } from './publishing.queries.ts';
import { validityInput, type ValidityInput } from './publishing.schemas.ts';
import type { PublishingTables } from './publishing.tables.ts';
import { invalid, loadForStep, parseInput, recordStep } from './workflow.ts';

type Db = Kysely<PublishingTables>;

/** Starts the next edition of a published item: a draft with its content, formed today. */
export async function startNewEdition(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
): Promise<Item> {
  const newId = await (db as Db).transaction().execute(async (trx) => {
    const { item, channel } = await loadForStep(trx, id);
    ensureCanInChannel(ctx.actor, 'author', channel.orgPath);
    if (item.state !== 'published') {
      throw new AppError(
        'invalid_state',
        'item_state',
        `只有已发布的信息才能修订 / only a published item has a new edition (item ${id} is ${item.state})`,
      );
    }
    if (await findNextEdition(trx as unknown as Kysely<unknown>, id)) {
      throw new AppError(
        'invalid_state',
        'edition_exists',
        `该信息已有新版本 / item ${id} already has a next edition`,
      );
    }
    const at = clock.now();
    const { id: newId } = await trx
      .insertInto('publishingItems')
      .values({
        channelId: item.channelId,
        type: item.type,
        title: item.title,
        summary: item.summary,
        bodyHtml: item.bodyHtml,
        formedOn: localDateOf(at),
        scheduledAt: null,
        publishedOn: null,
        publishDelayWorkingDays: null,
        withdrawnReason: null,
        edition: item.edition + 1,
        supersedesId: item.id,
        docNumber: item.docNumber,
        issuingOrgId: item.issuingOrgId,
        writtenOn: item.writtenOn,
        subjectCategory: item.subjectCategory,
        validity: item.type === 'policy' ? 'valid' : null,
        replacedById: null,
        policyId: item.policyId,
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
      item: { id: newId },
      channel,
      from: null,
      to: 'draft',
      action: 'new_edition',
      note: `第${item.edition + 1}版，修订 #${item.id}`,
      summary: { supersedes: item.id, edition: item.edition + 1 },
    });
    return newId;
  });
  return (await findItem(db, newId))!;
}

/** Marks a published policy valid, amended, repealed or expired, and what replaced it. */
export async function setPolicyValidity(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: ValidityInput,
): Promise<Item> {
  const data = parseInput(validityInput, input);
  await (db as Db).transaction().execute(async (trx) => {
    const { item, channel } = await loadForStep(trx, id);
    ensureCanInChannel(ctx.actor, 'publish', channel.orgPath);
    if (item.type !== 'policy' || !['published', 'superseded'].includes(item.state)) {
      throw new AppError(
        'invalid_state',
        'item_state',
        `只有已发布的政策文件才有效力状态 / only a published policy has a validity`,
      );
    }
    const replacedById = data.validity === 'valid' ? null : (data.replacedById ?? null);
    if (replacedById !== null) {
      const replacement = await findItem(trx as unknown as Kysely<unknown>, replacedById);
      if (!replacement || replacement.type !== 'policy' || replacement.id === id) {
        throw invalid([{ field: 'replacedById', message: 'publishing.error.replacedBy' }]);
      }
    }
    const at = clock.now();
    await trx
      .updateTable('publishingItems')
      .set({ validity: data.validity, replacedById, updatedBy: ctx.actor.id, updatedAt: at })
      .where('id', '=', id)
      .execute();
    await recordStep(trx, ctx, at, {
      item,
      channel,
      from: item.state,
      to: item.state,
      action: 'validity',
      note: data.validity,
      summary: { validityBefore: item.validity, validity: data.validity, replacedById },
    });
  });
  return (await findItem(db, id))!;
}
