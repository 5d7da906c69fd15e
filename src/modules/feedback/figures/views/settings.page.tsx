import type { Translate } from '../../../../platform/i18n/index.ts';
import {
  ErrorSummary,
  Form,
  RadioGroup,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import { appealKinds, ratingLevels } from '../../feedback.model.ts';

const dayFields = [
  'maxExtensions',
  'extensionMaxDays',
  'transferReturnDays',
  'rectificationDays',
  'reopenDays',
] as const;

/** The label of a field of the form (also names the field in its error message). */
export function settingsLabel(t: Translate, field: string): string {
  const [prefix, ...rest] = field.split('_');
  const key = rest.join('_');
  if (prefix === 'reply') {
    return t('feedbackFigures.settings.replyDays', { kind: t(`feedback.kind.${key}`) });
  }
  if (prefix === 'complete') {
    return t('feedbackFigures.settings.completeDays', { kind: t(`feedback.kind.${key}`) });
  }
  if (prefix === 'star') {
    return t('feedbackFigures.settings.star', { level: t(`feedback.level.${key}`) });
  }
  return t(`feedbackFigures.settings.${field}`);
}

/** /staff/feedback/settings: every FeedbackSettings field. */
export function FeedbackSettingsPage(props: { form: FormState; saved: boolean }) {
  const { t } = useView();
  const form = {
    ...props.form,
    errors: props.form.errors.map((e) => ({ ...e, vars: { field: settingsLabel(t, e.field) } })),
  };
  const number = (name: string) => (
    <TextField key={name} name={name} label={settingsLabel(t, name)} type="number" state={form} />
  );
  return (
    <StaffLayout title={t('feedbackFigures.settings.title')} system="feedback">
      <h1>{t('feedbackFigures.settings.title')}</h1>
      <p>{t('feedbackFigures.settings.intro')}</p>
      {props.saved && <p role="status">{t('feedbackFigures.settings.saved')}</p>}
      <Form action="/staff/feedback/settings">
        <ErrorSummary errors={form.errors} />
        <fieldset>
          <legend>{t('feedbackFigures.settings.limits')}</legend>
          {appealKinds.flatMap((kind) => [number(`reply_${kind}`), number(`complete_${kind}`)])}
        </fieldset>
        {dayFields.map(number)}
        <RadioGroup
          name="satisfaction"
          legend={t('feedbackFigures.settings.satisfaction')}
          state={form}
          options={['broad', 'strict'].map((v) => ({
            value: v,
            label: t(`feedbackFigures.settings.satisfaction.${v}`),
          }))}
        />
        <fieldset>
          <legend>{t('feedbackFigures.settings.stars')}</legend>
          {ratingLevels.map((level) => number(`star_${level}`))}
        </fieldset>
        <RadioGroup
          name="dutyRule"
          legend={t('feedbackFigures.settings.dutyRule')}
          state={form}
          options={['signin_and_no_overdue', 'signin'].map((v) => ({
            value: v,
            label: t(`feedbackFigures.settings.dutyRule.${v}`),
          }))}
        />
        {number('perAddressPerHour')}
        {number('perContactPerDay')}
        <TextField
          name="dispatchOrgCode"
          label={t('feedbackFigures.settings.dispatchOrgCode')}
          state={form}
        />
        <button type="submit">{t('feedbackFigures.settings.save')}</button>
      </Form>
    </StaffLayout>
  );
}
