import {
  ErrorSummary,
  StaffLayout,
  TableScroll,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import type { MatterList, MonthlyReport } from '../report.service.ts';
import {
  figureRows,
  matterHeader,
  matterRows,
  orgHeader,
  orgRows,
  reportTitle,
} from '../report.rows.ts';

export interface ReportPageProps {
  state: FormState;
  /** The orgs the actor may report on; `county` when the whole county is open to them. */
  orgs: { code: string; name: string }[];
  county: boolean;
  report: MonthlyReport | null;
  docxHref: string | null;
}

/** A captioned table whose first column heads its rows. */
function ReportTable(props: { caption: string; header: string[]; rows: string[][] }) {
  return (
    <TableScroll label={props.caption}>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.header.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{row[0]}</th>
              {row.slice(1).map((v, j) => (
                <td key={j}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Matters(props: { caption: string; list: MatterList; withDue: boolean }) {
  const { t } = useView();
  const { list } = props;
  if (list.total === 0) {
    return (
      <>
        <h3>{props.caption}</h3>
        <p>{t('supervision.report.none')}</p>
      </>
    );
  }
  return (
    <>
      <ReportTable
        caption={`${props.caption}（${list.total}）`}
        header={matterHeader(t, props.withDue)}
        rows={matterRows(list.items, t, props.withDue)}
      />
      {list.total > list.items.length && (
        <p>{t('supervision.report.more', { shown: list.items.length, total: list.total })}</p>
      )}
    </>
  );
}

function Report(props: { report: MonthlyReport; docxHref: string | null }) {
  const { t } = useView();
  const { report } = props;
  const { period } = report;
  const vars = { name: report.subject.name, year: report.year, month: report.monthNumber };
  return (
    <>
      <h2>{reportTitle(report, t)}</h2>
      <p>{t('supervision.report.period', { ...period })}</p>
      {props.docxHref && (
        <p>
          <a href={props.docxHref}>{t('supervision.report.docx')}</a>
        </p>
      )}
      <h3>{t('supervision.report.section.figures')}</h3>
      <ReportTable
        caption={t('supervision.report.caption.figures', vars)}
        header={[
          t('supervision.report.col.figure'),
          t('supervision.report.col.value'),
          t('supervision.report.col.definition'),
        ]}
        rows={figureRows(report.summary, t)}
      />
      <h3>{t('supervision.report.section.orgs')}</h3>
      {report.byOrg.length === 0 ? (
        <p>{t('supervision.report.noneOrgs')}</p>
      ) : (
        <ReportTable
          caption={t('supervision.report.caption.orgs')}
          header={orgHeader(t)}
          rows={orgRows(report)}
        />
      )}
      <h3>{t('supervision.report.section.overdue')}</h3>
      <Matters
        caption={t('supervision.report.caption.overdueOpen', { asOf: period.asOf })}
        list={report.overdueOpen}
        withDue
      />
      <Matters
        caption={t('supervision.report.caption.overdueCompleted')}
        list={report.overdueCompleted}
        withDue
      />
      <h3>{t('supervision.report.section.reasons')}</h3>
      <Matters
        caption={t('supervision.report.caption.returned')}
        list={report.returnedWithoutReason}
        withDue={false}
      />
      <Matters
        caption={t('supervision.report.caption.refused')}
        list={report.refusedWithoutReason}
        withDue={false}
      />
      <h3>{t('supervision.report.section.warnings')}</h3>
      <p>{t('supervision.report.warningsTotal', { count: report.warnings.total })}</p>
      {report.warnings.total > 0 && (
        <ReportTable
          caption={t('supervision.report.caption.warnings')}
          header={[t('supervision.report.col.stage'), t('supervision.report.col.count')]}
          rows={report.warnings.byStage.map((s) => [
            t(`supervision.report.stage.${s.stage}`),
            String(s.count),
          ])}
        />
      )}
    </>
  );
}

/** /staff/supervision/reports/monthly: the month and org chosen, then the printable report. */
export function ReportPage(props: ReportPageProps) {
  const { t } = useView();
  const { state } = props;
  const title = props.report ? reportTitle(props.report, t) : t('supervision.report.title');
  const orgError = state.errors.find((e) => e.field === 'org');
  return (
    <StaffLayout title={title} system="supervision">
      <p>
        <a href="/staff/supervision">{t('supervision.report.back')}</a>
      </p>
      <h1>{t('supervision.report.title')}</h1>
      <p>{t('supervision.report.intro')}</p>
      <ErrorSummary errors={state.errors} />
      <form method="get" action="/staff/supervision/reports/monthly" class="filter-form">
        <TextField
          name="month"
          label={t('supervision.report.field.month')}
          hint={t('supervision.report.field.month.hint')}
          state={state}
        />
        <div class={orgError ? 'text-field field-error' : 'text-field'}>
          <label for="field-org">{t('supervision.report.field.org')}</label>
          {orgError && (
            <p class="error-message" id="field-org-error">
              {t(orgError.message, orgError.vars)}
            </p>
          )}
          <select
            id="field-org"
            name="org"
            aria-describedby={orgError ? 'field-org-error' : undefined}
            aria-invalid={orgError ? 'true' : undefined}
          >
            {props.county && <option value="">{t('supervision.report.org.county')}</option>}
            {props.orgs.map((o) => (
              <option key={o.code} value={o.code} selected={o.code === state.values.org}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          {t('supervision.report.show')}
        </button>
      </form>
      {props.report && <Report report={props.report} docxHref={props.docxHref} />}
    </StaffLayout>
  );
}
