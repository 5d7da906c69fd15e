import {
  ErrorSummary,
  StaffLayout,
  TextField,
  useView,
  type FormState,
  TableScroll,
} from '../../../platform/views/index.ts';
import { outcomeLabel } from '../foi-ledger.format.ts';
import type { LedgerRow, OrgChoice } from '../foi-ledger.queries.ts';
import { ledgerFilterFields } from '../foi-ledger.schemas.ts';
import { applicantTypes, requestStates } from '../foi.model.ts';
import { DueDate, orgName, orgOptions, outcomeOptions, SelectField } from './staff-fields.tsx';

/** The filter as a query string (`?state=open&page=2`), empty values left out. */
export function ledgerQueryOf(values: Record<string, string>, page?: number): string {
  const params = new URLSearchParams();
  for (const field of ledgerFilterFields) if (values[field]) params.set(field, values[field]!);
  if (page && page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function requestHref(trackingNumber: string): string {
  return `/staff/foi/${encodeURIComponent(trackingNumber)}`;
}

/** /staff/foi — the ledger (台账): filters, 50 requests a page, the Excel export. */
export function LedgerPage(props: {
  state: FormState;
  rows: LedgerRow[];
  total: number;
  page: number;
  pageSize: number;
  orgs: OrgChoice[];
  canRegister: boolean;
}) {
  const { t, locale } = useView();
  const { values } = props.state;
  const first = props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1;
  const last = Math.min(props.page * props.pageSize, props.total);
  const any = t('foiStaff.filter.any');
  return (
    <StaffLayout title={t('foiStaff.ledger.title')} system="foi">
      <ErrorSummary errors={props.state.errors} />
      <h1>{t('foiStaff.ledger.title')}</h1>
      <p>{t('foiStaff.ledger.intro')}</p>
      <ul class="action-links">
        {props.canRegister && (
          <li>
            <a href="/staff/foi/new">{t('foiStaff.ledger.register')}</a>
          </li>
        )}
        <li>
          <a href="/staff/foi/report">{t('foiStaff.ledger.report')}</a>
        </li>
      </ul>
      <form
        method="get"
        action="/staff/foi"
        class="filter-form"
        aria-label={t('foiStaff.filter.label')}
      >
        <SelectField
          name="state"
          label={t('foiStaff.filter.state')}
          state={props.state}
          blank={any}
          options={requestStates.map((s) => ({ value: s, label: t(`foi.state.${s}`) }))}
        />
        <SelectField
          name="org"
          label={t('foiStaff.filter.org')}
          state={props.state}
          blank={any}
          options={orgOptions(props.orgs, locale)}
        />
        <TextField name="from" type="date" label={t('foiStaff.filter.from')} state={props.state} />
        <TextField name="to" type="date" label={t('foiStaff.filter.to')} state={props.state} />
        <SelectField
          name="outcome"
          label={t('foiStaff.filter.outcome')}
          state={props.state}
          blank={any}
          options={outcomeOptions(true)}
        />
        <SelectField
          name="applicantType"
          label={t('foiStaff.filter.applicantType')}
          state={props.state}
          blank={any}
          options={applicantTypes.map((a) => ({ value: a, label: t(`foi.applicantType.${a}`) }))}
        />
        <TextField
          name="q"
          label={t('foiStaff.filter.q')}
          hint={t('foiStaff.filter.qHint')}
          state={props.state}
        />
        <button type="submit" class="button">
          {t('foiStaff.filter.submit')}
        </button>
      </form>
      <p>
        <a href={`/staff/foi/ledger.xlsx${ledgerQueryOf(values)}`}>{t('foiStaff.ledger.export')}</a>
      </p>
      {props.rows.length === 0 ? (
        <p>{t('foiStaff.ledger.none')}</p>
      ) : (
        <>
          <p>{t('foiStaff.ledger.count', { total: props.total, first, last })}</p>
          <TableScroll>
            <table class="data-table ledger-table">
              <caption class="visually-hidden">{t('foiStaff.ledger.title')}</caption>
              <thead>
                <tr>
                  {[
                    'trackingNumber',
                    'receivedOn',
                    'applicant',
                    'channel',
                    'org',
                    'state',
                    'dueOn',
                    'outcome',
                    'repliedOn',
                  ].map((col) => (
                    <th scope="col" key={col}>
                      {t(`foiStaff.col.${col}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.rows.map((r) => (
                  <tr key={r.trackingNumber}>
                    <th scope="row" class="nowrap">
                      <a href={requestHref(r.trackingNumber)}>{r.trackingNumber}</a>
                    </th>
                    <td class="nowrap">{r.receivedOn}</td>
                    <td>
                      {r.applicantName}
                      <br />
                      <span class="hint">{t(`foi.applicantType.${r.applicantType}`)}</span>
                    </td>
                    <td>{t(`foi.channel.${r.channel}`)}</td>
                    <td>{orgName({ name: r.orgName, nameEn: r.orgNameEn }, locale)}</td>
                    <td>{t(`foi.state.${r.state}`)}</td>
                    <td class="nowrap">
                      <DueDate
                        dueOn={r.dueOn}
                        basis={r.basis}
                        clockState={r.clockState}
                        light={r.light}
                      />
                    </td>
                    <td lang="zh-CN">{outcomeLabel(r.outcome)}</td>
                    <td class="nowrap">{r.repliedOn ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <nav class="pager" aria-label={t('foiStaff.ledger.pages')}>
            {props.page > 1 && (
              <a href={`/staff/foi${ledgerQueryOf(values, props.page - 1)}`}>
                {t('foiStaff.ledger.previous')}
              </a>
            )}{' '}
            {last < props.total && (
              <a href={`/staff/foi${ledgerQueryOf(values, props.page + 1)}`}>
                {t('foiStaff.ledger.next')}
              </a>
            )}
          </nav>
        </>
      )}
    </StaffLayout>
  );
}
