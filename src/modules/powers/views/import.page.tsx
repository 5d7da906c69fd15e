import type { FieldError } from '../../../platform/errors/index.ts';
import {
  ErrorSummary,
  fieldId,
  StaffLayout,
  TextField,
  useView,
} from '../../../platform/views/index.ts';
import { expectedHeaders, type RowProblem } from '../powers.excel.ts';
import type { PowerImportResult } from '../powers.import.ts';

function Problems(props: { rows: RowProblem[] }) {
  const { t } = useView();
  return (
    <ul class="import-problems">
      {props.rows.map((p) => (
        <li key={`${p.row}-${p.column}`}>
          {t('powersStaff.import.rowProblem', {
            row: p.row,
            column: t(`powers.column.${p.column}`),
            problem: t(p.problem, p.vars),
          })}
        </li>
      ))}
    </ul>
  );
}

/** /staff/powers/import: the upload form; after a refused upload, every row to fix. */
export function PowerImportPage(props: {
  errors: FieldError[];
  rows: RowProblem[];
  values: Record<string, string>;
}) {
  const { t, csrfToken } = useView();
  const id = fieldId('file');
  const error = props.errors.find((e) => e.field === 'file');
  const state = { values: props.values, errors: props.errors };
  return (
    <StaffLayout title={t('powersStaff.import.title')} system="powers">
      <div class="form-page">
        <ErrorSummary errors={props.errors} />
        <p>
          <a href="/staff/powers">{t('powersStaff.home.title')}</a>
        </p>
        <h1>{t('powersStaff.import.title')}</h1>
        <p>{t('powersStaff.import.intro')}</p>
        <p>{t('powersStaff.import.expected', { headers: expectedHeaders })}</p>
        <p>
          {t('powersStaff.import.tip')}{' '}
          <a href="/staff/powers/export.xlsx">{t('powersStaff.link.export')}</a>
        </p>
        {props.rows.length > 0 && (
          <section aria-labelledby="import-rows-title">
            <h2 id="import-rows-title">{t('powersStaff.import.rowsTitle')}</h2>
            <Problems rows={props.rows} />
          </section>
        )}
        {/* A multipart body is read by the route, after the CSRF check: the token goes in the URL. */}
        <form
          method="post"
          action={`/staff/powers/import?_csrf=${encodeURIComponent(csrfToken)}`}
          enctype="multipart/form-data"
          noValidate
        >
          <TextField
            name="documentNumber"
            label={t('powersStaff.field.documentNumber')}
            hint={t('powersStaff.field.documentNumberHint')}
            state={state}
          />
          <TextField
            name="adoptedOn"
            type="date"
            label={t('powersStaff.field.adoptedOn')}
            hint={t('powersStaff.field.adoptedOnHint')}
            state={state}
          />
          <div class="field">
            <input
              type="checkbox"
              id={fieldId('goodRowsOnly')}
              name="goodRowsOnly"
              value="1"
              checked={props.values.goodRowsOnly === '1'}
            />{' '}
            <label for={fieldId('goodRowsOnly')}>{t('powersStaff.import.goodRowsOnly')}</label>
          </div>
          <div class={error ? 'text-field field-error' : 'text-field'}>
            <label for={id}>{t('powersStaff.import.file')}</label>
            {error && (
              <p class="error-message" id={`${id}-error`}>
                {t(error.message, error.vars)}
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
            {t('powersStaff.import.submit')}
          </button>
        </form>
      </div>
    </StaffLayout>
  );
}

/** After an import: how many powers were added, amended, left alone, and the rows skipped. */
export function PowerImportDonePage(props: { result: PowerImportResult }) {
  const { t } = useView();
  const { result } = props;
  return (
    <StaffLayout title={t('powersStaff.import.done.title')} system="powers">
      <h1>{t('powersStaff.import.done.title')}</h1>
      <ul>
        <li>{t('powersStaff.import.done.created', { count: result.created })}</li>
        <li>{t('powersStaff.import.done.updated', { count: result.updated })}</li>
        <li>{t('powersStaff.import.done.unchanged', { count: result.unchanged })}</li>
      </ul>
      {result.skipped.length > 0 && (
        <>
          <p>{t('powersStaff.import.done.skipped')}</p>
          <Problems rows={result.skipped} />
        </>
      )}
      <p>
        <a href="/staff/powers/catalog">{t('powersStaff.catalog.title')}</a>
      </p>
    </StaffLayout>
  );
}
