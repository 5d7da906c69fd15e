/**
 * Fill status of the legally required categories (条例第20–21条): for each org and each required
 * node that applies to it, how many items it has published there and when last. A node with none
 * is blank — flagged on the staff page and in the site-health report (国办秘函〔2019〕19号 counts
 * blank columns).
 */
import type { Kysely } from 'kysely';
import {
  countByOrgAndNode,
  listCatalogNodes,
  listCatalogOrgs,
  nodeAppliesTo,
  type CatalogNode,
  type CatalogOrg,
} from './catalog.queries.ts';

export interface FillStatus {
  orgId: number;
  orgCode: string;
  orgName: string;
  nodeId: number;
  nodeCode: string;
  nodeName: string;
  legalBasis: string;
  count: number;
  /** '' when nothing was published. */
  lastPublishedOn: string;
  blank: boolean;
}

/** The required nodes that apply to an org (条例第20条 for all; 第21条 by county or township). */
export function requiredNodesOf(nodes: readonly CatalogNode[], org: CatalogOrg): CatalogNode[] {
  return nodes.filter((n) => n.kind === 'required' && nodeAppliesTo(n.appliesTo, org.kind));
}

/** One row per org × applicable required node, in org then node order. */
export async function fillStatus(
  db: Kysely<unknown>,
  filter: { orgId?: number } = {},
): Promise<FillStatus[]> {
  const [nodes, allOrgs] = await Promise.all([listCatalogNodes(db), listCatalogOrgs(db)]);
  const orgs = filter.orgId === undefined ? allOrgs : allOrgs.filter((o) => o.id === filter.orgId);
  const counts = await countByOrgAndNode(db, nodes, filter.orgId);
  const byKey = new Map(counts.map((c) => [`${c.orgId}:${c.nodeId}`, c]));
  return orgs.flatMap((org) =>
    requiredNodesOf(nodes, org).map((node) => {
      const found = byKey.get(`${org.id}:${node.id}`);
      return {
        orgId: org.id,
        orgCode: org.code,
        orgName: org.name,
        nodeId: node.id,
        nodeCode: node.code,
        nodeName: node.nameZh,
        legalBasis: node.legalBasis,
        count: found?.count ?? 0,
        lastPublishedOn: found?.lastPublishedOn ?? '',
        blank: !found,
      };
    }),
  );
}

/** The blank required nodes, of one org or of all; for the site-health report. */
export async function blankRequiredNodes(
  db: Kysely<unknown>,
  filter: { orgId?: number } = {},
): Promise<FillStatus[]> {
  return (await fillStatus(db, filter)).filter((row) => row.blank);
}
