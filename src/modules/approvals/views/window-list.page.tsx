import { StaffLayout, useView, TableScroll } from '../../../platform/views/index.ts';
import type { CenterWindows } from './guide-centers.page.tsx';

/** /staff/approvals/windows: each center with its windows, departments and item counts. */
export function WindowListPage(props: {
  centers: CenterWindows[];
  canChange: (centerCode: string) => boolean;
}) {
  const { t } = useView();
  const title = t('approvals.windows.title');
  return (
    <StaffLayout title={title} system="powers">
      <p>
        <a href="/staff/approvals/items">{t('approvals.items.list.title')}</a>
      </p>
      <h1>{title}</h1>
      {props.centers.map((center) => (
        <section key={center.code} aria-labelledby={`center-${center.code}`}>
          <h2 id={`center-${center.code}`}>{center.name}</h2>
          {props.canChange(center.code) && (
            <p>
              <a href={`/staff/approvals/windows/new?center=${encodeURIComponent(center.code)}`}>
                {t('approvals.windows.new')}
              </a>
            </p>
          )}
          {center.windows.length === 0 ? (
            <p>{t('approvals.windows.none')}</p>
          ) : (
            <TableScroll>
              <table class="data-table">
                <caption class="visually-hidden">
                  {t('approvals.windows.caption', { center: center.name })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('approvals.windows.field.number')}</th>
                    <th scope="col">{t('approvals.windows.field.name')}</th>
                    <th scope="col">{t('approvals.windows.field.orgs')}</th>
                    <th scope="col">{t('approvals.windows.col.items')}</th>
                    <th scope="col">{t('approvals.windows.col.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {center.windows.map((w) => (
                    <tr key={w.id}>
                      <td>{w.number}</td>
                      <th scope="row">
                        <a href={`/staff/approvals/windows/${w.id}`}>{w.name}</a>
                      </th>
                      <td>{w.orgs.map((o) => o.orgName).join('、')}</td>
                      <td>{w.items.length}</td>
                      <td>
                        {w.isActive
                          ? t('approvals.windows.active')
                          : t('approvals.windows.inactive')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ))}
    </StaffLayout>
  );
}
