/** /staff/feedback/rectifications: open and finished rectifications of the viewer's orgs. */
import {
  ErrorSummary,
  StaffLayout,
  TableScroll,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import type { RectificationRow } from '../rectifications.queries.ts';
import { CallbackForm, LightTag } from './parts.tsx';

function Table(props: { caption: string; rows: RectificationRow[] }) {
  const { t } = useView();
  if (props.rows.length === 0) {
    return (
      <>
        <h2>{props.caption}</h2>
        <p>{t('feedbackRatings.none')}</p>
      </>
    );
  }
  return (
    <TableScroll>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedbackRatings.col.number')}</th>
            <th scope="col">{t('feedbackRatings.col.subject')}</th>
            <th scope="col">{t('feedbackRatings.col.org')}</th>
            <th scope="col">{t('feedbackRatings.col.level')}</th>
            <th scope="col">{t('feedbackRatings.col.state')}</th>
            <th scope="col">{t('feedbackRatings.col.openedOn')}</th>
            <th scope="col">{t('feedbackRatings.col.dueOn')}</th>
            <th scope="col">{t('feedbackRatings.col.light')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <a href={`/staff/feedback/rectifications/${row.id}`}>{row.trackingNumber}</a>
              </th>
              <td>{row.subject}</td>
              <td>{row.orgName}</td>
              <td>{t(`feedback.level.${row.level}`)}</td>
              <td>{t(`feedbackRatings.state.${row.state}`)}</td>
              <td>{row.openedOn}</td>
              <td>{row.dueOn ?? '—'}</td>
              <td>
                <LightTag light={row.light} state={row.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function RectificationsPage(props: {
  rows: RectificationRow[];
  callback?: FormState;
  saved?: boolean;
}) {
  const { t } = useView();
  const open = props.rows.filter((r) => r.state === 'open' || r.state === 'review_requested');
  const finished = props.rows.filter((r) => !open.includes(r));
  return (
    <StaffLayout title={t('feedbackRatings.title')} system="feedback">
      <ErrorSummary errors={props.callback?.errors ?? []} />
      <h1>{t('feedbackRatings.title')}</h1>
      <p>{t('feedbackRatings.intro')}</p>
      {props.saved && (
        <p class="notice" role="status">
          {t('feedbackRatings.saved')}
        </p>
      )}
      <Table caption={t('feedbackRatings.open')} rows={open} />
      <Table caption={t('feedbackRatings.finished')} rows={finished} />
      <section aria-labelledby="callback-title">
        <h2 id="callback-title">{t('feedbackRatings.callbacks.addClosed')}</h2>
        <CallbackForm action="/staff/feedback/callbacks" state={props.callback} />
      </section>
    </StaffLayout>
  );
}
