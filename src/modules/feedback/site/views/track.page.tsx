/**
 * /interaction/track: the number and access code (by POST, so the code is in no URL), then the
 * appeal as its submitter sees it, with the rating and reopening forms (the code rides along in
 * their POST bodies).
 */
import {
  ErrorSummary,
  Form,
  PortalLayout,
  RadioGroup,
  TextField,
  emptyForm,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import type { Translate } from '../../../../platform/i18n/index.ts';
import { ratingLevels } from '../../feedback.model.ts';
import type { AppealStatus, PublicEvent } from '../site.queries.ts';

export function TrackFormPage(props: { state: FormState }) {
  const { t } = useView();
  return (
    <PortalLayout title={t('feedbackSite.track.title')} section="interaction">
      <div class="form-page">
        <ErrorSummary errors={props.state.errors} />
        <h1>{t('feedbackSite.track.title')}</h1>
        <p>{t('feedbackSite.track.intro')}</p>
        <Form action="/interaction/track">
          <TextField
            name="number"
            label={t('feedbackSite.track.number')}
            hint={t('feedbackSite.track.numberHint')}
            autocomplete="off"
            state={props.state}
          />
          <TextField
            name="accessCode"
            label={t('feedbackSite.track.accessCode')}
            autocomplete="off"
            keepValue={false}
            state={props.state}
          />
          <button type="submit" class="button">
            {t('feedbackSite.track.submit')}
          </button>
        </Form>
      </div>
    </PortalLayout>
  );
}

const knownEvents = new Set([
  'submitted',
  'routed',
  'assigned',
  'claimed',
  'transferred',
  'returned',
  'replied',
  'extended',
  'closed',
  'merged',
  'rated',
  'reopened',
]);

function eventText(event: PublicEvent, t: Translate): string {
  const key = knownEvents.has(event.kind) ? event.kind : 'other';
  return t(`feedbackSite.event.${key}`, { org: event.toOrgName || event.orgName });
}

function History(props: { events: PublicEvent[] }) {
  const { t } = useView();
  return (
    <table class="data-table">
      <caption>{t('feedbackSite.status.historyCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('feedbackSite.status.date')}</th>
          <th scope="col">{t('feedbackSite.status.step')}</th>
        </tr>
      </thead>
      <tbody>
        {props.events.map((event, i) => (
          <tr key={i}>
            <td>{event.onDate}</td>
            <td>
              {eventText(event, t)}
              {event.reason && <span lang="zh-CN">：{event.reason}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Hidden(props: { number: string; accessCode: string }) {
  return (
    <>
      <input type="hidden" name="number" value={props.number} />
      <input type="hidden" name="accessCode" value={props.accessCode} />
    </>
  );
}

export interface StatusForms {
  rate?: FormState;
  reopen?: FormState;
  notice?: string;
}

function Row(props: { label: string; value: string | null }) {
  if (!props.value) return null;
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td>{props.value}</td>
    </tr>
  );
}

export function StatusPage(props: {
  status: AppealStatus;
  accessCode: string;
  forms?: StatusForms;
}) {
  const { t } = useView();
  const { status } = props;
  const forms = props.forms ?? {};
  const open = status.closedOn === null;
  const errors = [...(forms.rate?.errors ?? []), ...(forms.reopen?.errors ?? [])];
  return (
    <PortalLayout
      title={t('feedbackSite.status.title', { number: status.trackingNumber })}
      section="interaction"
    >
      <div class="form-page">
        <ErrorSummary errors={errors} />
        <h1>{t('feedbackSite.status.title', { number: status.trackingNumber })}</h1>
        {forms.notice && (
          <p class="notice" role="status">
            {t(forms.notice)}
          </p>
        )}
        <table class="data-table">
          <tbody>
            <Row label={t('feedbackSite.status.subject')} value={status.subject} />
            <Row label={t('feedbackSite.status.kind')} value={t(`feedback.kind.${status.kind}`)} />
            <Row
              label={t('feedbackSite.status.state')}
              value={t(`feedback.state.${status.state}`)}
            />
            <Row label={t('feedbackSite.status.org')} value={status.orgName} />
            <Row label={t('feedbackSite.status.receivedOn')} value={status.receivedOn} />
            {status.firstReplyOn === null && (
              <Row label={t('feedbackSite.status.replyDueOn')} value={status.replyDueOn} />
            )}
            <Row label={t('feedbackSite.status.firstReplyOn')} value={status.firstReplyOn} />
            {open && (
              <Row label={t('feedbackSite.status.completeDueOn')} value={status.completeDueOn} />
            )}
            <Row label={t('feedbackSite.status.closedOn')} value={status.closedOn} />
          </tbody>
        </table>
        {status.mergedInto && (
          <section aria-labelledby="merged-title">
            <h2 id="merged-title">
              {t('feedbackSite.status.merged', { number: status.mergedInto.trackingNumber })}
            </h2>
            <p>
              {t('feedbackSite.status.state')}: {t(`feedback.state.${status.mergedInto.state}`)}
            </p>
            <History events={status.mergedInto.events} />
            {status.mergedInto.publicReplies.map((reply, i) => (
              <section class="card" key={i}>
                <h3>
                  {t('feedbackSite.status.publicText')} {reply.onDate}
                </h3>
                <p class="prewrap" lang="zh-CN">
                  {reply.text}
                </p>
              </section>
            ))}
          </section>
        )}
        <h2>{t('feedbackSite.status.history')}</h2>
        <History events={status.events} />
        <h2>{t('feedbackSite.status.replies')}</h2>
        {status.replies.length === 0 && <p>{t('feedbackSite.status.noReply')}</p>}
        {status.replies.map((reply, i) => (
          <section class="card" key={i}>
            <h3>
              {reply.onDate} {reply.orgName}
            </h3>
            <h4>{t('feedbackSite.status.replyTo')}</h4>
            <p class="prewrap" lang="zh-CN">
              {reply.privateText}
            </p>
            {reply.publicText && (
              <>
                <h4>{t('feedbackSite.status.publicText')}</h4>
                <p class="prewrap" lang="zh-CN">
                  {reply.publicText}
                </p>
              </>
            )}
          </section>
        ))}
        {status.canRate && (
          <section aria-labelledby="rate-title">
            <h2 id="rate-title">{t('feedbackSite.rate.title')}</h2>
            <Form action="/interaction/track/rating">
              <Hidden number={status.trackingNumber} accessCode={props.accessCode} />
              <RadioGroup
                name="level"
                legend={t('feedbackSite.rate.level')}
                options={ratingLevels.map((level) => ({
                  value: level,
                  label: t(`feedback.level.${level}`),
                }))}
                state={forms.rate ?? emptyForm}
              />
              <TextField
                name="comment"
                label={t('feedbackSite.rate.comment')}
                rows={3}
                state={forms.rate ?? emptyForm}
              />
              <button type="submit" class="button">
                {t('feedbackSite.rate.submit')}
              </button>
            </Form>
          </section>
        )}
        {status.reopenUntil && (
          <section aria-labelledby="reopen-title">
            <h2 id="reopen-title">{t('feedbackSite.reopen.title')}</h2>
            <p>{t('feedbackSite.reopen.hint', { until: status.reopenUntil })}</p>
            <Form action="/interaction/track/reopen">
              <Hidden number={status.trackingNumber} accessCode={props.accessCode} />
              <TextField
                name="reason"
                label={t('feedbackSite.reopen.reason')}
                rows={3}
                state={forms.reopen ?? emptyForm}
              />
              <button type="submit" class="button secondary">
                {t('feedbackSite.reopen.submit')}
              </button>
            </Form>
          </section>
        )}
        <p>
          <a href="/interaction/track">{t('feedbackSite.status.again')}</a>
        </p>
      </div>
    </PortalLayout>
  );
}
