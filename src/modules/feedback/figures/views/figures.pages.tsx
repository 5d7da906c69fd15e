import {
  PortalLayout,
  StaffLayout,
  TableScroll,
  useView,
} from '../../../../platform/views/index.ts';
import type { FeedbackSettings } from '../../feedback.settings.ts';
import type { FigureRecord, Figures } from '../figures.queries.ts';
import type { CountFigure, Period } from '../figures.sql.ts';
import { FigureDefinitions, FiguresTable } from './figures-table.tsx';

function PeriodForm(props: { action: string; period: Period }) {
  const { t } = useView();
  return (
    <form method="get" action={props.action} class="filters">
      <label for="from">{t('feedbackFigures.from')}</label>
      <input id="from" name="from" type="date" value={props.period.from} />
      <label for="to">{t('feedbackFigures.to')}</label>
      <input id="to" name="to" type="date" value={props.period.to} />
      <button type="submit">{t('feedbackFigures.show')}</button>
    </form>
  );
}

export function recordsHref(figure: CountFigure, orgCode: string | null, period: Period): string {
  const org = orgCode ? `&org=${encodeURIComponent(orgCode)}` : '';
  return `/staff/feedback/figures/records?figure=${figure}${org}&from=${period.from}&to=${period.to}`;
}

/** /staff/feedback/figures: the table with drill-down links and the definitions. */
export function FiguresStaffPage(props: {
  figures: Figures;
  settings: FeedbackSettings;
  wholeCounty: boolean;
  canChangeSettings: boolean;
}) {
  const { t } = useView();
  const period = { from: props.figures.from, to: props.figures.to };
  return (
    <StaffLayout title={t('feedbackFigures.title')} system="feedback">
      <h1>{t('feedbackFigures.title')}</h1>
      <p>{t('feedbackFigures.intro')}</p>
      <PeriodForm action="/staff/feedback/figures" period={period} />
      <p>
        <a href={`/staff/feedback/figures.xlsx?from=${period.from}&to=${period.to}`}>
          {t('feedbackFigures.xlsx')}
        </a>
        {' · '}
        <a href="/staff/feedback/responders">{t('feedbackFigures.respondersLink')}</a>
        {props.canChangeSettings && (
          <>
            {' · '}
            <a href="/staff/feedback/settings">{t('feedbackFigures.settingsLink')}</a>
          </>
        )}
      </p>
      <FiguresTable
        figures={props.figures}
        countyLabel={t(props.wholeCounty ? 'feedbackFigures.county' : 'feedbackFigures.total')}
        href={(figure, org) => recordsHref(figure, org, period)}
      />
      <FigureDefinitions settings={props.settings} />
    </StaffLayout>
  );
}

/** /staff/feedback/figures/records: exactly the appeals one count counts. */
export function FigureRecordsPage(props: {
  figure: CountFigure;
  /** null: every org the viewer may see (the county, or the total of their orgs). */
  orgName: string | null;
  wholeCounty: boolean;
  period: Period;
  records: FigureRecord[];
}) {
  const { t } = useView();
  const title = t('feedbackFigures.records', {
    figure: t(`feedbackFigures.name.${props.figure}`),
    org: props.orgName ?? t(props.wholeCounty ? 'feedbackFigures.county' : 'feedbackFigures.total'),
    from: props.period.from,
    to: props.period.to,
  });
  const back = `/staff/feedback/figures?from=${props.period.from}&to=${props.period.to}`;
  return (
    <StaffLayout title={title} system="feedback">
      <h1>{title}</h1>
      <p>{t(`feedbackFigures.def.${props.figure}`)}</p>
      <p>
        <a href={back}>{t('feedbackFigures.back')}</a>
      </p>
      {props.records.length === 0 ? (
        <p>{t('feedbackFigures.recordsNone')}</p>
      ) : (
        <TableScroll>
          <table>
            <caption>
              {t('feedbackFigures.recordsCaption', { count: props.records.length })}
            </caption>
            <thead>
              <tr>
                {[
                  'trackingNumber',
                  'kind',
                  'subject',
                  'state',
                  'org',
                  'receivedOn',
                  'firstReplyOn',
                  'replyDueOn',
                  'closedOn',
                  'completeDueOn',
                  'level',
                ].map((c) => (
                  <th scope="col" key={c}>
                    {t(`feedbackFigures.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.records.map((r) => (
                <tr key={r.trackingNumber}>
                  <th scope="row">
                    <a href={`/staff/feedback/appeals/${r.trackingNumber}`}>{r.trackingNumber}</a>
                  </th>
                  <td>{t(`feedback.kind.${r.kind}`)}</td>
                  <td>{r.subject}</td>
                  <td>{t(`feedback.state.${r.state}`)}</td>
                  <td>{r.orgName}</td>
                  <td>{r.receivedOn}</td>
                  <td>{r.firstReplyOn ?? '—'}</td>
                  <td>{r.replyDueOn ?? '—'}</td>
                  <td>{r.closedOn ?? '—'}</td>
                  <td>{r.completeDueOn ?? '—'}</td>
                  <td>{r.level ? t(`feedback.level.${r.level}`) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </StaffLayout>
  );
}

/** /interaction/figures: counts and rates only (rates hidden below the minimum), no records. */
export function FiguresPublicPage(props: {
  figures: Figures;
  settings: FeedbackSettings;
  minimumValid: number;
}) {
  const { t } = useView();
  const period = { from: props.figures.from, to: props.figures.to };
  return (
    <PortalLayout title={t('feedbackFigures.publicTitle')} section="interaction">
      <h1>{t('feedbackFigures.publicTitle')}</h1>
      <p>{t('feedbackFigures.publicIntro')}</p>
      <PeriodForm action="/interaction/figures" period={period} />
      <FiguresTable
        figures={props.figures}
        countyLabel={t('feedbackFigures.county')}
        minimumValid={props.minimumValid}
      />
      <p>{t('feedbackFigures.hiddenRate', { min: props.minimumValid })}</p>
      <FigureDefinitions settings={props.settings} />
    </PortalLayout>
  );
}
