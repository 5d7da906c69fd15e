/**
 * /staff/approvals/cases — the case list with its filters, newest first, 50 a page. The figures
 * of the statistics page link here with the filters that count the same cases.
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
import {
  caseDateFields,
  caseOrgRoles,
  caseTimeliness,
  type CaseListRow,
  type Choice,
} from '../cases-list.queries.ts';
import { caseStates } from '../cases.model.ts';
import { Light, SelectField, caseHref } from './case-parts.tsx';

export interface CaseListProps {
  state: FormState;
  rows: CaseListRow[];
  total: number;
  page: number;
  pageSize: number;
  choices: { centers: Choice[]; windows: Choice[]; orgs: Choice[]; items: Choice[] };
  canUseDesk: boolean;
}

function pageHref(values: Record<string, string>, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value && key !== 'page') params.set(key, value);
  }
  params.set('page', String(page));
  return `/staff/approvals/cases?${params.toString()}`;
}

export function CaseListPage(props: CaseListProps) {
  const { t } = useView();
  const { rows, choices } = props;
  // The selects without a blank show their defaults (acceptance dates; deciding or reviewing).
  const state = {
    ...props.state,
    values: { dateField: 'accepted', orgRole: 'any', ...props.state.values },
  };
  const any = t('approvals.cases.list.any');
  const options = (key: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`${key}.${value}`) }));
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <StaffLayout title={t('approvals.cases.list.title')} system="powers">
      <h1>{t('approvals.cases.list.title')}</h1>
      {props.canUseDesk && (
        <p>
          <a class="button" href="/staff/approvals/window">
            {t('approvals.desk.title')}
          </a>
        </p>
      )}
      <ErrorSummary errors={state.errors} />
      <form method="get" action="/staff/approvals/cases" class="filter-form">
        <SelectField
          name="center"
          label={t('approvals.cases.field.center')}
          state={state}
          blank={any}
          options={choices.centers}
        />
        <SelectField
          name="window"
          label={t('approvals.desk.window')}
          state={state}
          blank={any}
          options={[...choices.windows, { value: 'none', label: t('approvals.cases.list.online') }]}
        />
        <SelectField
          name="org"
          label={t('approvals.cases.field.org')}
          state={state}
          blank={any}
          options={choices.orgs}
        />
        <SelectField
          name="orgRole"
          label={t('approvals.cases.list.orgRole')}
          state={state}
          options={options('approvals.cases.list.orgRole', caseOrgRoles)}
        />
        <SelectField
          name="item"
          label={t('approvals.cases.field.item')}
          state={state}
          blank={any}
          options={choices.items}
        />
        <SelectField
          name="state"
          label={t('approvals.cases.field.state')}
          state={state}
          blank={any}
          options={caseStates.map((s) => ({ value: s, label: t(`approvals.cases.state.${s}`) }))}
        />
        <SelectField
          name="light"
          label={t('approvals.cases.field.light')}
          state={state}
          blank={any}
          options={['green', 'yellow', 'red'].map((l) => ({
            value: l,
            label: t(`approvals.cases.light.${l}`),
          }))}
        />
        <SelectField
          name="instant"
          label={t('approvals.cases.list.instant')}
          state={state}
          blank={any}
          options={options('approvals.cases.list.instant', ['yes', 'no'])}
        />
        <SelectField
          name="timeliness"
          label={t('approvals.cases.list.timeliness')}
          state={state}
          blank={any}
          options={options('approvals.cases.list.timeliness', caseTimeliness)}
        />
        <SelectField
          name="dateField"
          label={t('approvals.cases.list.dateField')}
          state={state}
          options={options('approvals.cases.list.dateField', caseDateFields)}
        />
        <TextField
          name="from"
          type="date"
          label={t('approvals.cases.list.dateFrom')}
          state={state}
        />
        <TextField name="to" type="date" label={t('approvals.cases.list.dateTo')} state={state} />
        <button type="submit" class="button button-secondary">
          {t('approvals.cases.list.filter')}
        </button>
      </form>
      <p>{t('approvals.cases.list.count', { total: props.total })}</p>
      <TableScroll>
        <table class="data-table">
          <caption>{t('approvals.cases.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('approvals.cases.field.trackingNumber')}</th>
              <th scope="col">{t('approvals.cases.field.item')}</th>
              <th scope="col">{t('approvals.cases.field.org')}</th>
              <th scope="col">{t('approvals.cases.applicant.name')}</th>
              <th scope="col">{t('approvals.cases.field.state')}</th>
              <th scope="col">{t('approvals.cases.field.receivedOn')}</th>
              <th scope="col">{t('approvals.cases.field.acceptedOn')}</th>
              <th scope="col">{t('approvals.cases.field.dueOn')}</th>
              <th scope="col">{t('approvals.cases.field.completedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.trackingNumber}>
                <td>
                  <a href={caseHref(row.trackingNumber)}>{row.trackingNumber}</a>
                </td>
                <td>
                  {row.itemName}
                  {row.isInstant && (
                    <>
                      {' '}
                      <span class="status-tag">{t('approvals.cases.instant')}</span>
                    </>
                  )}
                </td>
                <td>{row.orgName}</td>
                <td>{row.applicantName}</td>
                <td>{t(`approvals.cases.state.${row.state}`)}</td>
                <td>{row.receivedOn}</td>
                <td>{row.acceptedOn ?? t('approvals.cases.none')}</td>
                <td>
                  {row.dueOn ?? t('approvals.cases.none')} <Light light={row.light} />
                </td>
                <td>{row.completedOn ?? t('approvals.cases.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pager
        label={t('approvals.cases.list.pages')}
        page={props.page}
        pages={pages}
        href={(page) => pageHref(state.values, page)}
        previous={t('approvals.cases.list.previous')}
        next={t('approvals.cases.list.next')}
        status={t('approvals.cases.list.page', { page: props.page, pages })}
      />
    </StaffLayout>
  );
}
