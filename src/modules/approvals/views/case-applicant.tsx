/** The applicant's fields and the materials checklist, for the window desk and online application. */
import {
  RadioGroup,
  TextField,
  fieldId,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';

export function ApplicantFields(props: { state: FormState }) {
  const { t } = useView();
  const { state } = props;
  return (
    <fieldset class="field-group">
      <legend>{t('approvals.cases.applicant.title')}</legend>
      <RadioGroup
        name="applicantType"
        legend={t('approvals.cases.applicant.type')}
        options={[
          { value: 'person', label: t('approvals.cases.applicantType.person') },
          { value: 'business', label: t('approvals.cases.applicantType.business') },
        ]}
        fallback="person"
        state={state}
      />
      <TextField name="name" label={t('approvals.cases.applicant.name')} state={state} />
      <TextField
        name="idNumber"
        label={t('approvals.cases.applicant.idNumber')}
        hint={t('approvals.cases.applicant.idNumberHint')}
        autocomplete="off"
        state={state}
      />
      <TextField
        name="phone"
        type="tel"
        label={t('approvals.cases.applicant.phone')}
        state={state}
      />
      <TextField name="address" label={t('approvals.cases.applicant.address')} state={state} />
      <TextField
        name="creditCode"
        label={t('approvals.cases.applicant.creditCode')}
        hint={t('approvals.cases.applicant.creditCodeHint')}
        autocomplete="off"
        state={state}
      />
    </fieldset>
  );
}

export interface MaterialChoice {
  id: number;
  name: string;
  isRequired: boolean;
}

/** One checkbox per material (`material-<id>`); a missing one's error sits beside it. */
export function MaterialChecks(props: {
  materials: MaterialChoice[];
  state: FormState;
  legend: string;
  /** Tick every box when the form is fresh (the clerk unticks what is missing). */
  allByDefault?: boolean;
}) {
  const { t } = useView();
  const fresh = Object.keys(props.state.values).length === 0;
  if (props.materials.length === 0) return null;
  return (
    <fieldset class="field checkbox-list">
      <legend>{props.legend}</legend>
      {props.materials.map((m) => {
        const name = `material-${m.id}`;
        const error = props.state.errors.find((e) => e.field === name);
        const checked = fresh ? props.allByDefault === true : props.state.values[name] === 'on';
        return (
          <div class={error ? 'checkbox field-error' : 'checkbox'} key={m.id}>
            {error && (
              <p class="error-message" id={`${fieldId(name)}-error`}>
                {t(error.message, error.vars)}
              </p>
            )}
            <input
              type="checkbox"
              id={fieldId(name)}
              name={name}
              checked={checked}
              aria-describedby={error ? `${fieldId(name)}-error` : undefined}
            />
            <label for={fieldId(name)}>
              {m.name}
              {m.isRequired ? '' : ` ${t('approvals.cases.material.optional')}`}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The ticked materials of a form's values. */
export function providedOf(values: Record<string, string>): number[] {
  return Object.entries(values)
    .filter(([key, value]) => key.startsWith('material-') && value === 'on')
    .map(([key]) => Number(key.slice('material-'.length)))
    .filter((id) => Number.isInteger(id) && id > 0);
}

/** The applicant as the services take it, from a form's values. */
export function applicantOf(values: Record<string, string>) {
  return {
    type: (values.applicantType || undefined) as 'person' | 'business',
    name: values.name ?? '',
    idNumber: values.idNumber ?? '',
    phone: values.phone ?? '',
    address: values.address ?? '',
    creditCode: values.creditCode ?? '',
  };
}

/** A service's field names back on the form's (the applicant's `type` is `applicantType`). */
export function formFieldOf(field: string): string {
  return field === 'type' ? 'applicantType' : field;
}
