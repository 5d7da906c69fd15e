import { PortalLayout, useView, TableScroll } from '../../../platform/views/index.ts';
import type { WindowWithLinks } from '../items.read.ts';

export interface CenterWindows {
  code: string;
  name: string;
  isCounty: boolean;
  windows: WindowWithLinks[];
}

function CenterTable(props: { center: CenterWindows }) {
  const { t } = useView();
  const { center } = props;
  return (
    <section id={`center-${center.code}`} aria-labelledby={`center-${center.code}-title`}>
      <h3 id={`center-${center.code}-title`}>{center.name}</h3>
      {center.windows.length === 0 ? (
        <p>{t('approvals.guides.centers.none')}</p>
      ) : (
        <TableScroll>
          <table class="data-table">
            <caption class="visually-hidden">
              {t('approvals.guides.centers.caption', { center: center.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('approvals.guides.centers.number')}</th>
                <th scope="col">{t('approvals.guides.centers.name')}</th>
                <th scope="col">{t('approvals.guides.centers.orgs')}</th>
                <th scope="col">{t('approvals.guides.centers.items')}</th>
              </tr>
            </thead>
            <tbody>
              {center.windows.map((w) => (
                <tr key={w.id}>
                  <td>{w.number}</td>
                  <th scope="row">{w.name}</th>
                  <td>{w.orgs.map((o) => o.orgName).join('、')}</td>
                  <td>
                    <details>
                      <summary>
                        {t('approvals.guides.centers.itemCount', { count: w.items.length })}
                      </summary>
                      <ul>
                        {w.items.map((i) => (
                          <li key={i.code}>
                            <a href={`/services/guides/${encodeURIComponent(i.code)}`}>{i.name}</a>
                          </li>
                        ))}
                      </ul>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** /services/centers: the county center and the township centers, window by window. */
export function GuideCentersPage(props: { centers: CenterWindows[] }) {
  const { t } = useView();
  const title = t('approvals.guides.centers.title');
  const county = props.centers.filter((c) => c.isCounty);
  const townships = props.centers.filter((c) => !c.isCounty);
  return (
    <PortalLayout title={title} section="services">
      <h1>{title}</h1>
      <p>{t('approvals.guides.centers.intro')}</p>
      <h2>{t('approvals.guides.centers.county')}</h2>
      {county.map((c) => (
        <CenterTable key={c.code} center={c} />
      ))}
      <h2>{t('approvals.guides.centers.townships')}</h2>
      {townships.map((c) => (
        <CenterTable key={c.code} center={c} />
      ))}
    </PortalLayout>
  );
}
