/** /staff/feedback/appeals/:number — the appeal, its clocks, history, replies and step forms. */
import {
  ErrorSummary,
  StaffLayout,
  TableScroll,
  useView,
} from '../../../../platform/views/index.ts';
import type { AppealDetail } from '../appeal-detail.ts';
import type { OrgChoice } from '../step-support.ts';
import { AppealSteps, type StepForms } from './appeal-steps.tsx';
import { appealHref } from './parts.tsx';

/** An instant as the county reads it (Asia/Shanghai), e.g. 2026-09-30 09:30. */
const localTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'short',
});
const when = (value: unknown) =>
  value instanceof Date ? localTime.format(value) : String(value ?? '');

function Facts(props: { detail: AppealDetail }) {
  const { t } = useView();
  const { appeal } = props.detail;
  return (
    <dl class="facts">
      <dt>{t('feedbackHandling.col.kind')}</dt>
      <dd>{t(`feedback.kind.${appeal.kind}`)}</dd>
      <dt>{t('feedbackHandling.col.state')}</dt>
      <dd>{t(`feedback.state.${appeal.state}`)}</dd>
      <dt>{t('feedbackHandling.col.org')}</dt>
      <dd>{props.detail.orgName ?? props.detail.dispatchOrgName}</dd>
      <dt>{t('feedbackHandling.col.received')}</dt>
      <dd>{appeal.receivedOn}</dd>
      <dt>{t('feedbackHandling.detail.channel')}</dt>
      <dd>{t(`feedback.channel.${appeal.channel}`)}</dd>
      <dt>{t('feedbackHandling.detail.place')}</dt>
      <dd>{appeal.place || '—'}</dd>
      <dt>{t('feedbackHandling.detail.publicAllowed')}</dt>
      <dd>
        {t(appeal.publicAllowed ? 'feedbackHandling.detail.yes' : 'feedbackHandling.detail.no')}
      </dd>
    </dl>
  );
}

function Contact(props: { detail: AppealDetail }) {
  const { t } = useView();
  const { appeal } = props.detail;
  return (
    <section aria-labelledby="contact-title">
      <h2 id="contact-title">{t('feedbackHandling.detail.contact')}</h2>
      <dl class="facts">
        <dt>{t('feedbackHandling.detail.name')}</dt>
        <dd>{appeal.submitterName || '—'}</dd>
        <dt>{t('feedbackHandling.detail.phone')}</dt>
        <dd>{appeal.submitterPhone || '—'}</dd>
        <dt>{t('feedbackHandling.detail.email')}</dt>
        <dd>{appeal.submitterEmail || '—'}</dd>
      </dl>
    </section>
  );
}

