/** /staff/feedback/rectifications/:id: the rating, the clock, and one form per next step. */
import {
  ErrorSummary,
  Form,
  RadioGroup,
  StaffLayout,
  TextField,
  emptyForm,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import type { CallbackRow, RectificationRow } from '../rectifications.queries.ts';
import { CallbackForm, LightTag } from './parts.tsx';

export type RectificationForms = Partial<
  Record<'rectify' | 'review' | 'decide' | 'callback', FormState>
>;

function Callbacks(props: { rows: CallbackRow[] }) {
  const { t } = useView();
  if (props.rows.length === 0) return <p>{t('feedbackRatings.none')}</p>;
  return (
    <table class="data-table">
      <caption>{t('feedbackRatings.callbacks.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('feedbackRatings.callback.at')}</th>
          <th scope="col">{t('feedbackRatings.callback.method')}</th>
          <th scope="col">{t('feedbackRatings.callback.reached')}</th>
          <th scope="col">{t('feedbackRatings.callback.level')}</th>
          <th scope="col">{t('feedbackRatings.callback.note')}</th>
          <th scope="col">{t('feedbackRatings.callback.by')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, i) => (
          <tr key={i}>
            <td>{new Date(row.at).toISOString().slice(0, 10)}</td>
            <td>{t(`feedbackRatings.callback.method.${row.method}`)}</td>
            <td>
              {t(row.reached ? 'feedbackRatings.callback.yes' : 'feedbackRatings.callback.no')}
            </td>
            <td>{row.level ? t(`feedback.level.${row.level}`) : '—'}</td>
            <td>{row.note}</td>
            <td>{row.byName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RectificationPage(props: {
  rect: RectificationRow & { callbacks: CallbackRow[] };
  canHandle: boolean;
  canDecide: boolean;
  forms?: RectificationForms;
  saved?: boolean;
}) {
  const { t } = useView();
  const { rect } = props;
  const forms = props.forms ?? {};
  const base = `/staff/feedback/rectifications/${rect.id}`;
  const errors = Object.values(forms).flatMap((f) => f?.errors ?? []);
  const title = t('feedbackRatings.detail.title', { number: rect.trackingNumber });
  return (
    <StaffLayout title={title} system="feedback">
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      {props.saved && (
        <p class="notice" role="status">
          {t('feedbackRatings.saved')}
        </p>
      )}
      <table class="data-table">
        <tbody>
          <tr>
            <th scope="row">{t('feedbackRatings.col.number')}</th>
            <td>
              <a href={`/staff/feedback/appeals/${rect.trackingNumber}`}>{rect.trackingNumber}</a>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('feedbackRatings.col.subject')}</th>
            <td>{rect.subject}</td>
          </tr>
          <tr>
            <th scope="row">{t('feedbackRatings.col.org')}</th>
            <td>{rect.orgName}</td>
          </tr>
          <tr>
            <th scope="row">{t('feedbackRatings.col.level')}</th>
            <td>{t(`feedback.level.${rect.level}`)}</td>
          </tr>
          <tr>
            <th scope="row">{t('feedbackRatings.detail.comment')}</th>
            <td>{rect.comment || '—'}</td>
          </tr>
          <tr>
            <th scope="row">{t('feedbackRatings.col.state')}</th>
            <td>{t(`feedbackRatings.state.${rect.state}`)}</td>
          </tr>
          <tr>
            <th scope="row">{t('feedbackRatings.col.dueOn')}</th>
            <td>
              {rect.dueOn ?? '—'} <LightTag light={rect.light} state={rect.state} />
            </td>
          </tr>
          {rect.finding && (
            <tr>
              <th scope="row">{t('feedbackRatings.detail.finding')}</th>
              <td>{rect.finding}</td>
            </tr>
          )}
          {rect.action && (
            <tr>
              <th scope="row">{t('feedbackRatings.detail.action')}</th>
              <td>{rect.action}</td>
            </tr>
          )}
        </tbody>
      </table>
      {props.canHandle && rect.state === 'open' && (
        <>
          <section aria-labelledby="rectify-title">
            <h2 id="rectify-title">{t('feedbackRatings.rectify.title')}</h2>
            <Form action={`${base}/rectify`}>
              <TextField
                name="finding"
                label={t('feedbackRatings.detail.finding')}
                rows={3}
                state={forms.rectify ?? emptyForm}
              />
              <TextField
                name="action"
                label={t('feedbackRatings.detail.action')}
                rows={3}
                state={forms.rectify ?? emptyForm}
              />
              <button type="submit" class="button">
                {t('feedbackRatings.rectify.submit')}
              </button>
            </Form>
          </section>
          <section aria-labelledby="review-title">
            <h2 id="review-title">{t('feedbackRatings.review.title')}</h2>
            <p>{t('feedbackRatings.review.hint')}</p>
            <Form action={`${base}/review`}>
              <TextField
                name="reason"
                label={t('feedbackRatings.review.reason')}
                rows={3}
                state={forms.review ?? emptyForm}
              />
              <button type="submit" class="button secondary">
                {t('feedbackRatings.review.submit')}
              </button>
            </Form>
          </section>
        </>
      )}
      {props.canDecide && rect.state === 'review_requested' && (
        <section aria-labelledby="decide-title">
          <h2 id="decide-title">{t('feedbackRatings.decide.title')}</h2>
          <Form action={`${base}/decide`}>
            <RadioGroup
              name="decision"
              legend={t('feedbackRatings.decide.title')}
              options={[
                { value: 'dismiss', label: t('feedbackRatings.decide.dismiss') },
                { value: 'reopen', label: t('feedbackRatings.decide.reopen') },
              ]}
              state={forms.decide ?? emptyForm}
            />
            <TextField
              name="note"
              label={t('feedbackRatings.decide.note')}
              rows={2}
              state={forms.decide ?? emptyForm}
            />
            <button type="submit" class="button">
              {t('feedbackRatings.decide.submit')}
            </button>
          </Form>
        </section>
      )}
      <h2>{t('feedbackRatings.callbacks.title')}</h2>
      <Callbacks rows={rect.callbacks} />
      {props.canHandle && (
        <section aria-labelledby="callback-title">
          <h2 id="callback-title">{t('feedbackRatings.callbacks.add')}</h2>
          <CallbackForm
            action={`${base}/callbacks`}
            number={rect.trackingNumber}
            state={forms.callback}
          />
        </section>
      )}
    </StaffLayout>
  );
}
