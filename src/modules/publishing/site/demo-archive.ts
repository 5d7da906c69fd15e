/**
 * The demo's two years of routine news and notices, written in one transaction as an import of
 * the county's earlier site (each item published, with one history row; one audit record for the
 * batch). Going through the workflow four steps an item for hundreds of items took minutes; the
 * showcase items (policies, interpretations, bulletins, pages) do go through the services.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../../platform/audit/index.ts';
import type { Calendar } from '../../../platform/calendar/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { lateness } from '../publish.service.ts';
import type { Channel } from '../publishing.queries.ts';
import type { PublishingTables } from '../publishing.tables.ts';
import { publicationChanged } from '../visibility.ts';
import type { Trx } from '../workflow.ts';

export interface ArchiveItem {
  channel: Channel;
  type: 'news' | 'notice';
  title: string;
  summary: string;
  bodyHtml: string;
  formedOn: string;
  publishedOn: string;
  at: Date;
}

const chunk = 100;

/** Writes published items with their history rows; returns their ids. */
export async function importArchive(
  db: Kysely<unknown>,
  calendar: Calendar,
  ctx: ActionContext,
  items: ArchiveItem[],
): Promise<number[]> {
  if (items.length === 0) return [];
  return (db as Kysely<PublishingTables>).transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (let start = 0; start < items.length; start += chunk) {
      const part = items.slice(start, start + chunk);
      const rows = await trx
        .insertInto('publishingItems')
        .values(
          part.map((item) => ({
            channelId: item.channel.id,
            type: item.type,
            title: item.title,
            summary: item.summary,
            bodyHtml: item.bodyHtml,
            state: 'published' as const,
            formedOn: item.formedOn,
            scheduledAt: null,
            publishedOn: item.publishedOn,
            publishDelayWorkingDays: lateness(calendar, item.formedOn, item.publishedOn).days,
            withdrawnReason: null,
            supersedesId: null,
            docNumber: null,
            issuingOrgId: null,
            writtenOn: null,
            subjectCategory: null,
            validity: null,
            replacedById: null,
            policyId: null,
            createdBy: ctx.actor.id,
            updatedBy: ctx.actor.id,
            submittedBy: ctx.actor.id,
            approvedBy: ctx.actor.id,
            createdAt: item.at,
            updatedAt: item.at,
          })),
        )
        .returning('id')
        .execute();
      await trx
        .insertInto('publishingItemEvents')
        .values(
          rows.map((row, i) => ({
            itemId: row.id,
            fromState: null,
            toState: 'published' as const,
            actorId: ctx.actor.id,
            actorName: ctx.actor.name,
            at: part[i]!.at,
            note: '历史信息导入（演示数据）',
          })),
        )
        .execute();
      ids.push(...rows.map((r) => Number(r.id)));
    }
    const last = items[items.length - 1]!;
    await recordChange(trx as unknown as Kysely<unknown>, ctx, last.at, {
      action: 'publishing.item.import',
      targetType: 'publishing_item',
      targetId: `${ids[0]}-${ids[ids.length - 1]}`,
      summary: { count: ids.length, from: items[0]!.publishedOn, to: last.publishedOn },
    });
    for (const [i, id] of ids.entries()) await publicationChanged(trx as Trx, id, items[i]!.at);
    return ids;
  });
}
