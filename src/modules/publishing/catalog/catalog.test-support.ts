/** Test helpers of the catalog: an item drafted, approved and published through the services. */
import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { approveItem, createDraft, submitItem } from '../items.service.ts';
import { publishItem } from '../publish.service.ts';
import type { CatalogTables } from './catalog.tables.ts';

export interface Publisher {
  db: Kysely<unknown>;
  clock: Clock;
  author: ActionContext;
  approver: ActionContext;
}

/** Drafts, submits, approves and publishes an item now; returns its id. */
export async function publishNow(
  p: Publisher,
  fields: { channelId: number; title: string; formedOn: string } & Record<string, unknown>,
): Promise<number> {
  const item = await createDraft(p.db, p.clock, p.author, { type: 'notice', ...fields });
  await submitItem(p.db, p.clock, p.author, item.id);
  await approveItem(p.db, p.clock, p.approver, item.id);
  await publishItem(p.db, p.clock, p.approver, item.id);
  return item.id;
}

/** The catalog columns of an item. */
export async function catalogColumns(db: Kysely<unknown>, id: number) {
  return (db as Kysely<CatalogTables>)
    .selectFrom('publishingItems')
    .select(['indexNumber', 'catalogNodeId', 'state', 'publishedOn'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}