function Clocks(props: { detail: AppealDetail }) {
  const { t } = useView();
  return (
    <TableScroll>
      <table>
        <caption>{t('feedbackHandling.detail.clocks')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedbackHandling.detail.clock')}</th>
            <th scope="col">{t('feedbackHandling.detail.due')}</th>
            <th scope="col">{t('feedbackHandling.detail.used')}</th>
            <th scope="col">{t('feedbackHandling.detail.light')}</th>
          </tr>
        </thead>
        <tbody>
          {props.detail.clocks.map(({ purpose, id, view }) => (
            <tr key={id}>
              <th scope="row">
                <a href={`/staff/clocks/${id}`}>{t(`feedbackHandling.clock.${purpose}`)}</a>
              </th>
              <td>{view.dueOn ?? '—'}</td>
              <td>
                {view.usedDays} / {view.leftDays}
              </td>
              <td class={`light light-${view.light}`}>
                {view.state === 'stopped'
                  ? `${t('feedbackHandling.clock.stopped')}（${view.stoppedOn ?? ''}）`
                  : t(`feedbackHandling.light.${view.light}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The part's words for its events; another part's event shows its own name until it has words. */
function eventLabel(t: (key: string) => string, kind: string): string {
  const key = `feedbackHandling.event.${kind}`;
  const label = t(key);
  return label === key ? kind : label;
}

function History(props: { detail: AppealDetail }) {
  const { t } = useView();
  return (
    <TableScroll>
      <table>
        <caption>{t('feedbackHandling.detail.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedbackHandling.detail.when')}</th>
            <th scope="col">{t('feedbackHandling.detail.what')}</th>
            <th scope="col">{t('feedbackHandling.detail.who')}</th>
            <th scope="col">{t('feedbackHandling.detail.reasonCol')}</th>
          </tr>
        </thead>
        <tbody>
          {props.detail.history.map((entry, index) => (
            <tr key={index}>
              <td>{when(entry.at)}</td>
              <th scope="row">
                {eventLabel(t, entry.kind)}
                {entry.toOrgName ? ` → ${entry.toOrgName}` : ''}
              </th>
              <td>{entry.actorName}</td>
              <td>{entry.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Replies(props: { detail: AppealDetail }) {
  const { t } = useView();
  const { replies } = props.detail;
  return (
    <section aria-labelledby="replies-title">
      <h2 id="replies-title">{t('feedbackHandling.detail.replies')}</h2>
      {replies.length === 0 && <p>{t('feedbackHandling.detail.none')}</p>}
      {replies.map((reply, index) => (
        <article key={index} class="reply">
          <p class="meta">
            {when(reply['at'])} {String(reply['orgName'] ?? '')}{' '}
            {String(reply['responderName'] ?? '')}
          </p>
          <h3>{t('feedbackHandling.detail.private')}</h3>
          <p class="pre-line">{String(reply['privateText'] ?? '')}</p>
          {reply['publicText'] != null && (
            <>
              <h3>{t('feedbackHandling.detail.public')}</h3>
              <p class="pre-line">{String(reply['publicText'])}</p>
            </>
          )}
        </article>
      ))}
    </section>
  );
}

/** Ratings, rectifications and call-backs as the site part records them (read-only). */
function Records(props: { title: string; rows: Record<string, unknown>[] }) {
  const { t } = useView();
  return (
    <section>
      <h2>{props.title}</h2>
      {props.rows.length === 0 ? (
        <p>{t('feedbackHandling.detail.none')}</p>
      ) : (
        <ul>
          {props.rows.map((row, index) => (
            <li key={index}>
              {Object.entries(row)
                .filter(([, v]) => v !== null && v !== '')
                .map(([k, v]) =>
                  k === 'level'
                    ? t(`feedback.level.${String(v)}`)
                    : k === 'at'
                      ? when(v)
                      : String(v),
                )
                .join(' · ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function AppealPage(props: { detail: AppealDetail; orgs: OrgChoice[]; forms: StepForms }) {
  const { t } = useView();
  const { detail } = props;
  const { appeal } = detail;
  const errors = Object.values(props.forms).flatMap((form) => form?.errors ?? []);
  return (
    <StaffLayout title={`${appeal.trackingNumber} ${appeal.subject}`} system="feedback">
      <p>
        <a href="/staff/feedback">{t('feedbackHandling.title')}</a>
      </p>
      <h1>
        {appeal.trackingNumber} {appeal.subject}
      </h1>
      <ErrorSummary errors={errors} />
      <Facts detail={detail} />
      <section aria-labelledby="content-title">
        <h2 id="content-title">{t('feedbackHandling.detail.content')}</h2>
        <p class="pre-line">{appeal.content}</p>
        {detail.attachments.length > 0 && (
          <ul>
            {detail.attachments.map((fileId, index) => (
              <li key={fileId}>
                <a href={`${appealHref(appeal.trackingNumber)}/files/${fileId}`}>
                  {t('feedbackHandling.detail.attachment', { n: index + 1 })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Contact detail={detail} />
      <Clocks detail={detail} />
      <Replies detail={detail} />
      <AppealSteps detail={detail} orgs={props.orgs} forms={props.forms} />
      <History detail={detail} />
      <Records title={t('feedbackHandling.detail.ratings')} rows={detail.ratings} />
      <Records title={t('feedbackHandling.detail.rectifications')} rows={detail.rectifications} />
      <Records title={t('feedbackHandling.detail.callbacks')} rows={detail.callbacks} />
    </StaffLayout>
  );
}
