/** Pieces the console's pages share: a clock's due date and light, the table of appeals. */
import { TableScroll, useView } from '../../../../platform/views/index.ts';
import type { AppealListItem, ClockSummary } from '../console.queries.ts';

export const appealHref = (number: string) =>
  `/staff/feedback/appeals/${encodeURIComponent(number)}`;

export function ClockCell(props: { clock: ClockSummary }) {
  const { t } = useView();
  const { clock } = props;
  if (clock.stopped)
    return <span class="light light-done">{t('feedbackHandling.clock.stopped')}</span>;
  return (
    <span class={`light light-${clock.light}`}>
      {clock.dueOn ?? '—'} {t(`feedbackHandling.light.${clock.light}`)}
    </span>
  );
}

export function AppealTable(props: { caption: string; rows: AppealListItem[] }) {
  const { t } = useView();
  if (props.rows.length === 0) return <p>{t('feedbackHandling.queue.empty')}</p>;
  return (
    <TableScroll>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedbackHandling.col.number')}</th>
            <th scope="col">{t('feedbackHandling.col.subject')}</th>
            <th scope="col">{t('feedbackHandling.col.kind')}</th>
            <th scope="col">{t('feedbackHandling.col.state')}</th>
            <th scope="col">{t('feedbackHandling.col.org')}</th>
            <th scope="col">{t('feedbackHandling.col.received')}</th>
            <th scope="col">{t('feedbackHandling.col.replyDue')}</th>
            <th scope="col">{t('feedbackHandling.col.completeDue')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.trackingNumber}>
              <th scope="row">
                <a href={appealHref(row.trackingNumber)}>{row.trackingNumber}</a>
              </th>
              <td>{row.subject}</td>
              <td>{t(`feedback.kind.${row.kind}`)}</td>
              <td>{t(`feedback.state.${row.state}`)}</td>
              <td>{row.orgName ?? '—'}</td>
              <td>{row.receivedOn}</td>
              <td>
                <ClockCell clock={row.reply} />
              </td>
              <td>
                <ClockCell clock={row.complete} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
