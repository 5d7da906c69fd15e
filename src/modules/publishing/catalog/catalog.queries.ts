/**
 * Reading the 政府信息公开目录 (条例第12条): its nodes, the orgs with a catalog, and the published
 * items on a node. An item sits on the node its author chose, or else on the first node (by
 * position) that lists its type — policies on 条例第20条第1项, news on 政务动态, and so on.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { CatalogNodesTable, CatalogTables, NodeScope } from './catalog.tables.ts';

type Db = Kysely<CatalogTables>;
export type CatalogNode = Selectable<CatalogNodesTable>;

const nodeColumns = [
  'id',
  'parentId',
  'code',
  'nameZh',
  'nameEn',
  'kind',
  'legalBasis',
  'appliesTo',
  'itemTypes',
  'position',
] as const;

/** Every node in display order (parents before their children); for trees and the author's select. */
export async function listCatalogNodes(db: Kysely<unknown>): Promise<CatalogNode[]> {
  const rows = await (db as Db)
    .selectFrom('publishingCatalogNodes')
    .select(nodeColumns)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((n) => ({ ...n, id: Number(n.id), parentId: n.parentId && Number(n.parentId) }));
}

export async function findCatalogNodeByCode(
  db: Kysely<unknown>,
  code: string,
): Promise<CatalogNode | undefined> {
  return (await listCatalogNodes(db)).find((n) => n.code === code);
}

/** Nodes an item can be placed on: those without children. */
export function leafNodes(nodes: readonly CatalogNode[]): CatalogNode[] {
  const parents = new Set(nodes.map((n) => n.parentId).filter((id) => id !== null));
  return nodes.filter((n) => !parents.has(n.id));
}

/** The node an item of each type falls on when its author chose none. */
export function defaultNodeOfType(nodes: readonly CatalogNode[]): Map<string, number> {
  const byType = new Map<string, number>();
  for (const node of nodes) {
    for (const type of node.itemTypes) if (!byType.has(type)) byType.set(type, node.id);
  }
  return byType;
}

/** SQL of an item's node: the chosen one, else its type's default (null if none). */
export function effectiveNodeSql(nodes: readonly CatalogNode[]) {
  const defaults = [...defaultNodeOfType(nodes)];
  if (defaults.length === 0) return sql<number | null>`i.catalog_node_id`;
  const cases = sql.join(
    defaults.map(([type, id]) => sql`when ${type} then ${id}::bigint`),
    sql` `,
  );
  return sql<number | null>`coalesce(i.catalog_node_id, case i.type ${cases} end)`;
}

export interface CatalogOrg {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  path: string;
  creditCode: string;
  contactPhone: string;
  contactAddress: string;
}

/** The orgs with a channel (the government, departments, townships), in the org tree's order. */
export async function listCatalogOrgs(db: Kysely<unknown>): Promise<CatalogOrg[]> {
  const rows = await (db as Db)
    .selectFrom('publishingChannels as c')
    .innerJoin('accountsOrgs as o', 'o.id', 'c.orgId')
    .select([
      'o.id',
      'o.code',
      'o.name',
      'o.nameEn',
      'o.kind',
      'o.path',
      'o.creditCode',
      'o.contactPhone',
      'o.contactAddress',
    ])
    .where('o.isActive', '=', true)
    .orderBy('o.sortOrder')
    .orderBy('o.id')
    .execute();
  return rows.map((o) => ({ ...o, id: Number(o.id) }));
}

export async function findCatalogOrg(
  db: Kysely<unknown>,
  code: string,
): Promise<CatalogOrg | undefined> {
  return (await listCatalogOrgs(db)).find((o) => o.code === code);
}

/** Whose obligation a node is: 条例第21条 names county bodies and townships separately. */
export function nodeAppliesTo(scope: NodeScope, orgKind: string): boolean {
  if (scope === 'all') return true;
  return scope === 'township' ? orgKind === 'township' : orgKind !== 'township';
}

export interface CatalogEntry {
  id: number;
  indexNumber: string | null;
  title: string;
  summary: string;
  formedOn: string;
  publishedOn: string;
  orgCode: string;
  orgName: string;
}

/** Published items on a node (of one org if given), newest first, a page of them and the total. */
export async function listNodeItems(
  db: Kysely<unknown>,
  nodes: readonly CatalogNode[],
  filter: { nodeId: number; orgId?: number; page: number; pageSize: number },
): Promise<{ total: number; rows: CatalogEntry[] }> {
  const node = effectiveNodeSql(nodes);
  let query = (db as Db)
    .selectFrom('publishingItems as i')
    .innerJoin('publishingChannels as c', 'c.id', 'i.channelId')
    .innerJoin('accountsOrgs as o', 'o.id', 'c.orgId')
    .where('i.state', '=', 'published')
    .where(sql<boolean>`${node} = ${filter.nodeId}`);
  if (filter.orgId !== undefined) query = query.where('c.orgId', '=', filter.orgId);
  const { total } = await query
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'i.id',
      'i.indexNumber',
      'i.title',
      'i.summary',
      'i.formedOn',
      'i.publishedOn',
      'o.code as orgCode',
      'o.name as orgName',
    ])
    .orderBy('i.publishedOn', 'desc')
    .orderBy('i.id', 'desc')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return {
    total: Number(total),
    rows: rows.map((r) => ({ ...r, id: Number(r.id), publishedOn: r.publishedOn ?? '' })),
  };
}

export interface NodeCount {
  orgId: number;
  nodeId: number;
  count: number;
  lastPublishedOn: string;
}

/** Published items per org and node, with the newest publication date. */
export async function countByOrgAndNode(
  db: Kysely<unknown>,
  nodes: readonly CatalogNode[],
  orgId?: number,
): Promise<NodeCount[]> {
  const node = effectiveNodeSql(nodes);
  let query = (db as Db)
    .selectFrom('publishingItems as i')
    .innerJoin('publishingChannels as c', 'c.id', 'i.channelId')
    .select([
      'c.orgId',
      node.as('nodeId'),
      (eb) => eb.fn.countAll<string>().as('count'),
      (eb) => eb.fn.max('i.publishedOn').as('lastPublishedOn'),
    ])
    .where('i.state', '=', 'published')
    .groupBy(['c.orgId', sql`2`]);
  if (orgId !== undefined) query = query.where('c.orgId', '=', orgId);
  const rows = await query.execute();
  return rows
    .filter((r) => r.nodeId !== null)
    .map((r) => ({
      orgId: Number(r.orgId),
      nodeId: Number(r.nodeId),
      count: Number(r.count),
      lastPublishedOn: String(r.lastPublishedOn ?? ''),
    }));
}

/** An item's index number and catalog node, for its detail page's metadata table. */
export async function catalogInfoOf(
  db: Kysely<unknown>,
  itemId: number,
): Promise<{ indexNumber: string | null; node: CatalogNode | null } | undefined> {
  const nodes = await listCatalogNodes(db);
  const row = await (db as Db)
    .selectFrom('publishingItems as i')
    .select(['i.indexNumber', effectiveNodeSql(nodes).as('nodeId')])
    .where('i.id', '=', itemId)
    .executeTakeFirst();
  if (!row) return undefined;
  const node = nodes.find((n) => n.id === Number(row.nodeId)) ?? null;
  return { indexNumber: row.indexNumber, node };
}
