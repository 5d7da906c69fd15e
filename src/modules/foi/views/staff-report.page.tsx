import {
  ErrorSummary,
  StaffLayout,
  TextField,
  useView,
  type FormState,
  TableScroll,
} from '../../../platform/views/index.ts';
import type { AnnualReport } from '../annual-report.ts';

/** Section 四's columns (`行政复议·结果维持`, …) as their groups, in order, each with its columns. */
function reviewGroups(columns: string[]): { group: string; columns: string[] }[] {
  const groups: { group: string; columns: string[] }[] = [];
  for (const column of columns) {
    const [group = '', name = column] = column.split('·');
    const last = groups.at(-1);
    if (last?.group === group) last.columns.push(name);
    else groups.push({ group, columns: [name] });
  }
  return groups;
}

/** /staff/foi/report — the annual report's tables 三 and 四 (国办公开办函〔2021〕30号) and its checks. */
export function ReportPage(props: {
  state: FormState;
  report: AnnualReport | null;
  /** The county's disclosure office writes the report's other parts. */
  canEnterParts: boolean;
}) {
  const { t } = useView();
  const { report } = props;
  const title = report
    ? t('foiStaff.report.titleYear', { year: report.year })
    : t('foiStaff.report.title');
  return (
    <StaffLayout title={title} system="foi">
      <ErrorSummary errors={props.state.errors} />
      <p>
        <a href="/staff/foi">{t('foiStaff.back')}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('foiStaff.report.intro')}</p>
      <form method="get" action="/staff/foi/report" class="filter-form">
        <TextField
          name="year"
          type="number"
          label={t('foiStaff.report.year')}
          state={props.state}
        />
        <button type="submit" class="button">
          {t('foiStaff.report.show')}
        </button>
      </form>
      {report && <ReportTables report={report} canEnterParts={props.canEnterParts} />}
    </StaffLayout>
  );
}

function ReportTables(props: { report: AnnualReport; canEnterParts: boolean }) {
  const { t } = useView();
  const { applications, reviews, checks, year } = props.report;
  const groups = reviewGroups(reviews.columns);
  return (
    <>
      <ul class="action-links">
        <li>
          <a href={`/api/v1/foi/annual-report?year=${year}`}>{t('foiStaff.report.json')}</a>
        </li>
        {props.canEnterParts && (
          <li>
            <a href={`/staff/foi/report/entries?year=${year}`}>{t('foiStaff.report.entries')}</a>
          </li>
        )}
      </ul>
      <h2>{t('foiStaff.report.checks')}</h2>
      <ul class="report-checks">
        {checks.map((c) => (
          <li key={c.rule} class={c.ok ? 'check-ok' : 'check-failed'}>
            <strong>{t(c.ok ? 'foiStaff.report.ok' : 'foiStaff.report.failed')}</strong>{' '}
            <span lang="zh-CN">
              {c.rule}：{c.detail}
            </span>
          </li>
        ))}
      </ul>
      <h2 id="section-3">{t('foiStaff.report.section3')}</h2>
      <TableScroll>
        <table class="data-table report-table" aria-labelledby="section-3">
          <thead>
            <tr>
              <th scope="col">{t('foiStaff.report.item')}</th>
              {applications.columns.map((c) => (
                <th scope="col" key={c} lang="zh-CN">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {applications.rows.map((row) => (
              <tr key={row.label} class={/^\d/.test(row.label) ? 'report-item' : undefined}>
                <th scope="row" lang="zh-CN">
                  {row.label}
                </th>
                {row.values.map((v, i) => (
                  <td key={applications.columns[i]}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2 id="section-4">{t('foiStaff.report.section4')}</h2>
      <TableScroll>
        <table class="data-table report-table" aria-labelledby="section-4">
          <colgroup span={1} />
          {groups.map((g) => (
            <colgroup key={g.group} span={g.columns.length} />
          ))}
          <thead>
            <tr>
              <td />
              {groups.map((g) => (
                <th scope="colgroup" colSpan={g.columns.length} key={g.group} lang="zh-CN">
                  {g.group}
                </th>
              ))}
            </tr>
            <tr>
              <td />
              {groups.flatMap((g) =>
                g.columns.map((c) => (
                  <th scope="col" key={`${g.group}·${c}`} lang="zh-CN">
                    {c}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('foiStaff.report.count')}</th>
              {reviews.values.map((v, i) => (
                <td key={reviews.columns[i]}>{v}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
