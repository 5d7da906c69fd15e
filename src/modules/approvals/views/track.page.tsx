/**
 * /services/track — the applicant follows a case with its tracking number and access code (sent
 * by POST so the code is in no URL); the page shows the state, dates and public steps, and of the
 * applicant only the name's first character.
 */
import {
  ErrorSummary,
  Form,
  PortalLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import type { TrackStatus } from '../case-read.service.ts';

export function TrackFormPage(props: { state: FormState }) {
  const { t } = useView();
  return (
    <PortalLayout title={t('approvals.track.title')} section="services">
      <div class="form-page">
        <ErrorSummary errors={props.state.errors} />
        <h1>{t('approvals.track.title')}</h1>
        <p>{t('approvals.track.intro')}</p>
        <Form action="/services/track">
          <TextField
            name="trackingNumber"
            label={t('approvals.cases.field.trackingNumber')}
            hint={t('approvals.track.trackingNumberHint')}
            autocomplete="off"
            state={props.state}
          />
          <TextField
            name="accessCode"
            label={t('approvals.cases.field.accessCode')}
            autocomplete="off"
            keepValue={false}
            state={props.state}
          />
          <button type="submit" class="button">
            {t('approvals.track.submit')}
          </button>
        </Form>
      </div>
    </PortalLayout>
  );
}

export function TrackStatusPage(props: { status: TrackStatus }) {
  const { t, locale } = useView();
  const { status } = props;
  const none = t('approvals.cases.none');
  const item = locale === 'en' && status.itemNameEn ? status.itemNameEn : status.itemName;
  return (
    <PortalLayout title={t('approvals.track.resultTitle')} section="services">
      <div class="form-page">
        <h1>{t('approvals.track.resultTitle')}</h1>
        <table class="data-table">
          <caption>{t('approvals.track.caption')}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('approvals.cases.field.trackingNumber')}</th>
              <td>{status.trackingNumber}</td>
            </tr>
            <tr>
              <th scope="row">{t('approvals.cases.field.item')}</th>
              <td>{item}</td>
            </tr>
            <tr>
              <th scope="row">{t('approvals.cases.applicant.name')}</th>
              <td>{status.applicant}</td>
            </tr>
            <tr>
              <th scope="row">{t('approvals.cases.field.state')}</th>
              <td>
                <strong id="track-state">{t(`approvals.cases.state.${status.state}`)}</strong>
              </td>
            </tr>
            <tr>
              <th scope="row">{t('approvals.cases.field.receivedOn')}</th>
              <td>{status.receivedOn}</td>
            </tr>
            <tr>
              <th scope="row">{t('approvals.cases.field.acceptedOn')}</th>
              <td>{status.acceptedOn ?? none}</td>
            </tr>
            {status.state !== 'completed' && status.dueOn && (
              <tr>
                <th scope="row">{t('approvals.cases.field.dueOn')}</th>
                <td>{status.dueOn}</td>
              </tr>
            )}
            {status.completedOn && (
              <tr>
                <th scope="row">{t('approvals.cases.field.completedOn')}</th>
                <td>{status.completedOn}</td>
              </tr>
            )}
            {status.certificateNumber && (
              <tr>
                <th scope="row">{t('approvals.cases.field.certificateNumber')}</th>
                <td>{status.certificateNumber}</td>
              </tr>
            )}
            {status.closeReason && (
              <tr>
                <th scope="row">{t('approvals.cases.field.reason')}</th>
                <td lang="zh-CN">{status.closeReason}</td>
              </tr>
            )}
          </tbody>
        </table>
        {status.noticeText && (
          <>
            <h2>{t('approvals.track.noticeTitle')}</h2>
            <pre class="notice-text" lang="zh-CN">
              {status.noticeText}
            </pre>
          </>
        )}
        <h2>{t('approvals.track.timeline')}</h2>
        <ol class="timeline">
          {status.timeline.map((e, i) => (
            <li key={i}>
              {e.on} {t(`approvals.cases.event.${e.kind}`)}
              {e.note && e.kind !== 'notice' ? <span lang="zh-CN">：{e.note}</span> : null}
            </li>
          ))}
        </ol>
        <p>
          <a href="/services/track">{t('approvals.track.again')}</a>
        </p>
      </div>
    </PortalLayout>
  );
}
