import { StaffLayout, useView, TableScroll } from '../../../platform/views/index.ts';
import { powerCategories } from '../powers.model.ts';
import type { CatalogCount } from '../powers.queries.ts';
import { orgName } from './parts.tsx';

const links: [string, string][] = [
  ['/staff/powers/catalog', 'catalog'],
  ['/staff/powers/catalog/new', 'new'],
  ['/staff/powers/import', 'import'],
  ['/staff/powers/export.xlsx', 'export'],
  ['/services/powers', 'public'],
  ['/services/intermediaries', 'intermediaries'],
  // Pages of the approvals module (一窗受理、并联审批).
  ['/staff/approvals/items', 'items'],
  ['/staff/approvals/windows', 'windows'],
  ['/staff/approvals/cases', 'cases'],
  ['/staff/approvals/window', 'window'],
  ['/staff/approvals/stats', 'stats'],
  ['/staff/approvals/registrations', 'registrations'],
];

/** /staff/powers — the 行政权力运行 system's landing page: its pages and the catalog's statistics. */
export function PowersHomePage(props: { counts: CatalogCount[] }) {
  const { t, locale } = useView();
  const orgs = new Map<number, { name: string; cells: Map<string, number> }>();
  for (const c of props.counts) {
    const row = orgs.get(c.orgId) ?? {
      name: orgName({ name: c.orgName, nameEn: c.orgNameEn }, locale),
      cells: new Map<string, number>(),
    };
    row.cells.set(c.category, c.count);
    orgs.set(c.orgId, row);
  }
  const sum = (category: string) =>
    props.counts.filter((c) => c.category === category).reduce((s, c) => s + c.count, 0);
  const total = props.counts.reduce((s, c) => s + c.count, 0);
  return (
    <StaffLayout title={t('powersStaff.home.title')} system="powers">
      <h1>{t('powersStaff.home.title')}</h1>
      <p>{t('powersStaff.home.intro')}</p>
      <h2>{t('powersStaff.home.links')}</h2>
      <ul class="action-links">
        {links.map(([href, key]) => (
          <li key={href}>
            <a href={href}>{t(`powersStaff.link.${key}`)}</a>
          </li>
        ))}
      </ul>
      <h2>{t('powersStaff.stats.title')}</h2>
      {props.counts.length === 0 ? (
        <p>{t('powersStaff.stats.none')}</p>
      ) : (
        <TableScroll>
          <table class="data-table">
            <caption>{t('powersStaff.stats.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('powersStaff.stats.org')}</th>
                {powerCategories.map((c) => (
                  <th scope="col" key={c}>
                    {t(`powers.category.${c}`)}
                  </th>
                ))}
                <th scope="col">{t('powersStaff.stats.total')}</th>
              </tr>
            </thead>
            <tbody>
              {[...orgs.values()].map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  {powerCategories.map((c) => (
                    <td key={c}>{row.cells.get(c) ?? 0}</td>
                  ))}
                  <td>{[...row.cells.values()].reduce((s, n) => s + n, 0)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('powersStaff.stats.all')}</th>
                {powerCategories.map((c) => (
                  <td key={c}>{sum(c)}</td>
                ))}
                <td>{total}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
    </StaffLayout>
  );
}
