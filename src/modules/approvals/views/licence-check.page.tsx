import {
  ErrorSummary,
  PortalLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import type { LicenceKind, LicenceStatus } from '../licences.model.ts';
import { addressLabel, representativeLabel } from './licence-facts.tsx';

/** The public facts of a licence issued here (no ID numbers, no phones). */
export interface PublicLicence {
  creditCode: string;
  name: string;
  kind: LicenceKind;
  legalRepresentative: string;
  address: string;
  establishedOn: string;
  status: LicenceStatus;
  issuingOrgName: string;
}

export type LicenceCheckResult =
  { kind: 'notIssued'; code: string } | { kind: 'issued'; code: string; licence: PublicLicence };

function Facts(props: { licence: PublicLicence }) {
  const { t } = useView();
  const { licence } = props;
  const rows: [string, string][] = [
    ['creditCode.label', licence.creditCode],
    ['licence.field.name', licence.name],
    ['licence.field.kind', t(`licence.kind.${licence.kind}`)],
    [representativeLabel(licence.kind), licence.legalRepresentative],
    [addressLabel(licence.kind), licence.address],
    ['licence.field.establishedOn', licence.establishedOn],
    ['licence.field.status', t(`licence.status.${licence.status}`)],
    ['licence.field.issuingOrg', licence.issuingOrgName],
  ];
  return (
    <table class="facts">
      <caption>{t('licences.caption')}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{t(label)}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /services/licences: a GET form (works without scripts, can be bookmarked) and its answer. */
export function LicenceCheckPage(props: { form: FormState; result: LicenceCheckResult | null }) {
  const { t } = useView();
  const { result } = props;
  return (
    <PortalLayout title={t('licences.title')} section="services">
      <ErrorSummary errors={props.form.errors} />
      <h1>{t('licences.title')}</h1>
      <p>{t('licences.intro')}</p>
      {result && (
        <section aria-labelledby="result-title" class="card" role="status">
          <h2 id="result-title">{t('licences.result')}</h2>
          <p>{t('licences.valid', { code: result.code })}</p>
          {result.kind === 'notIssued' && <p>{t('licences.notIssued')}</p>}
          {result.kind === 'issued' && (
            <>
              <p>{t('licences.issued')}</p>
              <Facts licence={result.licence} />
              <p class="hint">{t('licences.privacy')}</p>
            </>
          )}
        </section>
      )}
      <form method="get" action="/services/licences" noValidate>
        <TextField
          name="code"
          label={t('creditCode.label')}
          hint={t('licences.codeHint')}
          state={props.form}
          autocomplete="off"
        />
        <button type="submit">{t('licences.submit')}</button>
      </form>
    </PortalLayout>
  );
}
