/** One POST form per step the viewer may take on the appeal page. */
import type { ComponentChildren } from 'preact';
import {
  Form,
  RadioGroup,
  SelectField,
  TextField,
  emptyForm,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import { closedOutcomes } from '../../feedback.model.ts';
import { stepFieldName, type AppealDetail, type StepName } from '../appeal-detail.ts';
import type { OrgChoice } from '../step-support.ts';
import { appealHref } from './parts.tsx';

export type StepForms = Partial<Record<StepName, FormState>>;

function StepForm(props: {
  step: StepName;
  number: string;
  state: FormState;
  children?: ComponentChildren;
}) {
  const { t } = useView();
  const error = props.state.errors.find((e) => e.field === props.step);
  return (
    <section class="step" aria-labelledby={`step-${props.step}`}>
      <h3 id={`step-${props.step}`}>{t(`feedbackHandling.step.${props.step}`)}</h3>
      {error && (
        <p class="error-message" role="alert" id={`field-${props.step}`}>
          {t(error.message, error.vars)}
        </p>
      )}
      <Form action={`${appealHref(props.number)}/${props.step}`}>
        {props.children}
        <button type="submit">{t(`feedbackHandling.submit.${props.step}`)}</button>
      </Form>
    </section>
  );
}

function OrgSelect(props: { step: StepName; state: FormState; orgs: OrgChoice[] }) {
  const { t } = useView();
  return (
    <SelectField
      name={stepFieldName(props.step, 'orgCode')}
      label={t('feedbackHandling.field.org')}
      state={props.state}
      blank=""
      options={props.orgs.map((o) => ({ value: o.code, label: o.name }))}
    />
  );
}

function ReplyFields(props: { state: FormState; publicAllowed: boolean }) {
  const { t } = useView();
  const { state } = props;
  return (
    <>
      <TextField
        name="privateText"
        label={t('feedbackHandling.field.privateText')}
        rows={6}
        state={state}
      />
      <TextField
        name="publicText"
        label={t('feedbackHandling.field.publicText')}
        hint={t(
          props.publicAllowed
            ? 'feedbackHandling.field.publicHint.allowed'
            : 'feedbackHandling.field.publicHint.refused',
        )}
        rows={4}
        state={state}
      />
      <div class="checkbox">
        <input
          type="checkbox"
          id="field-close"
          name="close"
          value="yes"
          checked={state.values['close'] === 'yes'}
        />
        <label for="field-close">{t('feedbackHandling.field.close')}</label>
      </div>
    </>
  );
}

export function AppealSteps(props: { detail: AppealDetail; orgs: OrgChoice[]; forms: StepForms }) {
  const { t } = useView();
  const { detail, forms, orgs } = props;
  const number = detail.appeal.trackingNumber;
  const stateOf = (step: StepName) => forms[step] ?? emptyForm;
  const reason = (step: StepName) => (
    <TextField
      name={stepFieldName(step, 'reason')}
      label={t('feedbackHandling.field.reason')}
      rows={2}
      state={stateOf(step)}
    />
  );
  const body: Record<StepName, () => ComponentChildren> = {
    assign: () => <OrgSelect step="assign" state={stateOf('assign')} orgs={orgs} />,
    claim: () => null,
    transfer: () => (
      <>
        <OrgSelect step="transfer" state={stateOf('transfer')} orgs={orgs} />
        {reason('transfer')}
      </>
    ),
    return: () => reason('return'),
    reply: () => (
      <ReplyFields state={stateOf('reply')} publicAllowed={detail.appeal.publicAllowed} />
    ),
    extend: () => (
      <>
        <TextField
          name="days"
          type="number"
          label={t('feedbackHandling.field.days')}
          state={stateOf('extend')}
        />
        {reason('extend')}
      </>
    ),
    close: () => (
      <>
        <RadioGroup
          name="outcome"
          legend={t('feedbackHandling.field.outcome')}
          state={stateOf('close')}
          options={closedOutcomes.map((o) => ({
            value: o,
            label: t(`feedbackHandling.outcome.${o}`),
          }))}
        />
        <TextField
          name="note"
          label={t('feedbackHandling.field.note')}
          rows={2}
          state={stateOf('close')}
        />
      </>
    ),
    invalidate: () => reason('invalidate'),
  };
  if (detail.steps.length === 0) return null;
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title">{t('feedbackHandling.detail.steps')}</h2>
      {detail.steps.map((step) => (
        <StepForm key={step} step={step} number={number} state={stateOf(step)}>
          {body[step]()}
        </StepForm>
      ))}
    </section>
  );
}
