/**
 * /staff/approvals/registrations — combined registrations (五证合一) and the licences issued,
 * newest first, 50 a page, filtered by status and a text search; the registration form's link
 * for window clerks.
 */
import {
  ErrorSummary,
  StaffLayout,
  TextField,
  useView,
  type FormState,
  TableScroll,
  Pager,
} from '../../../platform/views/index.ts';
import { registrationStatuses, type RegistrationListRow } from '../licences.queries.ts';
import { SelectField, caseHref } from './case-parts.tsx';

export interface RegistrationListProps {
  state: FormState;
  rows: RegistrationListRow[];
  total: number;
  page: number;
  pageSize: number;
  canRegister: boolean;
}

const listPath = '/staff/approvals/registrations';

function pageHref(values: Record<string, string>, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'status']) if (values[key]) params.set(key, values[key]);
  params.set('page', String(page));
  return `${listPath}?${params.toString()}`;
}

export const licenceHref = (code: string) => `${listPath}/${code}/licence`;

function Row(props: { row: RegistrationListRow }) {
  const { t } = useView();
  const { row } = props;
  return (
    <tr>
      <td>
        {row.trackingNumber ? (
          <a href={caseHref(row.trackingNumber)}>{row.trackingNumber}</a>
        ) : (
          t('registrations.noCase')
        )}
      </td>
      <th scope="row">{row.name}</th>
      <td>{t(`licence.kind.${row.kind}`)}</td>
      <td>
        {row.caseState ? t(`approvals.cases.state.${row.caseState}`) : t('approvals.cases.none')}
      </td>
      <td>
        {row.creditCode ? (
          <a href={licenceHref(row.creditCode)}>{row.creditCode}</a>
        ) : (
          t('registrations.notIssued')
        )}
      </td>
      <td>{t(`registrations.status.${row.status}`)}</td>
      <td>{row.issuedOn ?? t('approvals.cases.none')}</td>
    </tr>
  );
}

export function RegistrationListPage(props: RegistrationListProps) {
  const { t } = useView();
  const { state, rows } = props;
  const title = t('registrations.title');
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <StaffLayout title={title} system="powers">
      <h1>{title}</h1>
      <p>{t('registrations.intro')}</p>
      {props.canRegister && (
        <p>
          <a class="button" href={`${listPath}/new`}>
            {t('registrations.new')}
          </a>
        </p>
      )}
      <ErrorSummary errors={state.errors} />
      <form method="get" action={listPath} class="filter-form">
        <TextField name="q" label={t('registrations.filter.q')} state={state} />
        <SelectField
          name="status"
          label={t('registrations.filter.status')}
          state={state}
          blank={t('registrations.filter.any')}
          options={registrationStatuses.map((s) => ({
            value: s,
            label: t(`registrations.status.${s}`),
          }))}
        />
        <button type="submit" class="button button-secondary">
          {t('registrations.filter.submit')}
        </button>
      </form>
      <p>{t('registrations.count', { total: props.total })}</p>
      {rows.length === 0 ? (
        <p>{t('registrations.empty')}</p>
      ) : (
        <TableScroll>
          <table class="data-table">
            <caption>{t('registrations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registrations.col.trackingNumber')}</th>
                <th scope="col">{t('registrations.col.name')}</th>
                <th scope="col">{t('registrations.col.kind')}</th>
                <th scope="col">{t('registrations.col.caseState')}</th>
                <th scope="col">{t('registrations.col.creditCode')}</th>
                <th scope="col">{t('registrations.col.status')}</th>
                <th scope="col">{t('registrations.col.issuedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Row key={row.creditCode ?? row.trackingNumber} row={row} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pager
        label={t('registrations.pages')}
        page={props.page}
        pages={pages}
        href={(page) => pageHref(state.values, page)}
        previous={t('registrations.previous')}
        next={t('registrations.next')}
        status={t('registrations.page', { page: props.page, pages })}
      />
    </StaffLayout>
  );
}
