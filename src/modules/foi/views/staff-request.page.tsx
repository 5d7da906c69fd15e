import { requestFileUrl } from '../foi-files.ts';
import type { ComponentChildren } from 'preact';
import { ErrorSummary, StaffLayout, useView, TableScroll } from '../../../platform/views/index.ts';
import { provisionalText } from '../../deadlines/index.ts';
import { maskEmail, maskIdNumber, maskPhone, outcomeLabel } from '../foi-ledger.format.ts';
import type { OrgChoice, RequestEventRow } from '../foi-ledger.queries.ts';
import type { StaffRequest } from '../foi-staff.service.ts';
import { DueDate, orgName } from './staff-fields.tsx';
import { requestHref } from './staff-ledger.page.tsx';
import { StepForms, type StepStates } from './staff-steps.tsx';

function Fact(props: { label: string; children: ComponentChildren; lang?: string }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd lang={props.lang}>{props.children}</dd>
    </>
  );
}

/** A timeline entry's note in words: channel, org, party and outcome codes are translated. */
function EventNote(props: { event: RequestEventRow; orgs: OrgChoice[] }) {
  const { t, locale } = useView();
  const { kind, note } = props.event;
  if (kind === 'received') return <>{t(`foi.channel.${note}`)}</>;
  if (kind === 'consultation_start') return <>{t(`foiStaff.party.${note}`)}</>;
  if (kind === 'replied') return <span lang="zh-CN">{outcomeLabel(note)}</span>;
  if (kind === 'assigned') {
    const org = props.orgs.find((o) => String(o.id) === note);
    return <>{org ? orgName(org, locale) : note}</>;
  }
  return <>{note}</>;
}

