import type { FieldError } from '../../../platform/errors/index.ts';
import { ErrorSummary, fieldId, StaffLayout, useView } from '../../../platform/views/index.ts';
import type { RowProblem } from '../orgs.excel.ts';
import type { OrgImportResult } from '../orgs.import.ts';

/** /staff/orgs/import: the upload form, and after a refused upload, every row to fix. */
export function OrgImportPage(props: { errors: FieldError[]; rows: RowProblem[] }) {
  const { t, csrfToken } = useView();
  const id = fieldId('file');
  const error = props.errors.find((e) => e.field === 'file')?.message;
  return (
    <StaffLayout title={t('orgs.import.title')} system="orgs">
      <div class="form-page">
        <ErrorSummary errors={props.errors} />
        <p>
          <a href="/staff/orgs">{t('orgs.detail.back')}</a>
        </p>
        <h1>{t('orgs.import.title')}</h1>
        <p>{t('orgs.import.intro')}</p>
        <p>
          {t('orgs.import.tip')} <a href="/staff/orgs/export.xlsx">{t('orgs.export')}</a>
        </p>
        {props.rows.length > 0 && (
          <section aria-labelledby="import-rows-title">
            <h2 id="import-rows-title">{t('orgs.import.rowsTitle')}</h2>
            <ul class="import-problems">
              {props.rows.map((problem) => (
                <li key={`${problem.row}-${problem.column}`}>
                  {t('orgs.import.rowProblem', {
                    row: problem.row,
                    column: t(`orgs.column.${problem.column}`),
                    problem: t(problem.problem, problem.vars),
                  })}
                </li>
              ))}
            </ul>
          </section>
        )}
        {/* A multipart body is read by the route, after the CSRF check: the token goes in the URL. */}
        <form
          method="post"
          action={`/staff/orgs/import?_csrf=${encodeURIComponent(csrfToken)}`}
          enctype="multipart/form-data"
          noValidate
        >
          <div class={error ? 'text-field field-error' : 'text-field'}>
            <label for={id}>{t('orgs.import.file')}</label>
            {error && (
              <p class="error-message" id={`${id}-error`}>
                {t(error)}
              </p>
            )}
            <input
              id={id}
              name="file"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={error ? `${id}-error` : undefined}
              aria-invalid={error ? 'true' : undefined}
            />
          </div>
          <button type="submit" class="button">
            {t('orgs.import.submit')}
          </button>
        </form>
      </div>
    </StaffLayout>
  );
}

/** After an import: how many orgs were created, updated, left as they were. */
export function OrgImportDonePage(props: { result: OrgImportResult }) {
  const { t } = useView();
  return (
    <StaffLayout title={t('orgs.import.done.title')} system="orgs">
      <h1>{t('orgs.import.done.title')}</h1>
      <ul>
        <li>{t('orgs.import.done.created', { count: props.result.created })}</li>
        <li>{t('orgs.import.done.updated', { count: props.result.updated })}</li>
        <li>{t('orgs.import.done.unchanged', { count: props.result.unchanged })}</li>
      </ul>
      <p>
        <a href="/staff/orgs">{t('orgs.detail.back')}</a>
      </p>
    </StaffLayout>
  );
}
