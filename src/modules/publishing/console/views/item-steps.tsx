/** The workflow steps on an item's page: one small form per step the actor may take now. */
import {
  Form,
  SelectField,
  TextField,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import { validities, type ItemState, type ItemType } from '../../publishing.model.ts';
import type { PublishingAction } from '../../publishing.policy.ts';
import { itemHref } from './labels.tsx';

export const stepNames = [
  'submit',
  'approve',
  'reject',
  'publish',
  'schedule',
  'withdraw',
  'newEdition',
  'validity',
] as const;
export type StepName = (typeof stepNames)[number];
export type StepForms = Partial<Record<StepName, FormState>>;

/** The steps a state allows and the right each needs. */
const stepRules: Record<StepName, { from: ItemState[]; right: PublishingAction }> = {
  submit: { from: ['draft'], right: 'author' },
  approve: { from: ['submitted'], right: 'approve' },
  reject: { from: ['submitted', 'approved'], right: 'approve' },
  publish: { from: ['approved'], right: 'publish' },
  schedule: { from: ['approved'], right: 'publish' },
  withdraw: { from: ['scheduled', 'published'], right: 'publish' },
  newEdition: { from: ['published'], right: 'author' },
  validity: { from: ['published', 'superseded'], right: 'publish' },
};

export function availableSteps(
  item: { state: ItemState; type: ItemType },
  may: Record<PublishingAction, boolean>,
  hasNextEdition: boolean,
): StepName[] {
  return stepNames.filter((step) => {
    const rule = stepRules[step];
    if (!rule.from.includes(item.state) || !may[rule.right]) return false;
    if (step === 'newEdition') return !hasNextEdition;
    if (step === 'validity') return item.type === 'policy';
    return true;
  });
}

function StepFields(props: { step: StepName; state: FormState }) {
  const { t } = useView();
  const { step, state } = props;
  const l = (key: string) => t(`publishingConsole.step.${key}`);
  switch (step) {
    case 'withdraw':
      return <TextField name="reason" label={l('reason')} state={state} rows={2} />;
    case 'schedule':
      return (
        <div class="text-field">
          <label for="field-scheduledAt">{l('scheduledAt')}</label>
          {state.errors.find((e) => e.field === 'scheduledAt') && (
            <p class="error-message" id="field-scheduledAt-error">
              {t('publishing.error.scheduledAt')}
            </p>
          )}
          <input
            id="field-scheduledAt"
            name="scheduledAt"
            type="datetime-local"
            value={state.values['scheduledAt'] ?? ''}
          />
        </div>
      );
    case 'validity':
      return (
        <>
          <SelectField
            name="validity"
            label={l('validityField')}
            state={state}
            options={validities.map((v) => ({
              value: v,
              label: t(`publishingConsole.validity.${v}`),
            }))}
          />
          <TextField name="replacedById" type="number" label={l('replacedBy')} state={state} />
        </>
      );
    case 'newEdition':
      return null;
    default:
      // One note field per step, so that the page's field ids stay unique.
      return (
        <TextField
          name={`${step}Note`}
          label={l(step === 'reject' ? 'rejectNote' : 'note')}
          state={state}
          rows={2}
        />
      );
  }
}

export function StepPanel(props: {
  itemId: number;
  steps: StepName[];
  forms: StepForms;
  twoPersonRule: boolean;
}) {
  const { t } = useView();
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title">{t('publishingConsole.steps.title')}</h2>
      {props.steps.length === 0 && <p>{t('publishingConsole.steps.none')}</p>}
      {props.steps.includes('approve') && props.twoPersonRule && (
        <p class="notice">{t('publishingConsole.step.twoPersonRule')}</p>
      )}
      {props.steps.map((step) => (
        <Form key={step} action={`${itemHref(props.itemId)}/steps/${step}`} class="step-form">
          <h3>{t(`publishingConsole.step.${step}`)}</h3>
          <StepFields step={step} state={props.forms[step] ?? { values: {}, errors: [] }} />
          <button type="submit">{t(`publishingConsole.step.${step}`)}</button>
        </Form>
      ))}
    </section>
  );
}
