/**
 * The public pages of the 政府信息公开目录 and 指南 (条例第12条): the tree by theme and the orgs,
 * a node's items (paginated), an org's catalog by node, the guides. No scripts needed.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { AppError } from '../../../platform/errors/index.ts';
import {
  countByOrgAndNode,
  findCatalogOrg,
  listCatalogNodes,
  listCatalogOrgs,
  listNodeItems,
  nodeAppliesTo,
  type CatalogNode,
  type CatalogOrg,
} from './catalog.queries.ts';
import { readGuide } from './guide.ts';
import { readIndexPattern } from './index-numbers.ts';
import { CatalogPage } from './views/catalog.page.tsx';
import { GuidePage, GuidesPage } from './views/guide.page.tsx';
import { NodePage } from './views/node.page.tsx';
import { OrgCatalogPage, type OrgNodeSection } from './views/org-catalog.page.tsx';

const pageSize = 20;
/** Items shown per node on an org's catalog page; the node's page lists them all. */
const perNodeOnOrgPage = 5;

const codeParams = z.object({ code: z.string().min(1).max(40) });
const nodeQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  org: z.string().max(40).optional().catch(undefined),
});

function nodeNotFound(code: string): AppError {
  return new AppError('not_found', 'catalog_node_not_found', `没有代码为 ${code} 的目录分类`);
}

export function orgNotFound(code: string): AppError {
  return new AppError('not_found', 'org_not_found', `没有代码为 ${code} 的机构`);
}

export async function catalogOrgOrThrow(db: Kysely<unknown>, code: string): Promise<CatalogOrg> {
  const org = await findCatalogOrg(db, code);
  if (!org) throw orgNotFound(code);
  return org;
}

/** The org's sections: every leaf under each top group that applies to the org. */
async function orgSections(db: Kysely<unknown>, nodes: CatalogNode[], org: CatalogOrg) {
  const counts = new Map(
    (await countByOrgAndNode(db, nodes, org.id)).map((c) => [c.nodeId, c.count]),
  );
  const groups = nodes.filter((n) => n.parentId === null && nodeAppliesTo(n.appliesTo, org.kind));
  return Promise.all(
    groups.map(async (group) => {
      const leaves = nodes.filter((n) => n.parentId === group.id);
      const sections: OrgNodeSection[] = [];
      for (const node of leaves) {
        const count = counts.get(node.id) ?? 0;
        // Theme nodes with nothing in them are left out; a blank required node is shown as such.
        if (count === 0 && node.kind !== 'required') continue;
        const { rows } =
          count === 0
            ? { rows: [] }
            : await listNodeItems(db, nodes, {
                nodeId: node.id,
                orgId: org.id,
                page: 1,
                pageSize: perNodeOnOrgPage,
              });
        sections.push({ node, count, rows });
      }
      return { group, sections };
    }),
  );
}

export function catalogRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db } = deps;

  app.get('/openness/catalog', async (_request, reply) => {
    const [nodes, orgs] = await Promise.all([listCatalogNodes(db), listCatalogOrgs(db)]);
    const counts = new Map<number, number>();
    for (const c of await countByOrgAndNode(db, nodes)) {
      counts.set(c.nodeId, (counts.get(c.nodeId) ?? 0) + c.count);
    }
    return reply.page(<CatalogPage nodes={nodes} counts={counts} orgs={orgs} />);
  });

  app.get('/openness/catalog/nodes/:code', async (request, reply) => {
    const { code } = codeParams.parse(request.params);
    const query = nodeQuery.parse(request.query);
    const nodes = await listCatalogNodes(db);
    const node = nodes.find((n) => n.code === code);
    if (!node || nodes.some((n) => n.parentId === node.id)) throw nodeNotFound(code);
    const org = query.org ? await catalogOrgOrThrow(db, query.org) : undefined;
    const { total, rows } = await listNodeItems(db, nodes, {
      nodeId: node.id,
      ...(org ? { orgId: org.id } : {}),
      page: query.page,
      pageSize,
    });
    const pages = Math.max(1, Math.ceil(total / pageSize));
    return reply.page(
      <NodePage
        node={node}
        {...(org ? { org } : {})}
        rows={rows}
        total={total}
        page={query.page}
        pages={pages}
      />,
    );
  });

  app.get('/openness/catalog/orgs/:code', async (request, reply) => {
    const { code } = codeParams.parse(request.params);
    const org = await catalogOrgOrThrow(db, code);
    const nodes = await listCatalogNodes(db);
    return reply.page(<OrgCatalogPage org={org} groups={await orgSections(db, nodes, org)} />);
  });

  app.get('/openness/guide', async (_request, reply) =>
    reply.page(<GuidesPage orgs={await listCatalogOrgs(db)} />),
  );

  app.get('/openness/guide/:code', async (request, reply) => {
    const { code } = codeParams.parse(request.params);
    const org = await catalogOrgOrThrow(db, code);
    const guide = await readGuide(db, org, await readIndexPattern(db));
    return reply.page(<GuidePage org={org} guide={guide} />);
  });
}
