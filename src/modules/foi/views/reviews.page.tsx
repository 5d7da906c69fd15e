import {
  ErrorSummary,
  Form,
  RadioGroup,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import type { FoiReviewsTable } from '../foi.tables.ts';

export interface ReviewRow {
  id: number;
  kind: FoiReviewsTable['kind'];
  filedOn: string;
  result: FoiReviewsTable['result'];
  decidedOn: string | null;
}

const kinds = ['reconsideration', 'litigation_direct', 'litigation_after_reconsideration'] as const;
const results = ['pending', 'upheld', 'corrected', 'other'] as const;

/** /staff/foi/:number/reviews: 行政复议 and 行政诉讼 about a request (annual report section 四). */
export function ReviewsPage(props: {
  trackingNumber: string;
  reviews: ReviewRow[];
  canChange: boolean;
  form: FormState;
}) {
  const { t } = useView();
  const back = `/staff/foi/${encodeURIComponent(props.trackingNumber)}`;
  return (
    <StaffLayout title={t('foiReviews.title', { number: props.trackingNumber })} system="foi">
      <ErrorSummary errors={props.form.errors} />
      <p>
        <a href={back}>{t('foiReviews.back')}</a>
      </p>
      <h1>{t('foiReviews.title', { number: props.trackingNumber })}</h1>
      <p>{t('foiReviews.intro')}</p>
      {props.reviews.length === 0 ? (
        <p>{t('foiReviews.none')}</p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('foiReviews.kind')}</th>
              <th scope="col">{t('foiReviews.filedOn')}</th>
              <th scope="col">{t('foiReviews.result')}</th>
              <th scope="col">{t('foiReviews.decidedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {props.reviews.map((r) => (
              <tr key={r.id}>
                <td>{t(`foiReviews.kind.${r.kind}`)}</td>
                <td>{r.filedOn}</td>
                <td>{t(`foiReviews.result.${r.result}`)}</td>
                <td>{r.decidedOn ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.canChange && (
        <>
          <h2>{t('foiReviews.add')}</h2>
          <Form action={`${back}/reviews`}>
            <RadioGroup
              name="kind"
              legend={t('foiReviews.kind')}
              state={props.form}
              fallback="reconsideration"
              options={kinds.map((k) => ({ value: k, label: t(`foiReviews.kind.${k}`) }))}
            />
            <TextField
              name="filedOn"
              type="date"
              label={t('foiReviews.filedOn')}
              state={props.form}
            />
            <RadioGroup
              name="result"
              legend={t('foiReviews.result')}
              state={props.form}
              fallback="pending"
              options={results.map((r) => ({ value: r, label: t(`foiReviews.result.${r}`) }))}
            />
            <TextField
              name="decidedOn"
              type="date"
              label={t('foiReviews.decidedOn')}
              hint={t('foiReviews.decidedOnHint')}
              state={props.form}
            />
            <button type="submit" class="button">
              {t('foiReviews.submit')}
            </button>
          </Form>
        </>
      )}
    </StaffLayout>
  );
}
