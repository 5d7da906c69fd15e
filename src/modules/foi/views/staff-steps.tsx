/** The handling steps on a request's page: one small form per step its state allows. */
import type { ComponentChildren } from 'preact';
import {
  fieldId,
  Form,
  RadioGroup,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import type { ClockView } from '../../deadlines/index.ts';
import type { OrgChoice, StaffRequestRow } from '../foi-ledger.queries.ts';
import { stepNames, steps, type StepName } from '../foi-ledger.schemas.ts';
import type { RequestState } from '../foi.model.ts';
import { requestHref } from './staff-ledger.page.tsx';
import { orgOptions, outcomeOptions, SelectField } from './staff-fields.tsx';

export type StepStates = Partial<Record<StepName, FormState>>;

const handling: RequestState[] = ['open', 'awaiting_correction', 'consulting', 'awaiting_fee'];

/** Whether the request's state (and its clock, for the one extension of 条例第33条) allows the step. */
export function isStepAllowed(step: StepName, request: StaffRequestRow, view: ClockView): boolean {
  const { state } = request;
  switch (step) {
    case 'assign':
    case 'reply':
      return handling.includes(state);
    case 'correctionNotice':
      return state === 'open' && request.correctionNoticedOn === null;
    case 'correctionReceived':
      return state === 'awaiting_correction';
    case 'consultationStart':
    case 'feeNotice':
      return state === 'open';
    case 'consultationEnd':
      return state === 'consulting';
    case 'extend':
      return (
        (state === 'open' || state === 'consulting') &&
        view.extensions.length < view.rule.maxExtensions
      );
    case 'feePaid':
      return state === 'awaiting_fee';
    case 'deliver':
      return state === 'replied';
    case 'archive':
      return state === 'delivered';
  }
}

/** A fresh form of the step: dates default to today, the org select to the request's org. */
function initialState(step: StepName, request: StaffRequestRow, today: string): FormState {
  const values: Record<string, string> =
    step === 'assign' ? { assignOrg: request.orgCode } : { [`${steps[step].prefix}On`]: today };
  return { values, errors: [] };
}

function StepFields(props: { step: StepName; state: FormState; orgs: OrgChoice[] }) {
  const { t, locale } = useView();
  const { state } = props;
  const date = (name: string, label = 'foiStaff.step.on') => (
    <TextField name={name} type="date" label={t(label)} state={state} />
  );
  switch (props.step) {
    case 'assign':
      return (
        <SelectField
          name="assignOrg"
          label={t('foiStaff.step.assignOrg')}
          state={state}
          options={orgOptions(props.orgs, locale)}
        />
      );
    case 'correctionNotice':
      return (
        <>
          {date('correctionOn')}
          <TextField
            name="correctionNote"
            label={t('foiStaff.step.correctionNote')}
            rows={3}
            state={state}
          />
        </>
      );
    case 'correctionReceived':
      return date('correctedOn');
    case 'consultationStart':
      return (
        <>
          {date('consultOn')}
          <RadioGroup
            name="consultParty"
            legend={t('foiStaff.step.consultParty')}
            options={['third_party', 'other_agency'].map((p) => ({
              value: p,
              label: t(`foiStaff.party.${p}`),
            }))}
            state={state}
          />
        </>
      );
    case 'consultationEnd':
      return date('consultEndOn');
    case 'extend':
      return (
        <>
          {date('extendOn')}
          <TextField
            name="extendDays"
            type="number"
            label={t('foiStaff.step.extendDays')}
            hint={t('foiStaff.step.extendDaysHint')}
            state={state}
          />
          <TextField name="extendApprover" label={t('foiStaff.step.approver')} state={state} />
          <TextField name="extendReason" label={t('foiStaff.step.reason')} rows={2} state={state} />
        </>
      );
    case 'feeNotice':
      return (
        <>
          {date('feeOn')}
          <RadioGroup
            name="feeBasis"
            legend={t('foiStaff.step.feeBasis')}
            options={['perCase', 'perVolume'].map((b) => ({
              value: b,
              label: t(`foiStaff.fee.${b}`),
            }))}
            state={state}
          />
          <TextField
            name="feeUnits"
            type="number"
            label={t('foiStaff.step.feeUnits')}
            hint={t('foiStaff.step.feeUnitsHint')}
            state={state}
          />
        </>
      );
    case 'feePaid':
      return date('feePaidOn');
    case 'reply':
      return (
        <>
          {date('replyOn')}
          <SelectField
            name="replyOutcome"
            label={t('foiStaff.step.outcome')}
            state={state}
            blank={t('foiStaff.choose')}
            options={outcomeOptions()}
          />
          <TextField
            name="replyLegalBasis"
            label={t('foiStaff.step.legalBasis')}
            hint={t('foiStaff.step.legalBasisHint')}
            state={state}
          />
          <TextField name="replyText" label={t('foiStaff.step.replyText')} rows={5} state={state} />
        </>
      );
    case 'deliver':
      return (
        <>
          {date('deliverOn')}
          <TextField
            name="deliverMethod"
            label={t('foiStaff.step.method')}
            hint={t('foiStaff.step.methodHint')}
            state={state}
          />
        </>
      );
    case 'archive':
      return (
        <>
          {date('archiveOn')}
          <TextField name="archiveNumber" label={t('foiStaff.step.archiveNumber')} state={state} />
        </>
      );
  }
}

/** A GET form that reopens the page with the reply step holding a draft 答复书 for the outcome. */
function DraftForm(props: { href: string; state: FormState }) {
  const { t } = useView();
  const draft: FormState = {
    values: {
      draftOutcome: props.state.values.replyOutcome ?? '',
      draftBasis: props.state.values.replyLegalBasis ?? '',
    },
    errors: [],
  };
  return (
    <form method="get" action={props.href} class="draft-form">
      <p class="hint">{t('foiStaff.draft.hint')}</p>
      <SelectField
        name="draftOutcome"
        label={t('foiStaff.draft.outcome')}
        state={draft}
        blank={t('foiStaff.choose')}
        options={outcomeOptions()}
      />
      <TextField name="draftBasis" label={t('foiStaff.draft.basis')} state={draft} />
      <button type="submit" class="button">
        {t('foiStaff.draft.submit')}
      </button>
    </form>
  );
}

/** A step, folded until opened (or until it comes back with a problem) so the page stays short. */
function StepSection(props: {
  step: StepName;
  open: boolean;
  error?: string;
  children?: ComponentChildren;
}) {
  const { t } = useView();
  const id = fieldId(props.step);
  return (
    <section class="step-form" aria-labelledby={id}>
      <details open={props.open}>
        <summary>
          {/* The id lets the error summary link here for errors of the whole step. */}
          <h3 id={id} tabIndex={-1}>
            {t(`foiStaff.step.${props.step}`)}
          </h3>
        </summary>
        {props.error && <p class="error-message">{t(props.error)}</p>}
        {props.children}
      </details>
    </section>
  );
}

/** The forms of the steps the state allows; a refused step keeps its section to say why. */
export function StepForms(props: {
  request: StaffRequestRow;
  view: ClockView;
  orgs: OrgChoice[];
  forms: StepStates;
  today: string;
}) {
  const { t } = useView();
  const { request } = props;
  const href = requestHref(request.trackingNumber);
  const shown = stepNames.filter(
    (step) => props.forms[step] || isStepAllowed(step, request, props.view),
  );
  if (shown.length === 0) return <p class="notice">{t('foiStaff.steps.none')}</p>;
  return (
    <>
      {shown.map((step) => {
        const state = props.forms[step] ?? initialState(step, request, props.today);
        const error = state.errors.find((e) => e.field === step)?.message;
        return (
          <StepSection key={step} step={step} error={error} open={props.forms[step] !== undefined}>
            <p class="hint">{t(`foiStaff.step.${step}.intro`)}</p>
            {step === 'reply' && isStepAllowed(step, request, props.view) && (
              <DraftForm href={href} state={state} />
            )}
            {isStepAllowed(step, request, props.view) && (
              <Form action={`${href}/${steps[step].segment}`}>
                <StepFields step={step} state={state} orgs={props.orgs} />
                <button type="submit" class="button">
                  {t(`foiStaff.step.${step}.submit`)}
                </button>
              </Form>
            )}
          </StepSection>
        );
      })}
    </>
  );
}
