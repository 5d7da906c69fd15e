/**
 * /staff/supervision/matters/:id — a supervised matter's whole timeline: its checkpoints (监察点,
 * RULES.md §4.3), its clock with the explanation of the due date, the audit records of the matter
 * and its clock, and the warnings raised on it.
 */
import type { CheckpointRecord } from '../../../platform/checkpoints/index.ts';
import { StaffLayout, TableScroll, useView } from '../../../platform/views/index.ts';
import type { MatterTimeline } from '../dashboard.service.ts';
import { warningHref } from '../warnings.notify.ts';
import { Light, matterTypeLabel } from './dashboard-parts.tsx';

/** A local (Asia/Shanghai) date and time, to the minute. */
export function localTime(at: Date | string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

function Details(props: { data: Record<string, unknown> }) {
  const { t } = useView();
  const entries = Object.entries(props.data).filter(([, v]) => v !== null && v !== '');
  if (entries.length === 0) return null;
  return (
    <ul class="plain">
      {entries.map(([key, value]) => (
        <li key={key}>
          {t(`supervisionMatter.data.${key}`)}：{String(value)}
        </li>
      ))}
    </ul>
  );
}

function Checkpoints(props: { checkpoints: CheckpointRecord[] }) {
  const { t } = useView();
  if (props.checkpoints.length === 0) return <p>{t('supervisionMatter.noCheckpoints')}</p>;
  return (
    <TableScroll>
      <table class="data-table" id="checkpoints">
        <caption>{t('supervisionMatter.checkpointsCaption')}</caption>
        <thead>
          <tr>
            {['at', 'kind', 'org', 'details'].map((c) => (
              <th scope="col" key={c}>
                {t(`supervisionMatter.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.checkpoints.map((c) => (
            <tr key={c.id}>
              <td>{localTime(c.at)}</td>
              <th scope="row">{t(`supervisionMatter.kind.${c.kind}`)}</th>
              <td>{c.orgCode}</td>
              <td>
                <Details data={c.data} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ClockSection(props: { timeline: MatterTimeline }) {
  const { t, locale } = useView();
  const record = props.timeline.clock;
  if (!record) return <p>{t('supervisionMatter.noClock')}</p>;
  const { view } = record;
  return (
    <>
      <dl>
        <dt>{t('supervisionMatter.dueOn')}</dt>
        <dd>{view.dueOn ?? t('clock.dueWhenResumed')}</dd>
        <dt>{t('supervisionMatter.light')}</dt>
        <dd>
          <Light light={view.light} /> {t(`clock.state.${view.state}`)}
        </dd>
      </dl>
      <h3>{t('supervisionMatter.explanation')}</h3>
      <ol class="explanation">
        {record.explanation[locale].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p>
        <a href={`/staff/clocks/${record.row.id}`}>{t('supervisionMatter.clockLink')}</a>
      </p>
    </>
  );
}

function Audit(props: { timeline: MatterTimeline }) {
  const { t } = useView();
  const { audit } = props.timeline;
  if (audit.length === 0) return <p>{t('supervisionMatter.noAudit')}</p>;
  return (
    <TableScroll>
      <table class="data-table">
        <caption>{t('supervisionMatter.auditCaption')}</caption>
        <thead>
          <tr>
            {['at', 'actor', 'action', 'target'].map((c) => (
              <th scope="col" key={c}>
                {t(`supervisionMatter.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {audit.map((r) => (
            <tr key={r.id}>
              <td>{localTime(r.at)}</td>
              <td>{r.actorName}</td>
              <td>{r.action}</td>
              <td>
                {r.targetType} {r.targetId}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Warnings(props: { timeline: MatterTimeline }) {
  const { t } = useView();
  const { warnings } = props.timeline;
  if (warnings.length === 0) return <p>{t('supervisionMatter.noWarnings')}</p>;
  return (
    <TableScroll>
      <table class="data-table">
        <caption>{t('supervisionMatter.warningsCaption')}</caption>
        <thead>
          <tr>
            {['rule', 'severity', 'stage', 'raisedOn'].map((c) => (
              <th scope="col" key={c}>
                {t(`supervisionMatter.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {warnings.map((w) => (
            <tr key={w.id}>
              <th scope="row">
                <a href={warningHref(w.id)}>{t(`warnings.rule.${w.rule}`)}</a>
              </th>
              <td>{t(`warnings.severity.${w.severity}`)}</td>
              <td>{t(`warnings.stage.${w.stage}`)}</td>
              <td>{w.raisedOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Facts(props: { timeline: MatterTimeline }) {
  const { t } = useView();
  const { matter } = props.timeline;
  const unit = t(`supervisionMatter.unit.${matter.limitUnit ?? 'working'}`);
  const yesNo = (v: boolean) => t(v ? 'supervisionMatter.yes' : 'supervisionMatter.no');
  return (
    <dl>
      <dt>{t('supervisionMatters.col.matterType')}</dt>
      <dd>
        {matterTypeLabel(t, matter.matterType)} ·{' '}
        {t('supervisionMatters.source', { source: matter.source })}
      </dd>
      <dt>{t('supervisionMatters.col.org')}</dt>
      <dd>{matter.orgName}</dd>
      <dt>{t('supervisionMatters.col.item')}</dt>
      <dd>{matter.itemCode ?? '—'}</dd>
      <dt>{t('supervisionMatter.received')}</dt>
      <dd>{matter.receivedOn}</dd>
      <dt>{t('supervisionMatters.col.acceptedOn')}</dt>
      <dd>{matter.acceptedOn ?? t('supervisionMatters.notAccepted')}</dd>
      <dt>{t('supervisionMatter.promised')}</dt>
      <dd>
        {matter.promisedDays === null
          ? '—'
          : t('supervisionMatter.days', { days: matter.promisedDays, unit })}
        {matter.isInstant && ` (${t('supervisionMatter.instant')})`}
      </dd>
      <dt>{t('supervisionMatter.statutory')}</dt>
      <dd>
        {matter.statutoryDays === null
          ? '—'
          : t('supervisionMatter.days', { days: matter.statutoryDays, unit })}
      </dd>
      <dt>{t('supervisionMatter.extended')}</dt>
      <dd>{yesNo(matter.extended)}</dd>
      <dt>{t('supervisionMatters.col.outcome')}</dt>
      <dd>
        {matter.outcome
          ? `${t(`supervisionMatters.outcome.${matter.outcome}`)} ${matter.outcomeOn ?? ''}`
          : t('supervisionMatters.open')}
      </dd>
      {matter.outcome && (
        <>
          <dt>{t('supervisionMatter.reason')}</dt>
          <dd>{matter.outcomeReason || '—'}</dd>
          <dt>{t('supervisionMatter.legalBasis')}</dt>
          <dd>{matter.outcomeLegalBasis || '—'}</dd>
        </>
      )}
      <dt>{t('supervisionMatter.fee')}</dt>
      <dd>{matter.feeTotal}</dd>
    </dl>
  );
}

export function MatterTimelinePage(props: { timeline: MatterTimeline }) {
  const { t } = useView();
  const { timeline } = props;
  const title = t('supervisionMatter.title', { matterId: timeline.matter.matterId });
  return (
    <StaffLayout title={title} system="supervision">
      <p>
        <a href="/staff/supervision">{t('supervisionMatters.back')}</a>
      </p>
      <h1>{title}</h1>
      {timeline.ownPage && (
        <p>
          <a href={timeline.ownPage}>{t('supervisionMatter.ownPage')}</a>
        </p>
      )}
      <h2>{t('supervisionMatter.facts')}</h2>
      <Facts timeline={timeline} />
      <h2>{t('supervisionMatter.checkpoints')}</h2>
      <Checkpoints checkpoints={timeline.checkpoints} />
      <h2>{t('supervisionMatter.clock')}</h2>
      <ClockSection timeline={timeline} />
      <h2>{t('supervisionMatter.warnings')}</h2>
      <Warnings timeline={timeline} />
      <h2>{t('supervisionMatter.audit')}</h2>
      <Audit timeline={timeline} />
    </StaffLayout>
  );
}
