/** Pieces the catalog's pages share: node names by language, the entries table, links. */
import { Pager, TableScroll, useView } from '../../../../platform/views/index.ts';
import type { CatalogEntry, CatalogNode } from '../catalog.queries.ts';

export const catalogPath = '/openness/catalog';
export const nodeHref = (code: string, orgCode?: string) =>
  `${catalogPath}/nodes/${encodeURIComponent(code)}${orgCode ? `?org=${encodeURIComponent(orgCode)}` : ''}`;
export const orgCatalogHref = (code: string) => `${catalogPath}/orgs/${encodeURIComponent(code)}`;
export const guideHref = (code: string) => `/openness/guide/${encodeURIComponent(code)}`;
export const staffGuideHref = (code: string) =>
  `/staff/publishing/guide/${encodeURIComponent(code)}`;
/** The public detail page of a publication (team URL map). */
export const itemHref = (id: number) => `/openness/items/${id}`;

export function useNodeName(): (node: Pick<CatalogNode, 'nameZh' | 'nameEn'>) => string {
  const { locale } = useView();
  return (node) => (locale === 'en' && node.nameEn ? node.nameEn : node.nameZh);
}

export function useOrgName(): (org: { name: string; nameEn: string }) => string {
  const { locale } = useView();
  return (org) => (locale === 'en' && org.nameEn ? org.nameEn : org.name);
}

/** 条例第12条: each entry's 索引, 名称, 内容概述, 生成日期 (and the publication date). */
export function EntryTable(props: { caption: string; rows: CatalogEntry[]; showOrg?: boolean }) {
  const { t } = useView();
  return (
    <TableScroll label={props.caption}>
      <table class="catalog-entries">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('publishingCatalog.col.indexNumber')}</th>
            <th scope="col">{t('publishingCatalog.col.title')}</th>
            <th scope="col">{t('publishingCatalog.col.summary')}</th>
            {props.showOrg && <th scope="col">{t('publishingCatalog.col.org')}</th>}
            <th scope="col">{t('publishingCatalog.col.formedOn')}</th>
            <th scope="col">{t('publishingCatalog.col.publishedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id}>
              <td class="nowrap">{row.indexNumber ?? ''}</td>
              <th scope="row">
                <a href={itemHref(row.id)}>{row.title}</a>
              </th>
              <td>{row.summary}</td>
              {props.showOrg && <td>{row.orgName}</td>}
              <td class="nowrap">{row.formedOn}</td>
              <td class="nowrap">{row.publishedOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function CatalogPager(props: { page: number; pages: number; href: (p: number) => string }) {
  const { t } = useView();
  if (props.pages <= 1) return null;
  return (
    <Pager
      label={t('publishingCatalog.pager.label')}
      page={props.page}
      pages={props.pages}
      href={props.href}
      previous={t('publishingCatalog.pager.previous')}
      next={t('publishingCatalog.pager.next')}
      status={t('publishingCatalog.pager.status', { page: props.page, pages: props.pages })}
    />
  );
}