/** /staff/foi/:trackingNumber — the request, its reply clock, its timeline and the next steps. */
export function RequestPage(props: {
  data: StaffRequest;
  orgs: OrgChoice[];
  forms?: StepStates;
  today: string;
}) {
  const { t, locale } = useView();
  const { request, clock, events, canChange } = props.data;
  const { view } = clock;
  const forms = props.forms ?? {};
  const errors = Object.values(forms).flatMap((f) => f?.errors ?? []);
  const none = t('foiStaff.none');
  const provisional = provisionalText(view.provisionalYears, locale);
  const title = t('foiStaff.request.title', { trackingNumber: request.trackingNumber });
  return (
    <StaffLayout title={title} system="foi">
      <ErrorSummary errors={errors} />
      <p>
        <a href="/staff/foi">{t('foiStaff.back')}</a>
      </p>
      <h1>
        {title} <span class="status-tag">{t(`foi.state.${request.state}`)}</span>
      </h1>

      <h2>{t('foiStaff.request.applicant')}</h2>
      <dl class="facts">
        <Fact label={t('foiStaff.field.applicantType')}>
          {t(`foi.applicantType.${request.applicantType}`)}
        </Fact>
        <Fact label={t('foiStaff.field.applicantName')}>{request.applicantName}</Fact>
        <Fact label={t('foiStaff.field.idNumber')}>
          {t(`foi.idType.${request.idType}`)} {maskIdNumber(request.idNumber)}
        </Fact>
        <Fact label={t('foiStaff.field.phone')}>{maskPhone(request.phone)}</Fact>
        <Fact label={t('foiStaff.field.email')}>{maskEmail(request.email) || none}</Fact>
        <Fact label={t('foiStaff.field.address')}>{request.address || none}</Fact>
        <Fact label={t('foiStaff.field.identityScan')}>
          {props.data.files.length === 0
            ? none
            : props.data.files.map((file) => (
                <a key={file.id} href={requestFileUrl(request.trackingNumber, file.id)}>
                  {t('foiStaff.field.identityScanLink', {
                    type: file.mediaType,
                    size: Math.ceil(file.size / 1024),
                  })}
                </a>
              ))}
        </Fact>
      </dl>

      <h2>{t('foiStaff.request.details')}</h2>
      <dl class="facts">
        <Fact label={t('foiStaff.field.description')}>{request.description}</Fact>
        <Fact label={t('foiStaff.field.documentNumber')}>{request.documentNumber || none}</Fact>
        <Fact label={t('foiStaff.field.form')}>{t(`foi.form.${request.form}`)}</Fact>
        <Fact label={t('foiStaff.field.delivery')}>{t(`foi.delivery.${request.delivery}`)}</Fact>
        <Fact label={t('foiStaff.col.channel')}>{t(`foi.channel.${request.channel}`)}</Fact>
        <Fact label={t('foiStaff.field.receivedOn')}>{request.receivedOn}</Fact>
        <Fact label={t('foiStaff.col.org')}>
          {orgName({ name: request.orgName, nameEn: request.orgNameEn }, locale)}
        </Fact>
        {request.correctionNoticedOn && (
          <Fact label={t('foiStaff.request.correctionNoticedOn')}>
            {request.correctionNoticedOn}
          </Fact>
        )}
        {request.consultationDueOn && (
          <Fact label={t('foiStaff.request.consultationDueOn')}>{request.consultationDueOn}</Fact>
        )}
        {request.feeAmount !== null && (
          <Fact label={t('foiStaff.request.fee')}>
            {t('foiStaff.request.feeValue', {
              amount: request.feeAmount,
              dueOn: request.feeDueOn ?? '',
            })}
          </Fact>
        )}
      </dl>

      <h2>{t('foiStaff.clock.title')}</h2>
      <dl class="facts">
        <Fact label={t('foiStaff.clock.due')}>
          <span class="due-date">
            <DueDate
              dueOn={view.dueOn}
              basis={view.basis}
              clockState={view.state}
              light={view.light}
            />
          </span>
        </Fact>
        <Fact label={t('foiStaff.clock.days')}>
          {t('foiStaff.clock.daysValue', {
            used: view.usedDays,
            left: view.leftDays,
            overdue: view.overdueDays,
          })}
        </Fact>
      </dl>
      {provisional && <p class="warning">{provisional}</p>}
      <h3>{t('foiStaff.clock.how')}</h3>
      <ol class="explanation">
        {clock.explanation[locale].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p>
        <a href={`/staff/clocks/${request.clockId}`}>{t('foiStaff.clock.more')}</a>
      </p>

      {request.repliedOn && (
        <>
          <h2>{t('foiStaff.request.reply')}</h2>
          <dl class="facts">
            <Fact label={t('foiStaff.col.repliedOn')}>{request.repliedOn}</Fact>
            <Fact label={t('foiStaff.col.outcome')} lang="zh-CN">
              {outcomeLabel(request.outcome)}
            </Fact>
            <Fact label={t('foiStaff.step.legalBasis')}>{request.legalBasis || none}</Fact>
            <Fact label={t('foiStaff.step.replyText')}>{request.replyText || none}</Fact>
            <Fact label={t('foiStaff.request.deliveredOn')}>{request.deliveredOn ?? none}</Fact>
            <Fact label={t('foiStaff.request.archived')}>
              {request.archivedOn ? `${request.archivedOn} ${request.archiveNumber}` : none}
            </Fact>
          </dl>
          <ul class="action-links">
            <li>
              <a href={`${requestHref(request.trackingNumber)}/letter`}>
                {t('foiStaff.request.letter')}
              </a>
            </li>
            <li>
              <a href={`${requestHref(request.trackingNumber)}/letter.docx`}>
                {t('foiStaff.request.letterDocx')}
              </a>
            </li>
          </ul>
        </>
      )}

      <p>
        <a href={`${requestHref(request.trackingNumber)}/reviews`}>
          {t('foiStaff.request.reviews')}
        </a>
      </p>

      <h2>{t('foiStaff.timeline.title')}</h2>
      <TableScroll>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('foiStaff.timeline.on')}</th>
              <th scope="col">{t('foiStaff.timeline.step')}</th>
              <th scope="col">{t('foiStaff.timeline.note')}</th>
              <th scope="col">{t('foiStaff.timeline.public')}</th>
              <th scope="col">{t('foiStaff.timeline.by')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{e.onDate}</td>
                <td>{t(`foi.event.${e.kind}`)}</td>
                <td>
                  <EventNote event={e} orgs={props.orgs} />
                </td>
                <td>{t(e.isPublic ? 'foiStaff.yes' : 'foiStaff.no')}</td>
                <td>{e.actorName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2>{t('foiStaff.steps.title')}</h2>
      {canChange ? (
        <StepForms
          request={request}
          view={view}
          orgs={props.orgs}
          forms={forms}
          today={props.today}
        />
      ) : (
        <p class="notice">{t('foiStaff.steps.readOnly')}</p>
      )}
    </StaffLayout>
  );
}
