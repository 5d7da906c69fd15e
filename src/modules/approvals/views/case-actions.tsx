/**
 * The forms of a case's next steps, as the state and the reader's role allow. Each posts to
 * /staff/approvals/cases/:n/<step>; fields are named `<step>_<field>` so that every id on the page
 * is unique. Acceptance, notice and the instant path share one materials form.
 */
import { combinedRegistrationItemCode } from '../licences.model.ts';
import type { ComponentChildren } from 'preact';
import {
  Form,
  RadioGroup,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import type { StaffCase } from '../case-read.service.ts';
import type { CaseStep } from '../cases.model.ts';
import { MaterialChecks } from './case-applicant.tsx';
import { caseHref } from './case-parts.tsx';

export type ActionStates = Partial<Record<string, FormState>>;

const empty: FormState = { values: {}, errors: [] };

function StepForm(props: {
  data: StaffCase;
  step: string;
  title: string;
  button: string;
  children?: ComponentChildren;
}) {
  return (
    <section class="step-form" aria-labelledby={`step-${props.step}`}>
      <h3 id={`step-${props.step}`}>{props.title}</h3>
      <Form action={`${caseHref(props.data.row.trackingNumber)}/${props.step}`}>
        {props.children}
        <button type="submit" class="button" id={`field-${props.step}`}>
          {props.button}
        </button>
      </Form>
    </section>
  );
}

function ReasonFields(props: { step: string; state: FormState; basis?: boolean }) {
  const { t } = useView();
  return (
    <>
      <TextField
        name={`${props.step}_reason`}
        rows={3}
        label={t('approvals.cases.field.reason')}
        state={props.state}
      />
      {props.basis && (
        <TextField
          name={`${props.step}_legalBasis`}
          label={t('approvals.cases.field.legalBasis')}
          state={props.state}
        />
      )}
    </>
  );
}

/** Accept / notice / accept-and-complete over the materials checklist (state submitted or notice). */
function MaterialsForm(props: { data: StaffCase; state: FormState }) {
  const { t } = useView();
  const { data, state } = props;
  const { row, actions } = data;
  const values = Object.keys(state.values).length
    ? state.values
    : Object.fromEntries(
        data.materials.map((m) => [`material-${m.materialId}`, m.provided ? 'on' : '']),
      );
  const materialsState = { values, errors: state.errors };
  const resubmit = row.state === 'notice';
  return (
    <section class="step-form" aria-labelledby="step-materials">
      <h3 id="step-materials">{t('approvals.cases.action.materials')}</h3>
      <Form action={`${caseHref(row.trackingNumber)}/materials`}>
        <MaterialChecks
          materials={data.materials.map((m) => ({
            id: m.materialId,
            name: m.name,
            isRequired: m.isRequired,
          }))}
          state={materialsState}
          legend={t('approvals.desk.materials')}
        />
        <div class="button-row" id="field-materials">
          {resubmit ? (
            <button type="submit" name="step" value="resubmit" class="button">
              {t('approvals.cases.action.resubmit')}
            </button>
          ) : (
            <>
              {actions.includes('acceptAndComplete') && (
                <button
                  type="submit"
                  name="step"
                  value="acceptAndComplete"
                  class="button button-primary"
                >
                  {t('approvals.desk.acceptAndComplete')}
                </button>
              )}
              {actions.includes('accept') && (
                <button type="submit" name="step" value="accept" class="button">
                  {t('approvals.desk.accept')}
                </button>
              )}
              {actions.includes('notice') && (
                <button type="submit" name="step" value="notice" class="button button-secondary">
                  {t('approvals.desk.notice')}
                </button>
              )}
            </>
          )}
        </div>
      </Form>
    </section>
  );
}

export function CaseActions(props: { data: StaffCase; forms: ActionStates }) {
  const { t } = useView();
  const { data, forms } = props;
  const has = (step: CaseStep) => data.actions.includes(step);
  const state = (step: string) => forms[step] ?? empty;
  const showMaterials =
    has('accept') || has('notice') || has('resubmit') || has('acceptAndComplete');
  return (
    <>
      {showMaterials && <MaterialsForm data={data} state={state('materials')} />}
      {has('startReview') && (
        <StepForm
          data={data}
          step="startReview"
          title={t('approvals.cases.action.startReview')}
          button={t('approvals.cases.action.startReview')}
        />
      )}
      {data.reviews
        .filter((r) => r.canGiveOpinion)
        .map((review) => {
          const step = `opinion-${review.orgCode}`;
          return (
            <StepForm
              key={review.id}
              data={data}
              step={step}
              title={t('approvals.cases.action.opinion', { org: review.orgName })}
              button={t('approvals.cases.action.giveOpinion')}
            >
              <RadioGroup
                name={`${step}_approve`}
                legend={t('approvals.cases.field.opinionResult')}
                options={[
                  { value: 'yes', label: t('approvals.cases.review.approved') },
                  { value: 'no', label: t('approvals.cases.review.denied') },
                ]}
                fallback="yes"
                state={state(step)}
              />
              <TextField
                name={`${step}_opinion`}
                rows={3}
                label={t('approvals.cases.field.opinion')}
                state={state(step)}
              />
            </StepForm>
          );
        })}
      {has('decide') && (
        <StepForm
          data={data}
          step="decide"
          title={t('approvals.cases.action.decide')}
          button={t('approvals.cases.action.decide')}
        >
          <RadioGroup
            name="decide_decision"
            legend={t('approvals.cases.field.decision')}
            options={[
              { value: 'approved', label: t('approvals.cases.decision.approved') },
              { value: 'denied', label: t('approvals.cases.decision.denied') },
            ]}
            fallback="approved"
            state={state('decide')}
          />
          <ReasonFields step="decide" state={state('decide')} />
        </StepForm>
      )}
      {has('issue') && (
        <StepForm
          data={data}
          step="issue"
          title={t('approvals.cases.action.issue')}
          button={t('approvals.cases.action.issue')}
        >
          {data.row.itemCode === combinedRegistrationItemCode ? (
            <p>{t('approvals.cases.issue.licenceCode')}</p>
          ) : (
            <TextField
              name="issue_certificateNumber"
              label={t('approvals.cases.field.certificateNumber')}
              state={state('issue')}
            />
          )}
        </StepForm>
      )}
      {has('complete') && (
        <StepForm
          data={data}
          step="complete"
          title={t('approvals.cases.action.complete')}
          button={t('approvals.cases.action.complete')}
        />
      )}
      {has('extend') && (
        <StepForm
          data={data}
          step="extend"
          title={t('approvals.cases.action.extend')}
          button={t('approvals.cases.action.extend')}
        >
          <TextField
            name="extend_days"
            type="number"
            label={t('approvals.cases.field.days')}
            state={state('extend')}
          />
          <TextField
            name="extend_approver"
            label={t('approvals.cases.field.approver')}
            state={state('extend')}
          />
          <ReasonFields step="extend" state={state('extend')} />
        </StepForm>
      )}
      {has('refuse') && (
        <StepForm
          data={data}
          step="refuse"
          title={t('approvals.desk.refuseTitle')}
          button={t('approvals.desk.refuse')}
        >
          <ReasonFields step="refuse" state={state('refuse')} basis />
        </StepForm>
      )}
      {has('return') && (
        <StepForm
          data={data}
          step="return"
          title={t('approvals.cases.action.return')}
          button={t('approvals.cases.action.return')}
        >
          <ReasonFields step="return" state={state('return')} basis />
        </StepForm>
      )}
      {has('withdraw') && (
        <StepForm
          data={data}
          step="withdraw"
          title={t('approvals.cases.action.withdraw')}
          button={t('approvals.cases.action.withdraw')}
        >
          <ReasonFields step="withdraw" state={state('withdraw')} />
        </StepForm>
      )}
    </>
  );
}
