import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import { SelectField } from './item-parts.tsx';

export interface WindowFormProps {
  /** The window edited (id, center's name), or none for a new one. */
  window?: { id: number; centerName: string; number: string };
  state: FormState;
  /** Values of the multi-valued fields (resident departments, items) as chosen. */
  chosenOrgs: string[];
  chosenItems: string[];
  centers: { code: string; name: string }[];
  orgs: { code: string; name: string }[];
  items: { code: string; name: string; orgName: string }[];
  canChange: boolean;
}

function Checkboxes(props: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  chosen: string[];
  error?: string;
}) {
  return (
    <fieldset class={props.error ? 'field field-error' : 'field'} id={`field-${props.name}`}>
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      {props.error && <p class="error-message">{props.error}</p>}
      {props.options.map((o, i) => (
        <div class="checkbox" key={o.value}>
          <input
            type="checkbox"
            id={`${props.name}-${i}`}
            name={props.name}
            value={o.value}
            checked={props.chosen.includes(o.value)}
          />
          <label for={`${props.name}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** /staff/approvals/windows/new and /:id: number, name, departments, items accepted. */
export function WindowFormPage(props: WindowFormProps) {
  const { t } = useView();
  const { state } = props;
  const title = props.window
    ? t('approvals.windows.edit.title', {
        center: props.window.centerName,
        number: props.window.number,
      })
    : t('approvals.windows.new.title');
  const action = props.window
    ? `/staff/approvals/windows/${props.window.id}`
    : '/staff/approvals/windows/new';
  const errorOf = (field: string) => {
    const e = state.errors.find((x) => x.field === field);
    return e ? t(e.message, e.vars) : undefined;
  };
  return (
    <StaffLayout title={title} system="powers">
      <p>
        <a href="/staff/approvals/windows">{t('approvals.windows.title')}</a>
      </p>
      <h1>{title}</h1>
      {!props.canChange && <p class="notice">{t('approvals.items.edit.readOnly')}</p>}
      <ErrorSummary errors={state.errors} />
      <Form action={action} class="form-page">
        {!props.window && (
          <SelectField
            name="center"
            label={t('approvals.windows.field.center')}
            value={state.values.center ?? ''}
            options={props.centers.map((c) => ({ value: c.code, label: c.name }))}
            error={errorOf('center')}
          />
        )}
        <TextField name="number" label={t('approvals.windows.field.number')} state={state} />
        <TextField name="name" label={t('approvals.windows.field.name')} state={state} />
        <TextField name="nameEn" label={t('approvals.windows.field.nameEn')} state={state} />
        <div class="checkbox">
          <input
            type="checkbox"
            id="field-active"
            name="active"
            checked={state.values.active === 'on'}
          />
          <label for="field-active">{t('approvals.windows.field.active')}</label>
        </div>
        <Checkboxes
          name="orgs"
          legend={t('approvals.windows.field.orgs')}
          options={props.orgs.map((o) => ({ value: o.code, label: o.name }))}
          chosen={props.chosenOrgs}
          error={errorOf('orgs')}
        />
        <Checkboxes
          name="items"
          legend={t('approvals.windows.field.items')}
          hint={t('approvals.windows.field.items.hint')}
          options={props.items.map((i) => ({
            value: i.code,
            label: `${i.name}（${i.orgName}，${i.code}）`,
          }))}
          chosen={props.chosenItems}
          error={errorOf('items')}
        />
        {props.canChange && <button type="submit">{t('approvals.windows.save')}</button>}
      </Form>
    </StaffLayout>
  );
}
