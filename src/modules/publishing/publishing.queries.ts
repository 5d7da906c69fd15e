/** Reading channels, publications and their history. */
import type { Kysely, Selectable } from 'kysely';
import type {
  PublishingChannelsTable,
  PublishingItemEventsTable,
  PublishingItemsTable,
  PublishingTables,
} from './publishing.tables.ts';

type Db = Kysely<PublishingTables>;
export type Channel = Selectable<PublishingChannelsTable> & { orgPath: string; orgCode: string };
export type Item = Selectable<PublishingItemsTable>;
export type ItemEvent = Selectable<PublishingItemEventsTable>;

const itemColumns = [
  'id',
  'channelId',
  'type',
  'title',
  'summary',
  'bodyHtml',
  'state',
  'formedOn',
  'scheduledAt',
  'publishedOn',
  'publishDelayWorkingDays',
  'withdrawnReason',
  'edition',
  'supersedesId',
  'docNumber',
  'issuingOrgId',
  'writtenOn',
  'subjectCategory',
  'validity',
  'replacedById',
  'policyId',
  'createdBy',
  'updatedBy',
  'submittedBy',
  'approvedBy',
  'createdAt',
  'updatedAt',
] as const;

function channels(db: Kysely<unknown>) {
  return (db as Db)
    .selectFrom('publishingChannels as c')
    .innerJoin('accountsOrgs as o', 'o.id', 'c.orgId')
    .select([
      'c.id',
      'c.orgId',
      'c.code',
      'c.name',
      'c.twoPersonRule',
      'c.createdAt',
      'c.updatedAt',
      'o.path as orgPath',
      'o.code as orgCode',
    ]);
}

export async function findChannel(db: Kysely<unknown>, id: number): Promise<Channel | undefined> {
  return channels(db).where('c.id', '=', id).executeTakeFirst();
}

export async function findChannelByCode(
  db: Kysely<unknown>,
  code: string,
): Promise<Channel | undefined> {
  return channels(db).where('c.code', '=', code).executeTakeFirst();
}

export async function listChannels(db: Kysely<unknown>): Promise<Channel[]> {
  return channels(db).orderBy('o.sortOrder').orderBy('c.id').execute();
}

export async function findItem(db: Kysely<unknown>, id: number): Promise<Item | undefined> {
  return (db as Db)
    .selectFrom('publishingItems')
    .select(itemColumns)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The item locked for a workflow step, inside the step's transaction. */
export async function lockItem(db: Kysely<unknown>, id: number): Promise<Item | undefined> {
  return (db as Db)
    .selectFrom('publishingItems')
    .select(itemColumns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** The edition that supersedes an item, if one was started. */
export async function findNextEdition(db: Kysely<unknown>, id: number): Promise<Item | undefined> {
  return (db as Db)
    .selectFrom('publishingItems')
    .select(itemColumns)
    .where('supersedesId', '=', id)
    .executeTakeFirst();
}

/** Scheduled items whose time has come, oldest first. */
export async function listDueItems(db: Kysely<unknown>, now: Date): Promise<number[]> {
  const rows = await (db as Db)
    .selectFrom('publishingItems')
    .select('id')
    .where('state', '=', 'scheduled')
    .where('scheduledAt', '<=', now)
    .orderBy('scheduledAt')
    .execute();
  return rows.map((r) => r.id);
}

/** The item's workflow history, oldest first. */
export async function listItemEvents(db: Kysely<unknown>, itemId: number): Promise<ItemEvent[]> {
  return (db as Db)
    .selectFrom('publishingItemEvents')
    .select(['id', 'itemId', 'fromState', 'toState', 'actorId', 'actorName', 'at', 'note'])
    .where('itemId', '=', itemId)
    .orderBy('id')
    .execute();
}

/** Who wrote the item's content: the actors of its create and edit steps. */
export async function listWriters(db: Kysely<unknown>, itemId: number): Promise<number[]> {
  const rows = await (db as Db)
    .selectFrom('publishingItemEvents')
    .select('actorId')
    .distinct()
    .where('itemId', '=', itemId)
    .where('toState', '=', 'draft')
    .where((eb) => eb.or([eb('fromState', 'is', null), eb('fromState', '=', 'draft')]))
    .where('actorId', 'is not', null)
    .execute();
  return rows.map((r) => r.actorId!);
}
