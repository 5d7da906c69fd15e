import {
  ErrorSummary,
  Form,
  PortalLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import type { Translate } from '../../../platform/i18n/index.ts';
import type { PublicStatus } from '../foi-status.service.ts';
import { DateText, DueDate, outcomeLabel } from './public-parts.tsx';

/** /foi/status: tracking number and access code, sent by POST so the code is in no URL. */
export function StatusFormPage(props: { state: FormState }) {
  const { t } = useView();
  const { state } = props;
  return (
    <PortalLayout title={t('foiPublic.status.title')} section="openness">
      <div class="form-page">
        <ErrorSummary errors={state.errors} />
        <h1>{t('foiPublic.status.title')}</h1>
        <p>{t('foiPublic.status.intro')}</p>
        <Form action="/foi/status">
          <TextField
            name="trackingNumber"
            label={t('foiPublic.status.trackingNumber')}
            hint={t('foiPublic.status.trackingNumberHint')}
            autocomplete="off"
            state={state}
          />
          <TextField
            name="accessCode"
            label={t('foiPublic.status.accessCode')}
            hint={t('foiPublic.status.accessCodeHint')}
            autocomplete="off"
            keepValue={false}
            state={state}
          />
          <button type="submit" class="button">
            {t('foiPublic.status.submit')}
          </button>
        </Form>
        <p>{t('foiPublic.status.lost')}</p>
        <p>
          <a href="/foi/apply">{t('foiPublic.status.apply')}</a>
        </p>
      </div>
    </PortalLayout>
  );
}

/** What an event's note says, in the reader's words where it is a code; staff's own text as written. */
function EventNote(props: { kind: string; note: string; t: Translate }) {
  const { kind, note, t } = props;
  const { locale } = useView();
  if (!note) return null;
  const colon = locale === 'en' ? ': ' : '：';
  let text: string | null;
  switch (kind) {
    case 'received':
      text = t(`foi.channel.${note}`);
      break;
    case 'delivered':
      text = t(`foi.delivery.${note}`);
      break;
    case 'consultation_start':
      text = t(`foiPublic.party.${note}`);
      break;
    case 'replied':
      text = outcomeLabel(note, t);
      break;
    default:
      text = null;
  }
  // Text staff wrote (a correction notice, an extension's reason, a fee notice) is in Chinese.
  return text === null ? (
    <>
      {colon}
      <span lang="zh-CN">{note}</span>
    </>
  ) : (
    <>
      {colon}
      {text}
    </>
  );
}

/** The state of a request as its applicant may see it: dates, outcome and reply, public steps. */
export function StatusPage(props: { status: PublicStatus }) {
  const { t } = useView();
  const { status } = props;
  const replied = status.repliedOn !== null;
  return (
    <PortalLayout title={t('foiPublic.status.resultTitle')} section="openness">
      <div class="form-page">
        <h1>{t('foiPublic.status.resultTitle')}</h1>
        <table class="data-table">
          <tbody>
            <tr>
              <th scope="row">{t('foiPublic.status.trackingNumber')}</th>
              <td>{status.trackingNumber}</td>
            </tr>
            <tr>
              <th scope="row">{t('foiPublic.status.state')}</th>
              <td>
                <strong>{t(`foi.state.${status.state}`)}</strong>
              </td>
            </tr>
            <tr>
              <th scope="row">{t('foiPublic.status.receivedOn')}</th>
              <td>
                <DateText date={status.receivedOn} />
              </td>
            </tr>
            {!replied && (
              <tr>
                <th scope="row">{t('foiPublic.status.dueOn')}</th>
                <td>
                  {status.dueOn ? (
                    <DueDate dueOn={status.dueOn} provisional={status.dueBasis === 'provisional'} />
                  ) : (
                    t('foiPublic.status.paused')
                  )}
                </td>
              </tr>
            )}
            {replied && (
              <tr>
                <th scope="row">{t('foiPublic.status.repliedOn')}</th>
                <td>
                  <DateText date={status.repliedOn!} />
                </td>
              </tr>
            )}
            {replied && status.outcome && (
              <tr>
                <th scope="row">{t('foiPublic.status.outcome')}</th>
                <td>{outcomeLabel(status.outcome, t)}</td>
              </tr>
            )}
          </tbody>
        </table>
        {!replied && status.dueOn && status.dueBasis === 'provisional' && (
          <p class="warning">{t('foiPublic.provisionalNote')}</p>
        )}
        {replied && status.replyText && (
          <section aria-labelledby="reply-title">
            <h2 id="reply-title">{t('foiPublic.status.replyText')}</h2>
            {status.replyText
              .split(/\r?\n/)
              .filter((line) => line.trim() !== '')
              .map((line, i) => (
                <p key={i} lang="zh-CN">
                  {line}
                </p>
              ))}
          </section>
        )}
        {replied && <p class="notice">{t('foiPublic.status.remedies')}</p>}
        <h2>{t('foiPublic.status.timeline')}</h2>
        <ol class="explanation">
          {status.timeline.map((event, i) => (
            <li key={i}>
              <DateText date={event.on} /> {t(`foi.event.${event.kind}`)}
              <EventNote kind={event.kind} note={event.note} t={t} />
            </li>
          ))}
        </ol>
        <p>
          <a href="/foi/status">{t('foiPublic.status.another')}</a>
        </p>
        <p>
          <a href="/foi/apply">{t('foiPublic.status.apply')}</a>
        </p>
      </div>
    </PortalLayout>
  );
}
