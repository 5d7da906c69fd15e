/** What the staff console lists: the actor's channels, items by state, reminders, choices for forms. */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../../platform/http/index.ts';
import type { ItemState, ItemType } from '../publishing.model.ts';
import { canInChannel, type PublishingAction } from '../publishing.policy.ts';
import { listChannels, type Channel } from '../publishing.queries.ts';
import type { PublishingTables } from '../publishing.tables.ts';

type Db = Kysely<PublishingTables>;

const actions: PublishingAction[] = ['author', 'approve', 'publish', 'configure'];

/** A channel with what the actor may do in it. */
export interface MyChannel extends Channel {
  may: Record<PublishingAction, boolean>;
}

/** The channels in which the actor may take at least one action, in the org tree's order. */
export async function channelsOf(db: Kysely<unknown>, actor: Actor): Promise<MyChannel[]> {
  const all = await listChannels(db);
  return all
    .map((c) => ({
      ...c,
      may: Object.fromEntries(actions.map((a) => [a, canInChannel(actor, a, c.orgPath)])) as Record<
        PublishingAction,
        boolean
      >,
    }))
    .filter((c) => actions.some((a) => c.may[a]));
}

export interface ItemRow {
  id: number;
  type: ItemType;
  title: string;
  state: ItemState;
  channelName: string;
  formedOn: string;
  publishedOn: string | null;
  scheduledAt: Date | null;
  updatedAt: Date;
}

/** How many items of each state the channels hold. */
export async function countByState(
  db: Kysely<unknown>,
  channelIds: number[],
): Promise<Partial<Record<ItemState, number>>> {
  if (channelIds.length === 0) return {};
  const rows = await (db as Db)
    .selectFrom('publishingItems')
    .select((eb) => ['state', eb.fn.countAll<string>().as('count')])
    .where('channelId', 'in', channelIds)
    .groupBy('state')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.count)]));
}

/** A page of the channels' items in one state, the most recently changed first. */
export async function listItemsByState(
  db: Kysely<unknown>,
  channelIds: number[],
  state: ItemState,
  page: number,
  pageSize: number,
): Promise<ItemRow[]> {
  if (channelIds.length === 0) return [];
  return (db as Db)
    .selectFrom('publishingItems as i')
    .innerJoin('publishingChannels as c', 'c.id', 'i.channelId')
    .select([
      'i.id',
      'i.type',
      'i.title',
      'i.state',
      'c.name as channelName',
      'i.formedOn',
      'i.publishedOn',
      'i.scheduledAt',
      'i.updatedAt',
    ])
    .where('i.channelId', 'in', channelIds)
    .where('i.state', '=', state)
    .orderBy('i.updatedAt', 'desc')
    .orderBy('i.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
}

export interface PolicyRow {
  id: number;
  title: string;
  docNumber: string | null;
  publishedOn: string | null;
  channelCode: string;
}

/**
 * Published policies of the channels that no published or pending interpretation explains
 * (国办发〔2016〕80号: a policy is published with its interpretation).
 */
export async function policiesWithoutInterpretation(
  db: Kysely<unknown>,
  channelIds: number[],
  limit = 50,
): Promise<PolicyRow[]> {
  if (channelIds.length === 0) return [];
  return (db as Db)
    .selectFrom('publishingItems as p')
    .innerJoin('publishingChannels as c', 'c.id', 'p.channelId')
    .select(['p.id', 'p.title', 'p.docNumber', 'p.publishedOn', 'c.code as channelCode'])
    .where('p.channelId', 'in', channelIds)
    .where('p.type', '=', 'policy')
    .where('p.state', '=', 'published')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('publishingItems as x')
            .select('x.id')
            .whereRef('x.policyId', '=', 'p.id')
            .where('x.type', '=', 'interpretation')
            .where('x.state', 'in', ['published', 'submitted', 'approved', 'scheduled']),
        ),
      ),
    )
    .orderBy('p.publishedOn', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The policies an interpretation in a channel may explain: published ones of the channel's org,
 * the orgs above it and those below it (the county government's policies are explained by its
 * departments, a department's by its own units).
 */
export async function policyChoices(db: Kysely<unknown>, orgPath: string): Promise<PolicyRow[]> {
  return (db as Db)
    .selectFrom('publishingItems as p')
    .innerJoin('publishingChannels as c', 'c.id', 'p.channelId')
    .innerJoin('accountsOrgs as o', 'o.id', 'c.orgId')
    .select(['p.id', 'p.title', 'p.docNumber', 'p.publishedOn', 'c.code as channelCode'])
    .where('p.type', '=', 'policy')
    .where('p.state', '=', 'published')
    .where((eb) =>
      eb.or([
        eb('o.path', 'like', `${orgPath.replace(/[%_\\]/g, '\\$&')}%`),
        sql<boolean>`${orgPath} like ${eb.ref('o.path')} || '%'`,
      ]),
    )
    .orderBy('p.publishedOn', 'desc')
    .orderBy('p.id', 'desc')
    .limit(500)
    .execute();
}

export interface OrgChoice {
  id: number;
  name: string;
  depth: number;
}

/** The orgs that issue documents (government, departments, townships), as the tree reads. */
export async function issuingOrgChoices(db: Kysely<unknown>): Promise<OrgChoice[]> {
  const rows = await (db as Db)
    .selectFrom('accountsOrgs')
    .select(['id', 'name', 'path'])
    .where('isActive', '=', true)
    .where('kind', 'in', ['government', 'department', 'township'])
    .orderBy('sortOrder')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    depth: r.path.split('/').filter(Boolean).length - 1,
  }));
}
