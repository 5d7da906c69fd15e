import type { AuditRecord } from '../../../platform/audit/index.ts';
import {
  ErrorSummary,
  StaffLayout,
  TextField,
  useView,
  type FormState,
  TableScroll,
} from '../../../platform/views/index.ts';
import { localTime } from '../audit-log.service.ts';

const filterFields = [
  'action',
  'orgCode',
  'actorId',
  'targetType',
  'targetId',
  'from',
  'to',
] as const;

function queryOf(values: Record<string, string>, page?: number): string {
  const params = new URLSearchParams();
  for (const field of filterFields) if (values[field]) params.set(field, values[field]!);
  if (page && page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function AuditLogPage(props: {
  state: FormState;
  records: AuditRecord[];
  total: number;
  page: number;
  pageSize: number;
}) {
  const { t } = useView();
  const { values } = props.state;
  const first = props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1;
  const last = Math.min(props.page * props.pageSize, props.total);
  return (
    <StaffLayout title={t('auditLog.title')} system="home">
      <ErrorSummary errors={props.state.errors} />
      <h1>{t('auditLog.title')}</h1>
      <p>{t('auditLog.intro')}</p>
      <form
        method="get"
        action="/staff/audit"
        class="filter-form"
        aria-label={t('auditLog.filter')}
      >
        {filterFields.map((field) => (
          <TextField
            key={field}
            name={field}
            label={t(`auditLog.filter.${field}`)}
            state={props.state}
          />
        ))}
        <button type="submit" class="button">
          {t('auditLog.filter.submit')}
        </button>
      </form>
      <p>
        <a href={`/staff/audit/export.xlsx${queryOf(values)}`}>{t('auditLog.export')}</a>
      </p>
      {props.records.length === 0 ? (
        <p>{t('auditLog.none')}</p>
      ) : (
        <>
          <p>{t('auditLog.count', { total: props.total, first, last })}</p>
          <TableScroll>
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('auditLog.col.id')}</th>
                  <th scope="col">{t('auditLog.col.at')}</th>
                  <th scope="col">{t('auditLog.col.actor')}</th>
                  <th scope="col">{t('auditLog.col.org')}</th>
                  <th scope="col">{t('auditLog.col.action')}</th>
                  <th scope="col">{t('auditLog.col.target')}</th>
                  <th scope="col">{t('auditLog.col.summary')}</th>
                  <th scope="col">{t('auditLog.col.hash')}</th>
                </tr>
              </thead>
              <tbody>
                {props.records.map((r) => (
                  <tr key={r.id}>
                    <td>{r.id}</td>
                    <td>{localTime(r.at)}</td>
                    <td>
                      {r.actorName}
                      {r.actorId ? ` (${r.actorType} ${r.actorId})` : ` (${r.actorType})`}
                    </td>
                    <td>{r.orgCode ?? ''}</td>
                    <td>
                      <code>{r.action}</code>
                    </td>
                    <td>
                      {r.targetType} {r.targetId}
                    </td>
                    <td>
                      <code>{JSON.stringify(r.summary)}</code>
                    </td>
                    <td>
                      <code title={r.hash}>{r.hash.slice(0, 12)}…</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <nav class="pager" aria-label={t('auditLog.title')}>
            {props.page > 1 && (
              <a href={`/staff/audit${queryOf(values, props.page - 1)}`}>
                {t('auditLog.previous')}
              </a>
            )}{' '}
            {last < props.total && (
              <a href={`/staff/audit${queryOf(values, props.page + 1)}`}>{t('auditLog.next')}</a>
            )}
          </nav>
        </>
      )}
    </StaffLayout>
  );
}
