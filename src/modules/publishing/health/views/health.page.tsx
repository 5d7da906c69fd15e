import {
  ErrorSummary,
  Form,
  StaffLayout,
  TableScroll,
  TextField,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import type { ColumnResult, HealthReport, RuleResult } from '../health.service.ts';
import { SettingsForm } from './health-settings.form.tsx';

export interface HealthPageProps {
  report: HealthReport;
  asOfForm: FormState;
  settingsForm: FormState;
  canChange: boolean;
  saved: boolean;
  ran?: { checked: number; broken: number };
}

function RuleDetail(props: { rule: RuleResult }) {
  const { t } = useView();
  const { rule } = props;
  if (rule.id === 'home') {
    return rule.lastPublishedOn ? (
      <>
        {t('publishingHealth.detail.home', {
          last: rule.lastPublishedOn,
          cutoff: rule.cutoff ?? '',
        })}
      </>
    ) : (
      <>{t('publishingHealth.detail.homeNever')}</>
    );
  }
  if (rule.id === 'undated')
    return <>{t('publishingHealth.detail.undated', { count: rule.count })}</>;
  if (rule.id === 'interaction') {
    const key = rule.status === 'fail' ? 'interaction' : 'interactionPass';
    return (
      <>{t(`publishingHealth.detail.${key}`, { count: rule.count, cutoff: rule.cutoff ?? '' })}</>
    );
  }
  return <>{t('publishingHealth.detail.count', { count: rule.count, limit: rule.limit ?? 0 })}</>;
}

function ruleLabel(t: ReturnType<typeof useView>['t'], rule: RuleResult, report: HealthReport) {
  return t(`publishingHealth.rule.${rule.id}`, {
    days: report.settings.homeDays,
    months: report.settings.interactionMonths,
  });
}

function ColumnsTable(props: { caption: string; columns: ColumnResult[] }) {
  const { t } = useView();
  return (
    <TableScroll>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('publishingHealth.columns.channel')}</th>
            <th scope="col">{t('publishingHealth.columns.type')}</th>
            <th scope="col">{t('publishingHealth.columns.last')}</th>
            <th scope="col">{t('publishingHealth.columns.cutoff')}</th>
            <th scope="col">{t('publishingHealth.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {props.columns.map((c) => (
            <tr key={`${c.channelId}-${c.type}`} class={`column-${c.status}`}>
              <th scope="row">{c.channelName}</th>
              <td>{t(`publishingHealth.type.${c.type}`)}</td>
              <td>{c.lastPublishedOn ?? t('publishingHealth.column.none')}</td>
              <td>{c.cutoff ?? '—'}</td>
              <td>{t(`publishingHealth.column.${c.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function CatalogTable(props: { rule: RuleResult | undefined }) {
  const { t } = useView();
  const nodes = props.rule?.nodes ?? [];
  if (nodes.length === 0) return null;
  return (
    <TableScroll>
      <table>
        <caption>{t('publishingHealth.catalog.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('publishingHealth.catalog.org')}</th>
            <th scope="col">{t('publishingHealth.catalog.node')}</th>
            <th scope="col">{t('publishingHealth.catalog.basis')}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => (
            <tr key={`${n.orgId}-${n.nodeId}`}>
              <th scope="row">{n.orgName}</th>
              <td>{n.nodeName}</td>
              <td>{n.legalBasis}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The interaction rule's unanswered appeals, each linked to the staff console. */
function UnansweredTable(props: { report: HealthReport }) {
  const { t } = useView();
  const appeals = props.report.rules.find((r) => r.id === 'interaction')?.appeals ?? [];
  if (appeals.length === 0) return null;
  return (
    <TableScroll>
      <table>
        <caption>
          {t('publishingHealth.appeals.caption', {
            months: props.report.settings.interactionMonths,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('publishingHealth.appeals.number')}</th>
            <th scope="col">{t('publishingHealth.appeals.subject')}</th>
            <th scope="col">{t('publishingHealth.appeals.receivedOn')}</th>
            <th scope="col">{t('publishingHealth.appeals.org')}</th>
          </tr>
        </thead>
        <tbody>
          {appeals.map((a) => (
            <tr key={a.trackingNumber}>
              <th scope="row">
                <a href={`/staff/feedback/appeals/${a.trackingNumber}`}>{a.trackingNumber}</a>
              </th>
              <td>{a.subject}</td>
              <td>{a.receivedOn}</td>
              <td>{a.orgName ?? t('publishingHealth.appeals.dispatch')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function LateTable(props: { report: HealthReport }) {
  const { t } = useView();
  if (props.report.late.length === 0) return <p>{t('publishingHealth.late.none')}</p>;
  return (
    <TableScroll>
      <table>
        <caption>{t('publishingHealth.late.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('publishingHealth.late.item')}</th>
            <th scope="col">{t('publishingHealth.late.channel')}</th>
            <th scope="col">{t('publishingHealth.late.formedOn')}</th>
            <th scope="col">{t('publishingHealth.late.publishedOn')}</th>
            <th scope="col">{t('publishingHealth.late.days')}</th>
          </tr>
        </thead>
        <tbody>
          {props.report.late.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <a href={`/openness/items/${item.id}`}>{item.title}</a>
              </th>
              <td>{item.channelName}</td>
              <td>{item.formedOn}</td>
              <td>{item.publishedOn}</td>
              <td>{item.days}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function LinksSection(props: { report: HealthReport; ran?: HealthPageProps['ran'] }) {
  const { t } = useView();
  const { brokenLinks } = props.report;
  return (
    <section aria-labelledby="health-links">
      <h2 id="health-links">{t('publishingHealth.links.title')}</h2>
      <p>{t('publishingHealth.links.intro')}</p>
      {props.ran && <p role="status">{t('publishingHealth.links.ran', props.ran)}</p>}
      <Form action="/staff/publishing/health/links">
        <button type="submit">{t('publishingHealth.links.run')}</button>
      </Form>
      {brokenLinks.length === 0 ? (
        <p>{t('publishingHealth.links.none')}</p>
      ) : (
        <TableScroll>
          <table>
            <caption>{t('publishingHealth.links.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('publishingHealth.links.item')}</th>
                <th scope="col">{t('publishingHealth.links.url')}</th>
                <th scope="col">{t('publishingHealth.links.result')}</th>
              </tr>
            </thead>
            <tbody>
              {brokenLinks.flatMap((item) =>
                item.links.map((link, n) => (
                  <tr key={`${item.itemId}-${link.url}`}>
                    {n === 0 ? (
                      <th scope="row" rowSpan={item.links.length}>
                        <a href={`/openness/items/${item.itemId}`}>{item.title}</a>（
                        {item.channelName}）
                      </th>
                    ) : null}
                    <td>
                      <code>{link.url}</code>
                    </td>
                    <td>
                      {t(`publishingHealth.link.${link.status}`)}
                      {link.httpStatus ? ` (HTTP ${link.httpStatus})` : ''}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** /staff/publishing/health: the report, the thresholds and the link check. */
export function HealthPage(props: HealthPageProps) {
  const { t } = useView();
  const { report } = props;
  const failing = report.rules.filter((r) => r.columns && r.columns.length > 0);
  return (
    <StaffLayout title={t('publishingHealth.title')} system="publishing">
      <ErrorSummary errors={[...props.asOfForm.errors, ...props.settingsForm.errors]} />
      <h1>{t('publishingHealth.title')}</h1>
      <p>{t('publishingHealth.intro')}</p>
      <p>
        {t(report.wholeCounty ? 'publishingHealth.scope.county' : 'publishingHealth.scope.own')}
      </p>
      <form method="get" action="/staff/publishing/health" class="inline-form">
        <TextField
          name="asOf"
          type="date"
          label={t('publishingHealth.asOf')}
          hint={t('publishingHealth.asOfHint')}
          state={props.asOfForm}
        />
        <button type="submit">{t('publishingHealth.show')}</button>
      </form>
      <p class={`health-verdict health-${report.verdict}`} role="status">
        <strong>{t(`publishingHealth.verdict.${report.verdict}`)}</strong>
      </p>
      <TableScroll>
        <table>
          <caption>{t('publishingHealth.rules.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('publishingHealth.rules.rule')}</th>
              <th scope="col">{t('publishingHealth.rules.status')}</th>
              <th scope="col">{t('publishingHealth.rules.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rules.map((rule) => (
              <tr key={rule.id} class={`rule-${rule.status}`}>
                <th scope="row">{ruleLabel(t, rule, report)}</th>
                <td>{t(`publishingHealth.status.${rule.status}`)}</td>
                <td>
                  <RuleDetail rule={rule} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {failing.map((rule) => (
        <ColumnsTable
          key={rule.id}
          caption={t('publishingHealth.failing.caption', { rule: ruleLabel(t, rule, report) })}
          columns={rule.columns ?? []}
        />
      ))}
      <CatalogTable rule={report.rules.find((r) => r.id === 'catalogBlank')} />
      <UnansweredTable report={report} />
      <ColumnsTable caption={t('publishingHealth.columns.caption')} columns={report.columns} />
      <h2>{t('publishingHealth.late.title')}</h2>
      <LateTable report={report} />
      <LinksSection report={report} ran={props.ran} />
      <SettingsForm form={props.settingsForm} canChange={props.canChange} saved={props.saved} />
    </StaffLayout>
  );
}
