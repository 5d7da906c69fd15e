import {
  ErrorSummary,
  PortalLayout,
  RadioGroup,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import { pauseSlots, type CalculatorResult } from '../calculator.ts';

/** /services/deadline-calculator: a GET form, so it works without scripts and can be bookmarked. */
export function CalculatorPage(props: { form: FormState; result: CalculatorResult | null }) {
  const { t } = useView();
  const { result } = props;
  return (
    <PortalLayout title={t('calculator.title')} section="services">
      <ErrorSummary errors={props.form.errors} />
      <h1>{t('calculator.title')}</h1>
      <p>{t('calculator.intro')}</p>
      {result && (
        <section aria-labelledby="result-title" class="card" role="status">
          <h2 id="result-title">{t('calculator.result')}</h2>
          <p class="due-date">{result.view.dueOn}</p>
          {result.provisional && <p class="warning">{result.provisional}</p>}
          <h3>{t('calculator.how')}</h3>
          <ol class="explanation">
            {result.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </section>
      )}
      <form method="get" action="/services/deadline-calculator" noValidate>
        <TextField
          name="receivedOn"
          type="date"
          label={t('calculator.receivedOn')}
          hint={t('calculator.receivedOnHint')}
          state={props.form}
        />
        <TextField name="days" type="number" label={t('calculator.days')} state={props.form} />
        <RadioGroup
          name="unit"
          legend={t('calculator.unit')}
          state={props.form}
          fallback="working"
          options={[
            { value: 'working', label: t('calculator.unit.working') },
            { value: 'calendar', label: t('calculator.unit.calendar') },
          ]}
        />
        <fieldset>
          <legend>{t('calculator.pauses')}</legend>
          <p class="hint">{t('calculator.pausesHint')}</p>
          {pauseSlots.map((n) => (
            <div key={n}>
              <TextField
                name={`pause${n}From`}
                type="date"
                label={t('calculator.pauseFrom', { n })}
                state={props.form}
              />
              <TextField
                name={`pause${n}To`}
                type="date"
                label={t('calculator.pauseTo', { n })}
                state={props.form}
              />
            </div>
          ))}
        </fieldset>
        <button type="submit">{t('calculator.submit')}</button>
      </form>
    </PortalLayout>
  );
}
