/** /openness/catalog/nodes/:code — the published items on a node (of one org with ?org=). */
import { PortalLayout, useView } from '../../../../platform/views/index.ts';
import type { CatalogEntry, CatalogNode, CatalogOrg } from '../catalog.queries.ts';
import {
  CatalogPager,
  EntryTable,
  catalogPath,
  nodeHref,
  useNodeName,
  useOrgName,
} from './parts.tsx';

export function NodePage(props: {
  node: CatalogNode;
  org?: CatalogOrg;
  rows: CatalogEntry[];
  total: number;
  page: number;
  pages: number;
}) {
  const { t } = useView();
  const nodeName = useNodeName()(props.node);
  const orgName = useOrgName();
  const title = props.org
    ? t('publishingCatalog.node.ofOrg', { org: orgName(props.org), name: nodeName })
    : t('publishingCatalog.node.title', { name: nodeName });
  const base = nodeHref(props.node.code, props.org?.code);
  const href = (page: number) => `${base}${base.includes('?') ? '&' : '?'}page=${page}`;
  return (
    <PortalLayout title={title} section="openness">
      <p>
        <a href={catalogPath}>{t('publishingCatalog.node.back')}</a>
      </p>
      <h1>{title}</h1>
      {props.node.legalBasis && (
        <p>{t('publishingCatalog.basis', { basis: props.node.legalBasis })}</p>
      )}
      <p role="status">{t('publishingCatalog.node.total', { total: props.total })}</p>
      {props.rows.length === 0 ? (
        <p>{t('publishingCatalog.node.empty')}</p>
      ) : (
        <EntryTable caption={title} rows={props.rows} showOrg={!props.org} />
      )}
      <CatalogPager page={props.page} pages={props.pages} href={href} />
    </PortalLayout>
  );
}
