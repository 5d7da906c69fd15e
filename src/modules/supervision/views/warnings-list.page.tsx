/**
 * /staff/supervision/warnings — the warnings a person may see, newest first, 50 a page, filtered
 * by stage, rule, org and severity.
 */
import {
  Pager,
  StaffLayout,
  TableScroll,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import { severities, warningRules, warningStages } from '../warnings.model.ts';
import type { WarningListRow } from '../warnings.queries.ts';
import { SelectField, warningPath, warningsPath } from './warnings-parts.tsx';
import { matterTypeLabel } from './dashboard-parts.tsx';

export interface WarningListProps {
  state: FormState;
  rows: WarningListRow[];
  total: number;
  page: number;
  pageSize: number;
}

const filterKeys = ['stage', 'rule', 'org', 'severity'];

function pageHref(values: Record<string, string>, page: number): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (values[key]) params.set(key, values[key]);
  params.set('page', String(page));
  return `${warningsPath}?${params.toString()}`;
}

function Row(props: { row: WarningListRow }) {
  const { t } = useView();
  const { row } = props;
  return (
    <tr>
      <th scope="row">
        <a href={warningPath(row.id)}>{row.id}</a>
      </th>
      <td>
        {matterTypeLabel(t, row.matterType)} {row.matterId}
      </td>
      <td>{row.orgName}</td>
      <td>{t(`warnings.rule.${row.rule}`)}</td>
      <td>{t(`warnings.severity.${row.severity}`)}</td>
      <td>{t(`warnings.stage.${row.stage}`)}</td>
      <td>{row.raisedOn}</td>
    </tr>
  );
}

export function WarningListPage(props: WarningListProps) {
  const { t } = useView();
  const { state, rows } = props;
  const title = t('warnings.title');
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  return (
    <StaffLayout title={title} system="supervision">
      <h1>{title}</h1>
      <p>{t('warnings.intro')}</p>
      <form method="get" action={warningsPath} class="filter-form">
        <SelectField
          name="stage"
          label={t('warnings.filter.stage')}
          state={state}
          blank={t('warnings.filter.any')}
          options={options(warningStages, 'warnings.stage')}
        />
        <SelectField
          name="rule"
          label={t('warnings.filter.rule')}
          state={state}
          blank={t('warnings.filter.any')}
          options={options(warningRules, 'warnings.rule')}
        />
        <TextField name="org" label={t('warnings.filter.org')} state={state} />
        <SelectField
          name="severity"
          label={t('warnings.filter.severity')}
          state={state}
          blank={t('warnings.filter.any')}
          options={options(severities, 'warnings.severity')}
        />
        <button type="submit" class="button button-secondary">
          {t('warnings.filter.submit')}
        </button>
      </form>
      <p>{t('warnings.count', { total: props.total })}</p>
      {rows.length === 0 ? (
        <p>{t('warnings.empty')}</p>
      ) : (
        <TableScroll>
          <table class="data-table">
            <caption>{t('warnings.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('warnings.col.id')}</th>
                <th scope="col">{t('warnings.col.matter')}</th>
                <th scope="col">{t('warnings.col.org')}</th>
                <th scope="col">{t('warnings.col.rule')}</th>
                <th scope="col">{t('warnings.col.severity')}</th>
                <th scope="col">{t('warnings.col.stage')}</th>
                <th scope="col">{t('warnings.col.raisedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Row key={row.id} row={row} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pager
        label={t('warnings.pages')}
        page={props.page}
        pages={pages}
        href={(page) => pageHref(state.values, page)}
        previous={t('warnings.previous')}
        next={t('warnings.next')}
        status={t('warnings.page', { page: props.page, pages })}
      />
    </StaffLayout>
  );
}
