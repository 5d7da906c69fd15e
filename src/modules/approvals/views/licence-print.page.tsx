/**
 * The printable 营业执照 (副本) for staff: every field the licence carries, and its code.
 * 五证合一、一照一码 (国办发〔2016〕53号): the one code stands for the five former certificates.
 */
import { StaffLayout, useView } from '../../../platform/views/index.ts';
import type { LicenceRecord } from '../licences.queries.ts';
import { addressLabel, capitalLabel, representativeLabel, wanOf } from './licence-facts.tsx';

export function LicencePrintPage(props: { licence: LicenceRecord }) {
  const { t } = useView();
  const { licence } = props;
  const rows: [string, string][] = [
    ['licence.field.name', licence.name],
    ['licence.field.kind', t(`licence.kind.${licence.kind}`)],
    [representativeLabel(licence.kind), licence.legalRepresentative],
    [
      capitalLabel(licence.kind),
      t('licence.capital.wan', { amount: wanOf(licence.registeredCapitalFen) }),
    ],
    ['licence.field.establishedOn', licence.establishedOn],
    [addressLabel(licence.kind), licence.address],
    ['licence.field.scope', licence.businessScope],
    ['licence.field.status', t(`licence.status.${licence.status}`)],
  ];
  return (
    <StaffLayout title={t('licencePrint.title')} system="powers">
      <link rel="stylesheet" href="/static/css/licence.css" />
      <p class="no-print hint">{t('licencePrint.printHint')}</p>
      <article class="licence-sheet" aria-labelledby="licence-title">
        <h1 id="licence-title" class="licence-title">
          {t('licencePrint.heading')}
          <span class="licence-copy">{t('licencePrint.copy')}</span>
        </h1>
        <p class="licence-code">
          <span class="licence-code-label">{t('creditCode.label')}</span>{' '}
          <strong class="licence-code-value">{licence.creditCode}</strong>
        </p>
        <table class="licence-fields">
          <caption class="visually-hidden">{t('licencePrint.heading')}</caption>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{t(label)}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="licence-five-in-one">{t('licencePrint.fiveInOne')}</p>
        <footer class="licence-issuer">
          <p>
            {t('licence.field.issuingOrg')}：{licence.issuingOrgName}
          </p>
          <p>{t('licencePrint.seal')}</p>
          <p>
            {t('licence.field.issuedOn')}：{licence.issuedOn}
          </p>
        </footer>
      </article>
    </StaffLayout>
  );
}
