/**
 * /staff/supervision — the figures of a period (issue 7 item 3): every number links to the list
 * of exactly the matters it counts; tables per org and per kind of matter; a 12-month trend drawn
 * on the server (with its table); links to warnings, the video panel and the monthly report.
 */
import {
  Chart,
  ErrorSummary,
  StaffLayout,
  TableScroll,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import { matterTypes } from '../../../platform/checkpoints/index.ts';
import type { Dashboard } from '../dashboard.service.ts';
import { lastDayOf } from '../dashboard.schemas.ts';
import { summaryFields, type GroupSummary } from '../summary.service.ts';
import type { Figure } from '../summary.sql.ts';
import {
  FigureValue,
  SelectField,
  figureHref,
  matterTypeLabel,
  type FilterOfLinks,
} from './dashboard-parts.tsx';

const period = (p: { from: string; to: string }) => ({ from: p.from, to: p.to });

function FilterForm(props: { state: FormState; dashboard: Dashboard | null }) {
  const { t } = useView();
  const orgs = props.dashboard?.orgs ?? [];
  return (
    <form method="get" action="/staff/supervision" class="filter-form" noValidate>
      <fieldset>
        <legend>{t('supervisionDashboard.filter')}</legend>
        <TextField
          name="from"
          type="date"
          label={t('supervisionDashboard.from')}
          hint={t('supervisionDashboard.dateHint')}
          state={props.state}
        />
        <TextField
          name="to"
          type="date"
          label={t('supervisionDashboard.to')}
          hint={t('supervisionDashboard.dateHint')}
          state={props.state}
        />
        <SelectField
          name="org"
          label={t('supervisionDashboard.org')}
          state={props.state}
          blank={t('supervisionDashboard.orgAll')}
          options={orgs.map((o) => ({
            value: o.code,
            label: `${'　'.repeat(Math.max(0, o.path.split('/').length - 3))}${o.name}`,
          }))}
        />
        <SelectField
          name="matterType"
          label={t('supervisionDashboard.matterType')}
          state={props.state}
          blank={t('supervisionDashboard.matterTypeAll')}
          options={matterTypes.map((m) => ({ value: m, label: matterTypeLabel(t, m) }))}
        />
      </fieldset>
      <button type="submit">{t('supervisionDashboard.show')}</button>
    </form>
  );
}

function SummaryTable(props: { dashboard: Dashboard }) {
  const { t } = useView();
  const { filter, summary } = props.dashboard;
  return (
    <TableScroll>
      <table class="data-table">
        <caption>{t('supervisionDashboard.summaryCaption', period(filter))}</caption>
        <thead>
          <tr>
            <th scope="col">{t('supervisionDashboard.figure')}</th>
            <th scope="col">{t('supervisionDashboard.value')}</th>
          </tr>
        </thead>
        <tbody>
          {summaryFields.map((column) => (
            <tr key={column} data-figure={column}>
              <th scope="row">{t(`supervisionDashboard.fig.${column}`)}</th>
              <td>
                <FigureValue summary={summary} column={column} filter={filter} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function GroupTable(props: {
  caption: string;
  groupLabel: string;
  groups: GroupSummary[];
  name: (group: GroupSummary) => string;
  filterOf: (group: GroupSummary) => FilterOfLinks;
}) {
  const { t } = useView();
  return (
    <TableScroll>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.groupLabel}</th>
            {summaryFields.map((c) => (
              <th scope="col" key={c}>
                {t(`supervisionDashboard.fig.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.groups.map((group) => (
            <tr key={group.key} data-key={group.key}>
              <th scope="row">{props.name(group)}</th>
              {summaryFields.map((c) => (
                <td key={c}>
                  <FigureValue summary={group.summary} column={c} filter={props.filterOf(group)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The trend's figures: those that do not depend on the day open matters are taken on, so that a
 * month's number and the list of that month's matters count the same (open overdue and lights are
 * in the tables above, as of the period's end).
 */
const trendFigures = ['accepted', 'completed', 'overdueCompleted'] as const;

function Trend(props: { dashboard: Dashboard }) {
  const { t } = useView();
  const { trend, filter } = props.dashboard;
  const months = trend.months;
  const monthFilter = (key: string): FilterOfLinks => ({
    ...filter,
    from: `${key}-01` > trend.from ? `${key}-01` : trend.from,
    to: lastDayOf(key) < trend.to ? lastDayOf(key) : trend.to,
  });
  return (
    <Chart
      title={t('supervisionDashboard.trend', period(trend))}
      categoryLabel={t('supervisionDashboard.month')}
      categories={months.map((m) => m.key)}
      series={trendFigures.map((f) => ({
        name: t(`supervisionDashboard.fig.${f}`),
        data: months.map((m) => m.summary[f]),
      }))}
      href={(s, c) => figureHref(monthFilter(months[c]!.key), trendFigures[s] as Figure)}
    />
  );
}

export function DashboardPage(props: { state: FormState; dashboard: Dashboard | null }) {
  const { t } = useView();
  const { dashboard } = props;
  return (
    <StaffLayout title={t('supervisionDashboard.title')} system="supervision">
      <h1>{t('supervisionDashboard.title')}</h1>
      <nav aria-label={t('supervisionDashboard.more')}>
        <ul>
          <li>
            <a href="/staff/supervision/warnings">{t('supervisionDashboard.warnings')}</a>
          </li>
          <li>
            <a href="/staff/supervision/video">{t('supervisionDashboard.video')}</a>
          </li>
          <li>
            <a href="/staff/supervision/reports/monthly">
              {t('supervisionDashboard.monthlyReport')}
            </a>
          </li>
        </ul>
      </nav>
      <ErrorSummary errors={props.state.errors} />
      <FilterForm state={props.state} dashboard={dashboard} />
      {dashboard && (
        <>
          <p>
            {t('supervisionDashboard.intro', { ...period(dashboard.filter), asOf: dashboard.asOf })}
          </p>
          {dashboard.scoped && <p class="hint">{t('supervisionDashboard.scoped')}</p>}
          <h2>{t('supervisionDashboard.summary')}</h2>
          {dashboard.summary.accepted + dashboard.summary.refused === 0 && (
            <p>{t('supervisionDashboard.none')}</p>
          )}
          <SummaryTable dashboard={dashboard} />
          <GroupTable
            caption={t('supervisionDashboard.byOrg', period(dashboard.filter))}
            groupLabel={t('supervisionDashboard.org')}
            groups={dashboard.byOrg}
            name={(g) => g.label}
            filterOf={(g) => ({ ...dashboard.filter, orgCode: g.key, orgOnly: true })}
          />
          <GroupTable
            caption={t('supervisionDashboard.byMatterType', period(dashboard.filter))}
            groupLabel={t('supervisionDashboard.matterType')}
            groups={dashboard.byMatterType}
            name={(g) => matterTypeLabel(t, g.key)}
            filterOf={(g) => ({ ...dashboard.filter, matterType: g.key })}
          />
          <h2>{t('supervisionDashboard.trend', period(dashboard.trend))}</h2>
          <Trend dashboard={dashboard} />
        </>
      )}
      <h2>{t('supervisionDashboard.definitions')}</h2>
      <ul>
        {['period', 'onTime', 'early', 'lights', 'returned'].map((d) => (
          <li key={d}>{t(`supervisionDashboard.def.${d}`)}</li>
        ))}
      </ul>
    </StaffLayout>
  );
}
