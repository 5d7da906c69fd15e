import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import { defaultLimitCaps, materialForms } from '../items.model.ts';
import type { ItemRow, MaterialRow } from '../items.queries.ts';
import { SelectField } from './item-parts.tsx';

export interface ItemFormProps {
  /** The item being edited; none for a new one. */
  item?: ItemRow;
  state: FormState;
  /** Departments the item may belong to (those the user may change). */
  orgs: { code: string; name: string }[];
  /** Every active department, for the review rows. */
  reviewOrgChoices: { code: string; name: string }[];
  materialRows: number;
  reviewRows: number;
  canChange: boolean;
  /** The current materials (with ids), for uploading their templates. */
  materials?: MaterialRow[];
}

function errorOf(
  state: FormState,
  field: string,
  t: (k: string, v?: Record<string, string | number>) => string,
) {
  const error = state.errors.find((e) => e.field === field);
  return error ? t(error.message, error.vars) : undefined;
}

function MaterialRows(props: ItemFormProps) {
  const { t } = useView();
  const { state } = props;
  const value = (key: string) => state.values[key] ?? '';
  const forms = materialForms.map((f) => ({ value: f, label: t(`approvals.items.form.${f}`) }));
  return (
    <fieldset>
      <legend>{t('approvals.items.materials')}</legend>
      <p class="hint">{t('approvals.items.material.blankHint')}</p>
      <input type="hidden" name="mRows" value={String(props.materialRows)} />
      {Array.from({ length: props.materialRows }, (_, i) => (
        <fieldset key={i} class="step-form">
          <legend>{t('approvals.items.material.n', { n: i + 1 })}</legend>
          <TextField name={`m${i}_name`} label={t('approvals.items.material.name')} state={state} />
          <SelectField
            name={`m${i}_form`}
            label={t('approvals.items.material.form')}
            value={value(`m${i}_form`) || 'original'}
            options={forms}
            error={errorOf(state, `m${i}_form`, t)}
          />
          <TextField
            name={`m${i}_copies`}
            type="number"
            label={t('approvals.items.material.copies')}
            state={{
              ...state,
              values: { ...state.values, [`m${i}_copies`]: value(`m${i}_copies`) || '1' },
            }}
          />
          <SelectField
            name={`m${i}_required`}
            label={t('approvals.items.material.required')}
            value={value(`m${i}_required`) || 'yes'}
            options={[
              { value: 'yes', label: t('approvals.items.material.required') },
              { value: 'no', label: t('approvals.items.material.optional') },
            ]}
          />
          <TextField name={`m${i}_note`} label={t('approvals.items.material.note')} state={state} />
          <input type="hidden" name={`m${i}_template`} value={value(`m${i}_template`)} />
        </fieldset>
      ))}
    </fieldset>
  );
}

function ReviewRows(props: ItemFormProps) {
  const { t } = useView();
  const { state } = props;
  const orgs = props.reviewOrgChoices.map((o) => ({ value: o.code, label: o.name }));
  return (
    <fieldset>
      <legend>{t('approvals.items.reviewOrgs')}</legend>
      <p class="hint">{t('approvals.items.reviewOrgs.hint')}</p>
      <input type="hidden" name="rRows" value={String(props.reviewRows)} />
      {Array.from({ length: props.reviewRows }, (_, i) => (
        <fieldset key={i} class="step-form">
          <legend>{t('approvals.items.reviewOrg.n', { n: i + 1 })}</legend>
          <SelectField
            name={`r${i}_org`}
            label={t('approvals.items.reviewOrg.org')}
            value={state.values[`r${i}_org`] ?? ''}
            empty={t('approvals.items.reviewOrg.none')}
            options={orgs}
            error={errorOf(state, `r${i}_org`, t)}
          />
          <TextField
            name={`r${i}_days`}
            type="number"
            label={t('approvals.items.reviewOrg.days')}
            state={state}
          />
        </fieldset>
      ))}
    </fieldset>
  );
}

