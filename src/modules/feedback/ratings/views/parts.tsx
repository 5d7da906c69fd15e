import {
  Form,
  RadioGroup,
  SelectField,
  TextField,
  emptyForm,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import { callbackMethods, ratingLevels } from '../../feedback.model.ts';

/** The call-back form: for a rectification (number fixed) or any closed appeal (number typed). */
export function CallbackForm(props: { action: string; number?: string; state?: FormState }) {
  const { t } = useView();
  const state = props.state ?? emptyForm;
  const reached = ['on', 'true'].includes(state.values['reached'] ?? '');
  return (
    <Form action={props.action}>
      {props.number ? (
        <input type="hidden" name="trackingNumber" value={props.number} />
      ) : (
        <TextField name="trackingNumber" label={t('feedbackRatings.col.number')} state={state} />
      )}
      <RadioGroup
        name="method"
        legend={t('feedbackRatings.callback.method')}
        options={callbackMethods.map((m) => ({
          value: m,
          label: t(`feedbackRatings.callback.method.${m}`),
        }))}
        state={state}
      />
      <div class="checkbox">
        <input type="checkbox" id="field-reached" name="reached" value="on" checked={reached} />
        <label for="field-reached">{t('feedbackRatings.callback.reached')}</label>
      </div>
      <SelectField
        name="level"
        label={t('feedbackRatings.callback.level')}
        blank={t('feedbackRatings.callback.noLevel')}
        options={ratingLevels.map((l) => ({ value: l, label: t(`feedback.level.${l}`) }))}
        state={state}
      />
      <TextField name="note" label={t('feedbackRatings.callback.note')} rows={3} state={state} />
      <button type="submit" class="button">
        {t('feedbackRatings.callback.submit')}
      </button>
    </Form>
  );
}

export function LightTag(props: { light: string; state: string }) {
  const { t } = useView();
  if (props.state !== 'open' && props.state !== 'review_requested') return <>—</>;
  return (
    <span class={`light light-${props.light}`}>{t(`feedbackRatings.light.${props.light}`)}</span>
  );
}
