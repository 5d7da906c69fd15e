import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import { powerLevels } from '../powers.model.ts';
import type { OrgOption, Power } from '../powers.queries.ts';
import { categoryOptions, orgName, SelectField } from './parts.tsx';
import { staffPowerHref } from './staff-catalog.page.tsx';

export type PowerFormMode = 'new' | 'amend' | 'cancel' | 'delegate';

/** The fields every version states (RULES.md §8.2). */
function ContentFields(props: { state: FormState; orgs: OrgOption[]; withCode: boolean }) {
  const { t, locale } = useView();
  const { state } = props;
  return (
    <>
      {props.withCode && (
        <TextField
          name="code"
          label={t('powersStaff.field.code')}
          hint={t('powersStaff.field.codeHint')}
          state={state}
          autocomplete="off"
        />
      )}
      <SelectField
        name="category"
        label={t('powersStaff.field.category')}
        state={state}
        options={categoryOptions(t)}
      />
      <TextField name="name" label={t('powersStaff.field.name')} state={state} />
      <TextField
        name="basis"
        label={t('powersStaff.field.basis')}
        hint={t('powersStaff.field.basisHint')}
        state={state}
        rows={4}
      />
      <SelectField
        name="orgCode"
        label={t('powersStaff.field.orgCode')}
        state={state}
        blank={t('powersStaff.choose')}
        options={props.orgs.map((o) => ({ value: o.code, label: orgName(o, locale) }))}
      />
      <SelectField
        name="level"
        label={t('powersStaff.field.level')}
        state={state}
        options={powerLevels.map((l) => ({ value: l, label: t(`powers.level.${l}`) }))}
      />
      <TextField
        name="responsibilities"
        label={t('powersStaff.field.responsibilities')}
        hint={t('powersStaff.field.responsibilitiesHint')}
        state={state}
        rows={8}
      />
      <TextField
        name="accountability"
        label={t('powersStaff.field.accountability')}
        hint={t('powersStaff.field.accountabilityHint')}
        state={state}
        rows={4}
      />
      <TextField
        name="supervisionPhone"
        type="tel"
        label={t('powersStaff.field.supervisionPhone')}
        state={state}
      />
      <TextField name="note" label={t('powersStaff.field.note')} state={state} rows={2} />
    </>
  );
}

/** The decision an adjustment records: 文号, date, note. */
function DecisionFields(props: { state: FormState }) {
  const { t } = useView();
  return (
    <>
      <TextField
        name="documentNumber"
        label={t('powersStaff.field.documentNumber')}
        hint={t('powersStaff.field.documentNumberHint')}
        state={props.state}
      />
      <TextField
        name="adoptedOn"
        type="date"
        label={t('powersStaff.field.adoptedOn')}
        hint={t('powersStaff.field.adoptedOnHint')}
        state={props.state}
      />
      <TextField
        name="adjustmentNote"
        label={t('powersStaff.field.adjustmentNote')}
        state={props.state}
        rows={2}
      />
    </>
  );
}

const titles: Record<PowerFormMode, string> = {
  new: 'powersStaff.new.title',
  amend: 'powersStaff.amend.title',
  cancel: 'powersStaff.cancel.title',
  delegate: 'powersStaff.delegate.title',
};

/** Adding a power (after choosing its category), or one adjustment of an existing power. */
export function PowerFormPage(props: {
  mode: PowerFormMode;
  state: FormState;
  orgs: OrgOption[];
  power?: Power;
  /** New: the category chosen, whose stages fill the form; absent: choose it first. */
  category?: string;
}) {
  const { t } = useView();
  const { mode, power, state } = props;
  const title = t(titles[mode]);
  const action = power ? `${staffPowerHref(power.code)}/${mode}` : '/staff/powers/catalog/new';
  return (
    <StaffLayout title={power ? `${title}：${power.name}` : title} system="powers">
      <div class="form-page">
        <ErrorSummary errors={state.errors} />
        <p>
          <a href={power ? staffPowerHref(power.code) : '/staff/powers/catalog'}>
            {power ? power.name : t('powersStaff.catalog.title')}
          </a>
        </p>
        <h1>{title}</h1>
        {power && <p lang="zh-CN">{`${power.code} ${power.name}`}</p>}
        {mode === 'new' && !props.category ? (
          <>
            <p>{t('powersStaff.new.intro')}</p>
            <form method="get" action="/staff/powers/catalog/new">
              <SelectField
                name="category"
                label={t('powersStaff.field.category')}
                state={state}
                options={categoryOptions(t)}
              />
              <button type="submit" class="button">
                {t('powersStaff.new.chooseCategory')}
              </button>
            </form>
          </>
        ) : (
          <Form action={action}>
            {mode === 'cancel' && <p>{t('powersStaff.cancel.intro')}</p>}
            {mode === 'delegate' && <p>{t('powersStaff.delegate.intro')}</p>}
            {(mode === 'new' || mode === 'amend') && (
              <ContentFields state={state} orgs={props.orgs} withCode={mode === 'new'} />
            )}
            <DecisionFields state={state} />
            <button type="submit" class="button">
              {t(mode === 'new' ? 'powersStaff.new.submit' : `powersStaff.${mode}.submit`)}
            </button>
          </Form>
        )}
      </div>
    </StaffLayout>
  );
}
