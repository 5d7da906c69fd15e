import {
  ErrorSummary,
  Form,
  StaffLayout,
  useView,
  type FormState,
  TableScroll,
} from '../../../platform/views/index.ts';
import type { Power } from '../powers.queries.ts';
import { staffPowerHref } from './staff-catalog.page.tsx';

/** Rows of the steps form: the current steps and a few empty ones (no scripts needed to add). */
export function stepRowCount(values: Record<string, string>): number {
  const used = Object.keys(values)
    .map((k) => /^name-(\d+)$/.exec(k)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return Math.min(20, Math.max(0, ...used.map((n) => n + 1)) + 3);
}

/** /staff/powers/catalog/:code/steps — the flowchart as a table of inputs, one row a step. */
export function StepsPage(props: { power: Power; state: FormState }) {
  const { t } = useView();
  const { power, state } = props;
  const rows = stepRowCount(state.values);
  const error = (field: string) => state.errors.some((e) => e.field === field);
  const cell = (field: string, label: string, type = 'text') => (
    <input
      id={`field-${field}`}
      name={field}
      type={type}
      value={state.values[field] ?? ''}
      aria-label={label}
      aria-invalid={error(field) ? 'true' : undefined}
      min={type === 'number' ? 0 : undefined}
      max={type === 'number' ? 365 : undefined}
    />
  );
  return (
    <StaffLayout title={t('powersStaff.steps.title', { name: power.name })} system="powers">
      <ErrorSummary errors={state.errors} />
      <p>
        <a href={staffPowerHref(power.code)}>{t('powersStaff.steps.back')}</a>
      </p>
      <h1>{t('powersStaff.steps.title', { name: power.name })}</h1>
      <p>{t('powersStaff.steps.intro')}</p>
      <Form action={`${staffPowerHref(power.code)}/steps`}>
        <TableScroll>
          <table class="data-table">
            <caption>{t('powersStaff.steps.caption')}</caption>
            <thead>
              <tr>
                {['position', 'name', 'post', 'limit', 'checkpoint'].map((col) => (
                  <th scope="col" key={col}>
                    {t(`powersStaff.steps.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, i) => {
                const n = i + 1;
                return (
                  <tr
                    key={i}
                    class={error(`name-${i}`) || error(`limit-${i}`) ? 'field-error' : undefined}
                  >
                    <th scope="row">{n}</th>
                    <td>{cell(`name-${i}`, `${t('powersStaff.steps.name')} ${n}`)}</td>
                    <td>{cell(`post-${i}`, `${t('powersStaff.steps.post')} ${n}`)}</td>
                    <td>{cell(`limit-${i}`, `${t('powersStaff.steps.limit')} ${n}`, 'number')}</td>
                    <td>
                      <input
                        id={`field-checkpoint-${i}`}
                        type="checkbox"
                        name={`checkpoint-${i}`}
                        value="1"
                        checked={state.values[`checkpoint-${i}`] === '1'}
                        aria-label={`${t('powersStaff.steps.checkpoint')} ${n}`}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
        <button type="submit" class="button">
          {t('powersStaff.steps.submit')}
        </button>
      </Form>
    </StaffLayout>
  );
}