function GuideFields(props: ItemFormProps) {
  const { t } = useView();
  const { state, item } = props;
  return (
    <>
      {item ? (
        <input type="hidden" name="code" value={item.code} />
      ) : (
        <TextField
          name="code"
          label={t('approvals.items.field.code')}
          hint={t('approvals.items.field.code.hint')}
          state={state}
        />
      )}
      <TextField name="name" label={t('approvals.items.field.name')} state={state} />
      <TextField name="nameEn" label={t('approvals.items.field.nameEn')} state={state} />
      <SelectField
        name="org"
        label={t('approvals.items.field.org')}
        value={state.values.org ?? ''}
        empty=""
        options={props.orgs.map((o) => ({ value: o.code, label: o.name }))}
        error={errorOf(state, 'org', t)}
      />
      <TextField name="basis" rows={3} label={t('approvals.items.field.basis')} state={state} />
      <TextField
        name="conditions"
        rows={3}
        label={t('approvals.items.field.conditions')}
        state={state}
      />
      <TextField
        name="statutoryDays"
        type="number"
        label={t('approvals.items.field.statutoryDays')}
        hint={t(
          'approvals.items.field.statutoryDays.hint',
          defaultLimitCaps as unknown as Record<string, number>,
        )}
        state={state}
      />
      <TextField
        name="promisedDays"
        type="number"
        label={t('approvals.items.field.promisedDays')}
        hint={t('approvals.items.field.promisedDays.hint')}
        state={state}
      />
      <TextField
        name="fee"
        label={t('approvals.items.field.fee')}
        hint={t('approvals.items.field.fee.hint')}
        state={state}
      />
      <TextField
        name="feeBasis"
        rows={2}
        label={t('approvals.items.field.feeBasis')}
        state={state}
      />
      <TextField name="place" label={t('approvals.items.field.place')} state={state} />
      <TextField name="hours" label={t('approvals.items.field.hours')} state={state} />
      <TextField name="phone" type="tel" label={t('approvals.items.field.phone')} state={state} />
      <TextField name="flow" rows={3} label={t('approvals.items.field.flow')} state={state} />
      <div class="checkbox">
        <input
          type="checkbox"
          id="field-online"
          name="online"
          checked={state.values.online === 'on'}
        />
        <label for="field-online">{t('approvals.items.field.online')}</label>
      </div>
      <TextField
        name="powers"
        label={t('approvals.items.field.powers')}
        hint={t('approvals.items.field.powers.hint')}
        state={state}
      />
    </>
  );
}

function TemplateForms(props: { item: ItemRow; materials: MaterialRow[]; state: FormState }) {
  const { t, csrfToken } = useView();
  const base = `/staff/approvals/items/${encodeURIComponent(props.item.code)}/materials`;
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('approvals.items.material.template')}</h2>
      {props.materials.map((m, i) => (
        <form
          key={m.id}
          method="post"
          class="inline-form"
          encType="multipart/form-data"
          action={`${base}/${m.id}/template?_csrf=${encodeURIComponent(csrfToken)}`}
        >
          <label for={`field-template-${m.id}`}>
            {t('approvals.items.template.file', { n: i + 1 })}：{m.name}
          </label>
          {m.templateFileId !== null && (
            <a href={`/services/guides/${encodeURIComponent(props.item.code)}/templates/${m.id}`}>
              {t('approvals.items.template.current')}
            </a>
          )}
          {errorOf(props.state, `template-${m.id}`, t) && (
            <p class="error-message" id={`field-template-${m.id}-error`}>
              {errorOf(props.state, `template-${m.id}`, t)}
            </p>
          )}
          <input
            type="file"
            id={`field-template-${m.id}`}
            name="file"
            accept="application/pdf,.pdf"
            aria-describedby={
              errorOf(props.state, `template-${m.id}`, t)
                ? `field-template-${m.id}-error`
                : undefined
            }
          />
          <button type="submit">{t('approvals.items.template.upload')}</button>
        </form>
      ))}
    </section>
  );
}

/** /staff/approvals/items/new and /staff/approvals/items/:code: the whole guide as one form. */
export function ItemFormPage(props: ItemFormProps) {
  const { t } = useView();
  const { item, state } = props;
  const title = item
    ? t('approvals.items.edit.title', { name: item.name })
    : t('approvals.items.new.title');
  const action = item
    ? `/staff/approvals/items/${encodeURIComponent(item.code)}`
    : '/staff/approvals/items/new';
  return (
    <StaffLayout title={title} system="powers">
      <p>
        <a href="/staff/approvals/items">{t('approvals.items.list.title')}</a>
      </p>
      <h1>{title}</h1>
      {item && (
        <ul class="action-links">
          <li>{t('approvals.items.edit.version', { version: item.version })}</li>
          <li>
            <a href={`${action}/versions`}>{t('approvals.items.edit.versions')}</a>
          </li>
          {item.status === 'active' && (
            <li>
              <a href={`/services/guides/${encodeURIComponent(item.code)}`}>
                {t('approvals.items.edit.guide')}
              </a>
            </li>
          )}
        </ul>
      )}
      {item?.status === 'retired' && <p class="notice">{t('approvals.items.retired')}</p>}
      {!props.canChange && <p class="notice">{t('approvals.items.edit.readOnly')}</p>}
      <ErrorSummary errors={state.errors} />
      <Form action={action} class="form-page">
        <GuideFields {...props} />
        <MaterialRows {...props} />
        <ReviewRows {...props} />
        {item && <TextField name="note" label={t('approvals.items.field.note')} state={state} />}
        {props.canChange && (
          <p>
            <button type="submit" name="intent" value="save">
              {item ? t('approvals.items.save') : t('approvals.items.create')}
            </button>{' '}
            <button type="submit" name="intent" value="addRows" class="link-button">
              {t('approvals.items.addRows')}
            </button>
          </p>
        )}
      </Form>
      {item && props.canChange && props.materials && props.materials.length > 0 && (
        <TemplateForms item={item} materials={props.materials} state={state} />
      )}
      {item && props.canChange && item.status === 'active' && (
        <Form action={`${action}/retire`} class="step-form">
          <TextField
            name="retireNote"
            label={t('approvals.items.retire.note')}
            state={{ values: {}, errors: [] }}
          />
          <button type="submit">{t('approvals.items.retire')}</button>
        </Form>
      )}
    </StaffLayout>
  );
}
