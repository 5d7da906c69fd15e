/** /openness/catalog — the 政府信息公开目录: the tree by theme and the list of orgs. */
import { PortalLayout, useView } from '../../../../platform/views/index.ts';
import type { CatalogNode, CatalogOrg } from '../catalog.queries.ts';
import { nodeHref, orgCatalogHref, useNodeName, useOrgName } from './parts.tsx';

/** Nested lists of nodes under `parentId`, each with its count (parents: their children's sum). */
export function NodeTree(props: {
  nodes: CatalogNode[];
  parentId: number | null;
  counts: Map<number, number>;
  orgCode?: string;
}) {
  const { t } = useView();
  const nameOf = useNodeName();
  const children = props.nodes.filter((n) => n.parentId === props.parentId);
  if (children.length === 0) return null;
  return (
    <ul class="catalog-tree">
      {children.map((node) => {
        const hasChildren = props.nodes.some((n) => n.parentId === node.id);
        const count = props.counts.get(node.id) ?? 0;
        return (
          <li key={node.code}>
            {hasChildren ? (
              <span class="catalog-group">{nameOf(node)}</span>
            ) : (
              <a href={nodeHref(node.code, props.orgCode)}>{nameOf(node)}</a>
            )}{' '}
            <span class="catalog-count">{t('publishingCatalog.count', { count })}</span>
            {node.legalBasis && (
              <span class="catalog-basis">
                {' '}
                {t('publishingCatalog.basis', { basis: node.legalBasis })}
              </span>
            )}
            <NodeTree {...props} parentId={node.id} />
          </li>
        );
      })}
    </ul>
  );
}

/** Per-node counts with each parent's the sum of its children's. */
export function withParentTotals(nodes: CatalogNode[], counts: Map<number, number>) {
  const totals = new Map(counts);
  for (const node of [...nodes].reverse()) {
    if (node.parentId === null) continue;
    totals.set(node.parentId, (totals.get(node.parentId) ?? 0) + (totals.get(node.id) ?? 0));
  }
  return totals;
}

export function CatalogPage(props: {
  nodes: CatalogNode[];
  counts: Map<number, number>;
  orgs: CatalogOrg[];
}) {
  const { t } = useView();
  const orgName = useOrgName();
  return (
    <PortalLayout title={t('publishingCatalog.title')} section="openness">
      <h1>{t('publishingCatalog.title')}</h1>
      <p>{t('publishingCatalog.intro')}</p>
      <p>
        <a href="/openness/guide">{t('publishingCatalog.guideLink')}</a>
      </p>
      <section aria-labelledby="catalog-by-theme">
        <h2 id="catalog-by-theme">{t('publishingCatalog.byTheme')}</h2>
        <nav aria-labelledby="catalog-by-theme">
          <NodeTree
            nodes={props.nodes}
            parentId={null}
            counts={withParentTotals(props.nodes, props.counts)}
          />
        </nav>
      </section>
      <section aria-labelledby="catalog-by-org">
        <h2 id="catalog-by-org">{t('publishingCatalog.byOrg')}</h2>
        <ul class="catalog-orgs">
          {props.orgs.map((org) => (
            <li key={org.code}>
              <a href={orgCatalogHref(org.code)}>{orgName(org)}</a>
            </li>
          ))}
        </ul>
      </section>
    </PortalLayout>
  );
}
