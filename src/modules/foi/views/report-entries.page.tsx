import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  fieldId,
  useView,
  type FormState,
  TableScroll,
} from '../../../platform/views/index.ts';
import { proactiveRows } from '../report-entries.ts';

/** /staff/foi/report/entries: what the annual report cannot compute, entered by the office. */
export function ReportEntriesPage(props: { year: number; form: FormState }) {
  const { t } = useView();
  const { form } = props;
  const error = (name: string) => form.errors.find((e) => e.field === name);
  return (
    <StaffLayout title={t('foiEntries.title', { year: props.year })} system="foi">
      <ErrorSummary errors={form.errors} />
      <p>
        <a href={`/staff/foi/report?year=${props.year}`}>{t('foiEntries.back')}</a>
      </p>
      <h1>{t('foiEntries.title', { year: props.year })}</h1>
      <p>{t('foiEntries.intro')}</p>
      <Form action={`/staff/foi/report/entries?year=${props.year}`}>
        <TextField name="overview" rows={6} label={t('foiEntries.overview')} state={form} />
        <h2>{t('foiEntries.proactive')}</h2>
        <p class="hint">{t('foiEntries.proactiveHint')}</p>
        <TableScroll>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t('foiEntries.item')}</th>
                <th scope="col">{t('foiEntries.content')}</th>
                <th scope="col" colSpan={3}>
                  {t('foiEntries.values')}
                </th>
              </tr>
            </thead>
            <tbody>
              {proactiveRows.map((row, r) => (
                <tr key={row.label}>
                  <td>{row.item}</td>
                  <th scope="row">{row.label}</th>
                  {row.columns.map((column, c) => {
                    const name = `p_${r}_${c}`;
                    const problem = error(name);
                    return (
                      <td key={column} class={problem ? 'field-error' : undefined}>
                        <label for={fieldId(name)}>{column}</label>
                        <input
                          id={fieldId(name)}
                          name={name}
                          inputMode="decimal"
                          value={form.values[name] ?? ''}
                          aria-invalid={problem ? 'true' : undefined}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <TextField name="problems" rows={6} label={t('foiEntries.problems')} state={form} />
        <TextField name="otherMatters" rows={6} label={t('foiEntries.otherMatters')} state={form} />
        <button type="submit">{t('foiEntries.save')}</button>
      </Form>
    </StaffLayout>
  );
}
