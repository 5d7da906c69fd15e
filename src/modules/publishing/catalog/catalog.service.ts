/**
 * Changes to the catalog: an item's node (its author), the index-number pattern (the county
 * office), an org's guide (its disclosure officer or the county office). Each is audited.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordChange } from '../../../platform/audit/index.ts';
import type { Clock } from '../../../platform/clock/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import { sanitizeRichText } from '../../../platform/html/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { canInChannel, ensureCanInChannel, isCountyOffice } from '../publishing.policy.ts';
import { findChannel } from '../publishing.queries.ts';
import { invalid, itemNotFound } from '../workflow.ts';
import { publishingCatalogMessages } from './catalog.messages.ts';
import { findCatalogOrg, leafNodes, listCatalogNodes, type CatalogOrg } from './catalog.queries.ts';
import type { CatalogTables } from './catalog.tables.ts';
import { indexPatternProblem } from './index-pattern.ts';

type Db = Kysely<CatalogTables>;

function notAllowed(): AppError {
  return new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
}

/**
 * Places an item on a catalog node (a node without children), or back on its type's default
 * (null). For the console's item form: call it after createDraft/editDraft with the chosen code.
 */
export async function setItemCatalogNode(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  itemId: number,
  nodeCode: string | null,
): Promise<void> {
  const at = clock.now();
  const nodes = await listCatalogNodes(db);
  const node = nodeCode ? leafNodes(nodes).find((n) => n.code === nodeCode) : null;
  if (node === undefined)
    throw invalid(
      [{ field: 'catalogNode', message: 'publishingCatalog.error.node' }],
      publishingCatalogMessages,
    );
  await (db as Db).transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom('publishingItems')
      .select(['id', 'channelId', 'catalogNodeId'])
      .where('id', '=', itemId)
      .forUpdate()
      .executeTakeFirst();
    if (!item) throw itemNotFound(itemId);
    const channel = (await findChannel(trx as unknown as Kysely<unknown>, item.channelId))!;
    ensureCanInChannel(ctx.actor, 'author', channel.orgPath);
    const nodeId = node ? node.id : null;
    if (item.catalogNodeId !== null && Number(item.catalogNodeId) === nodeId) return;
    await trx
      .updateTable('publishingItems')
      .set({ catalogNodeId: nodeId })
      .where('id', '=', itemId)
      .execute();
    await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
      action: 'publishing.item.catalog_node',
      targetType: 'publishing_item',
      targetId: String(itemId),
      orgCode: channel.orgCode,
      summary: { node: node?.code ?? null },
    });
  });
}

/** Sets the county's index-number pattern (the county office); numbers already given stay. */
export async function setIndexPattern(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: { indexPattern: string },
): Promise<void> {
  if (!isCountyOffice(ctx.actor)) throw notAllowed();
  const indexPattern = String(input.indexPattern ?? '').trim();
  const problem = indexPatternProblem(indexPattern);
  if (problem)
    throw invalid([{ field: 'indexPattern', message: problem }], publishingCatalogMessages);
  const at = clock.now();
  await (db as Db).transaction().execute(async (trx) => {
    await trx
      .updateTable('publishingCatalogSettings')
      .set({ indexPattern, updatedAt: at, updatedBy: ctx.actor.id })
      .where('id', '=', 1)
      .execute();
    await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
      action: 'publishing.catalog.index_pattern',
      targetType: 'publishing_catalog_settings',
      targetId: '1',
      summary: { indexPattern },
    });
  });
}

/** May the actor edit the org's guide? Its disclosure officer (or above), or the county office. */
export function canEditGuide(ctx: ActionContext, org: CatalogOrg): boolean {
  return canInChannel(ctx.actor, 'publish', org.path);
}

const guideInput = z.object({
  bodyHtml: z
    .string({ message: 'publishingCatalog.error.guideEmpty' })
    .max(100_000, 'publishingCatalog.error.guideLength')
    .transform(sanitizeRichText)
    .refine((html) => html.replace(/<[^>]*>/g, '').trim().length >= 10, {
      message: 'publishingCatalog.error.guideEmpty',
    }),
});

/** Saves an org's guide, sanitised (条例第12条: kept up to date). */
export async function saveGuide(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  orgCode: string,
  input: { bodyHtml: string },
): Promise<void> {
  const org = await findCatalogOrg(db, orgCode);
  if (!org) throw new AppError('not_found', 'org_not_found', `没有代码为 ${orgCode} 的单位`);
  if (!canEditGuide(ctx, org)) throw notAllowed();
  const parsed = guideInput.safeParse(input ?? {});
  if (!parsed.success)
    throw invalid(
      [{ field: 'bodyHtml', message: parsed.error.issues[0]!.message }],
      publishingCatalogMessages,
    );
  const { bodyHtml } = parsed.data;
  const at = clock.now();
  await (db as Db).transaction().execute(async (trx) => {
    await trx
      .insertInto('publishingGuides')
      .values({ orgId: org.id, bodyHtml, updatedAt: at, updatedBy: ctx.actor.id })
      .onConflict((oc) =>
        oc.column('orgId').doUpdateSet({ bodyHtml, updatedAt: at, updatedBy: ctx.actor.id }),
      )
      .execute();
    await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
      action: 'publishing.guide.save',
      targetType: 'publishing_guide',
      targetId: org.code,
      orgCode: org.code,
      summary: { length: bodyHtml.length },
    });
  });
}
