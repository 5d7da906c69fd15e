import { StaffLayout, useView, TableScroll } from '../../../platform/views/index.ts';
import { provisionalText } from '../clock.explain.ts';
import type { ClockRecord } from '../deadlines.service.ts';

/** /staff/clocks/:id: one clock's due date, light, explanation, events and due-date history. */
export function ClockPage(props: { record: ClockRecord; orgName: string }) {
  const { t, locale } = useView();
  const { row, view, events, dueDates } = props.record;
  const title = row.title || `${row.matterType} ${row.matterId}`;
  const provisional = provisionalText(view.provisionalYears, locale);
  return (
    <StaffLayout title={t('clock.title', { title })} system="supervision">
      <h1>{t('clock.title', { title })}</h1>
      <dl>
        <dt>{t('clock.matter')}</dt>
        <dd>
          {row.matterType} {row.matterId} · {row.purpose}
        </dd>
        <dt>{t('clock.org')}</dt>
        <dd>{props.orgName}</dd>
        <dt>{t('clock.rule')}</dt>
        <dd>
          {t(`clock.rule.${view.rule.unit}`, {
            days: view.rule.limitDays,
            cap: view.rule.extensionCapDays,
          })}
        </dd>
        <dt>{t('clock.state')}</dt>
        <dd>
          <span class={`light light-${view.light}`}>{t(`clock.light.${view.light}`)}</span>{' '}
          {t(`clock.state.${view.state}`)}
        </dd>
        <dt>{t('clock.due')}</dt>
        <dd class="due-date">{view.dueOn ?? t('clock.dueWhenResumed')}</dd>
        <dt>{t('clock.days')}</dt>
        <dd>
          {t('clock.daysValue', {
            used: view.usedDays,
            left: view.leftDays,
            overdue: view.overdueDays,
          })}
        </dd>
      </dl>
      {provisional && <p class="warning">{provisional}</p>}
      <h2>{t('clock.how')}</h2>
      <ol class="explanation">
        {props.record.explanation[locale].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <h2>{t('clock.events')}</h2>
      <TableScroll>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('clock.event.on')}</th>
              <th scope="col">{t('clock.event.kind')}</th>
              <th scope="col">{t('clock.event.details')}</th>
              <th scope="col">{t('clock.event.by')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.seq}>
                <td>{e.onDate}</td>
                <td>{t(`clock.event.${e.kind}`)}</td>
                <td>
                  {[
                    e.reasonCode,
                    e.legalBasis,
                    e.days ? `+${e.days}` : '',
                    e.approver,
                    e.reason,
                    e.outcome,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </td>
                <td>{e.actorName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>{t('clock.history')}</h2>
      <TableScroll>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('clock.history.due')}</th>
              <th scope="col">{t('clock.history.basis')}</th>
              <th scope="col">{t('clock.history.cause')}</th>
              <th scope="col">{t('clock.history.version')}</th>
            </tr>
          </thead>
          <tbody>
            {dueDates.map((d) => (
              <tr key={d.id}>
                <td>{d.dueOn ?? t('clock.dueWhenResumed')}</td>
                <td>{t(`clock.basis.${d.basis}`)}</td>
                <td>{t(`clock.cause.${d.cause}`)}</td>
                <td>
                  <code>{d.calendarVersion}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </StaffLayout>
  );
}
