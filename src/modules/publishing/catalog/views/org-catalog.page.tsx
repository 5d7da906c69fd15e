/** /openness/catalog/orgs/:code — one org's catalog by node: its newest items on each. */
import { PortalLayout, useView } from '../../../../platform/views/index.ts';
import type { CatalogEntry, CatalogNode, CatalogOrg } from '../catalog.queries.ts';
import { EntryTable, catalogPath, guideHref, nodeHref, useNodeName, useOrgName } from './parts.tsx';

export interface OrgNodeSection {
  node: CatalogNode;
  count: number;
  rows: CatalogEntry[];
}

export function OrgCatalogPage(props: {
  org: CatalogOrg;
  groups: { group: CatalogNode; sections: OrgNodeSection[] }[];
}) {
  const { t } = useView();
  const nodeName = useNodeName();
  const org = useOrgName()(props.org);
  const title = t('publishingCatalog.org.title', { org });
  return (
    <PortalLayout title={title} section="openness">
      <p>
        <a href={catalogPath}>{t('publishingCatalog.node.back')}</a>
      </p>
      <h1>{title}</h1>
      <p>
        <a href={guideHref(props.org.code)}>{t('publishingCatalog.org.guide', { org })}</a>
      </p>
      {props.groups.map(({ group, sections }) => (
        <section key={group.code} aria-labelledby={`group-${group.code}`}>
          <h2 id={`group-${group.code}`}>{nodeName(group)}</h2>
          {group.legalBasis && <p>{t('publishingCatalog.basis', { basis: group.legalBasis })}</p>}
          {sections.map(({ node, count, rows }) => (
            <section key={node.code} aria-labelledby={`node-${node.code}`}>
              <h3 id={`node-${node.code}`}>
                <a href={nodeHref(node.code, props.org.code)}>{nodeName(node)}</a>{' '}
                <span class="catalog-count">{t('publishingCatalog.count', { count })}</span>
              </h3>
              {count === 0 ? (
                <p>{t('publishingCatalog.org.blank')}</p>
              ) : (
                <EntryTable caption={nodeName(node)} rows={rows} />
              )}
              {count > rows.length && (
                <p>
                  <a href={nodeHref(node.code, props.org.code)}>
                    {t('publishingCatalog.org.more', { count })}
                  </a>
                </p>
              )}
            </section>
          ))}
        </section>
      ))}
    </PortalLayout>
  );
}
