/** The parts of a power's page the public and the staff pages share. */
import { useView, TableScroll } from '../../../platform/views/index.ts';
import type { Adjustment, Power } from '../powers.queries.ts';
import { orgName } from './parts.tsx';

/** The power's current version: the fields of RULES.md §8.2. */
export function PowerFacts(props: { power: Power }) {
  const { t, locale } = useView();
  const { power } = props;
  const rows: [string, string][] = [
    [t('powers.col.code'), power.code],
    [t('powers.col.category'), t(`powers.category.${power.category}`)],
    [t('powers.col.org'), orgName({ name: power.orgName, nameEn: power.orgNameEn }, locale)],
    [t('powers.col.level'), t(`powers.level.${power.level}`)],
    [t('powers.col.status'), t(`powers.status.${power.status}`)],
    [t('powers.col.version'), t('powers.detail.version', { version: power.version })],
    [t('powers.col.phone'), power.supervisionPhone],
  ];
  return (
    <>
      <table class="data-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('powers.detail.basis')}</h2>
      <p lang="zh-CN">{power.basis}</p>
      {power.laws.length > 0 && (
        <>
          <h3>{t('powers.detail.laws')}</h3>
          <ul lang="zh-CN">
            {power.laws.map((law) => (
              <li key={law}>{law}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('powers.detail.responsibilities')}</h2>
      <TableScroll>
        <table class="data-table">
          <caption class="visually-hidden">{t('powers.detail.responsibilities')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('powers.col.stage')}</th>
              <th scope="col">{t('powers.col.duty')}</th>
            </tr>
          </thead>
          <tbody lang="zh-CN">
            {power.responsibilities.map((r) => (
              <tr key={r.stage}>
                <th scope="row">{r.stage}</th>
                <td>{r.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {power.accountability && (
        <>
          <h2>{t('powers.detail.accountability')}</h2>
          <p lang="zh-CN">{power.accountability}</p>
        </>
      )}
      {power.note && (
        <>
          <h2>{t('powers.detail.note')}</h2>
          <p lang="zh-CN">{power.note}</p>
        </>
      )}
    </>
  );
}

/** The adjustments, newest first, each with its 文号 and date. */
export function AdjustmentHistory(props: { adjustments: Adjustment[] }) {
  const { t } = useView();
  return (
    <TableScroll>
      <table class="data-table">
        <caption class="visually-hidden">{t('powers.detail.history')}</caption>
        <thead>
          <tr>
            {['adoptedOn', 'kind', 'documentNumber', 'version', 'note'].map((col) => (
              <th scope="col" key={col}>
                {t(`powers.col.${col}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.adjustments.map((a) => (
            <tr key={a.id}>
              <td class="nowrap">{a.adoptedOn}</td>
              <td class="nowrap">{t(`powers.kind.${a.kind}`)}</td>
              <td class="nowrap" lang="zh-CN">
                {a.documentNumber}
              </td>
              <td class="nowrap">{t('powers.detail.version', { version: a.version })}</td>
              <td lang="zh-CN">{a.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
