import {
  ErrorSummary,
  Form,
  StaffLayout,
  TableScroll,
  TextField,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import type { DuplicatePair, DuplicateSide } from '../duplicates.queries.ts';

export const appealHref = (number: string) =>
  `/staff/feedback/appeals/${encodeURIComponent(number)}`;
const mergeAction = '/staff/feedback/duplicates/merge';

function Side(props: { side: DuplicateSide }) {
  const { t } = useView();
  const { side } = props;
  return (
    <>
      <a href={appealHref(side.trackingNumber)}>{side.trackingNumber}</a>
      <br />
      {side.subject}
      <br />
      <small>
        {t('feedbackDuplicates.received')} {side.receivedOn} · {t(`feedback.state.${side.state}`)}
      </small>
    </>
  );
}

/** One quick form: merge `number` into `into` (the reason's id is unique on the page). */
function MergeButton(props: { number: string; into: string; id: string }) {
  const { t } = useView();
  return (
    <Form action={mergeAction} class="inline-form">
      <input type="hidden" name="number" value={props.number} />
      <input type="hidden" name="into" value={props.into} />
      <label for={props.id}>{t('feedbackDuplicates.reason')}</label>
      <input id={props.id} name="reason" type="text" maxLength={500} />
      <button type="submit" class="button">
        {t('feedbackDuplicates.mergeInto', { number: props.number, into: props.into })}
      </button>
    </Form>
  );
}

/** /staff/feedback/duplicates: possible duplicates among open appeals, with merge forms. */
export function DuplicatesPage(props: {
  pairs: DuplicatePair[];
  threshold: number;
  form: FormState;
  merged?: { number: string; into: string } | null;
}) {
  const { t } = useView();
  return (
    <StaffLayout title={t('feedbackDuplicates.title')} system="feedback">
      <ErrorSummary errors={props.form.errors} />
      <h1>{t('feedbackDuplicates.title')}</h1>
      {props.merged && (
        <p class="notice" role="status">
          {t('feedbackDuplicates.merged', props.merged)}
        </p>
      )}
      <p>{t('feedbackDuplicates.intro', { threshold: props.threshold })}</p>
      {props.pairs.length === 0 ? (
        <p>{t('feedbackDuplicates.none')}</p>
      ) : (
        <TableScroll label={t('feedbackDuplicates.title')}>
          <table class="data-table">
            <caption>{t('feedbackDuplicates.caption', { count: props.pairs.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feedbackDuplicates.first')}</th>
                <th scope="col">{t('feedbackDuplicates.second')}</th>
                <th scope="col">{t('feedbackDuplicates.why')}</th>
                <th scope="col">{t('feedbackDuplicates.similarity')}</th>
                <th scope="col">{t('feedbackDuplicates.action')}</th>
              </tr>
            </thead>
            <tbody>
              {props.pairs.map((pair, index) => (
                <tr key={`${pair.first.trackingNumber}-${pair.second.trackingNumber}`}>
                  <td>
                    <Side side={pair.first} />
                  </td>
                  <td>
                    <Side side={pair.second} />
                  </td>
                  <td>{t(`feedbackDuplicates.why.${pair.reason}`)}</td>
                  <td>{pair.similarity.toFixed(2)}</td>
                  <td>
                    <MergeButton
                      number={pair.second.trackingNumber}
                      into={pair.first.trackingNumber}
                      id={`reason-${index}-a`}
                    />
                    <MergeButton
                      number={pair.first.trackingNumber}
                      into={pair.second.trackingNumber}
                      id={`reason-${index}-b`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2>{t('feedbackDuplicates.action')}</h2>
      <Form action={mergeAction}>
        <TextField name="number" label={t('feedbackDuplicates.number')} state={props.form} />
        <TextField name="into" label={t('feedbackDuplicates.into')} state={props.form} />
        <TextField name="reason" label={t('feedbackDuplicates.reason')} state={props.form} />
        <button type="submit" class="button">
          {t('feedbackDuplicates.action')}
        </button>
      </Form>
    </StaffLayout>
  );
}
