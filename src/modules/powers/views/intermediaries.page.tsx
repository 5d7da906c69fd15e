import { PortalLayout, useView, TableScroll } from '../../../platform/views/index.ts';
import type { IntermediaryService } from '../intermediaries.queries.ts';
import { publicPowerHref } from './catalog.page.tsx';
import { orgName } from './parts.tsx';

/** /services/intermediaries: the list, the powers each serves, and that nothing else may be demanded. */
export function IntermediariesPage(props: { services: IntermediaryService[] }) {
  const { t, locale } = useView();
  return (
    <PortalLayout title={t('powers.intermediaries.title')} section="services">
      <p>
        <a href="/services/powers">{t('powers.detail.back')}</a>
      </p>
      <h1>{t('powers.intermediaries.title')}</h1>
      <p>{t('powers.intermediaries.intro')}</p>
      <p class="notice">
        <strong>{t('powers.intermediaries.statement')}</strong>
      </p>
      {props.services.length === 0 ? (
        <p>{t('powers.intermediaries.none')}</p>
      ) : (
        <TableScroll>
          <table class="data-table">
            <caption>{t('powers.intermediaries.caption')}</caption>
            <thead>
              <tr>
                {['code', 'name', 'basis', 'provider', 'fee', 'powers'].map((col) => (
                  <th scope="col" key={col}>
                    {t(`powers.intermediaries.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.services.map((s) => (
                <tr key={s.code} id={s.code}>
                  <td class="nowrap">{s.code}</td>
                  <th scope="row" lang="zh-CN">
                    {s.name}
                  </th>
                  <td lang="zh-CN">{s.basis}</td>
                  <td lang="zh-CN">{s.provider}</td>
                  <td lang="zh-CN">{s.fee}</td>
                  <td>
                    <ul>
                      {s.powers.map((p) => (
                        <li key={p.code}>
                          <a href={publicPowerHref(p.code)} lang="zh-CN">
                            {p.name}
                          </a>{' '}
                          <span class="hint">
                            {orgName({ name: p.orgName, nameEn: p.orgNameEn }, locale)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </PortalLayout>
  );
}
