/**
 * /staff/approvals/cases/:n — a case: applicant (masked), materials, the case clock and the issue
 * clock, each joint review with its step clock's light and due date, the timeline, and the forms
 * of the steps the state and the reader's role allow.
 */
import { ErrorSummary, StaffLayout, useView, TableScroll } from '../../../platform/views/index.ts';
import type { StaffCase } from '../case-read.service.ts';
import { CaseActions, type ActionStates } from './case-actions.tsx';
import { ClockCell, Fact, caseHref } from './case-parts.tsx';

const maskId = (id: string) =>
  id.length > 8 ? `${id.slice(0, 4)}**********${id.slice(-4)}` : '****';
const maskPhone = (phone: string) => phone.replace(/^(\d{3})\d{4}(\d{2,})$/, '$1****$2');

function Reviews(props: { data: StaffCase }) {
  const { t } = useView();
  if (props.data.reviews.length === 0) return null;
  return (
    <TableScroll>
      <table class="data-table" id="reviews">
        <caption>{t('approvals.cases.review.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('approvals.cases.review.org')}</th>
            <th scope="col">{t('approvals.cases.review.stepDays')}</th>
            <th scope="col">{t('approvals.cases.review.state')}</th>
            <th scope="col">{t('approvals.cases.review.clock')}</th>
            <th scope="col">{t('approvals.cases.field.opinion')}</th>
          </tr>
        </thead>
        <tbody>
          {props.data.reviews.map((r) => (
            <tr key={r.id} data-org={r.orgCode}>
              <th scope="row">{r.orgName}</th>
              <td>{r.stepDays}</td>
              <td>{t(`approvals.cases.review.${r.state}`)}</td>
              <td>
                <ClockCell clockId={r.clockId} view={r.clock} />
              </td>
              <td>
                {r.opinion
                  ? `${r.opinion}（${r.reviewerName}，${r.finishedOn ?? ''}）`
                  : t('approvals.cases.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function CasePage(props: { data: StaffCase; forms?: ActionStates }) {
  const { t } = useView();
  const { data } = props;
  const { row } = data;
  const forms = props.forms ?? {};
  const errors = Object.values(forms).flatMap((f) => f?.errors ?? []);
  const none = t('approvals.cases.none');
  const title = t('approvals.cases.page.title', { trackingNumber: row.trackingNumber });
  return (
    <StaffLayout title={title} system="powers">
      <ErrorSummary errors={errors} />
      <p>
        <a href="/staff/approvals/cases">{t('approvals.cases.list.title')}</a>
      </p>
      <h1>
        {title}{' '}
        <span class="status-tag" id="case-state">
          {t(`approvals.cases.state.${row.state}`)}
        </span>
      </h1>
      <dl class="facts">
        <Fact label={t('approvals.cases.field.item')}>
          {row.itemCode} {row.itemName}
          {row.isInstant && (
            <>
              {' '}
              <span class="status-tag">{t('approvals.cases.instant')}</span>
            </>
          )}
        </Fact>
        <Fact label={t('approvals.cases.field.org')}>{row.orgName}</Fact>
        <Fact label={t('approvals.cases.field.center')}>{row.centerName}</Fact>
        <Fact label={t('approvals.cases.field.channel')}>
          {t(`approvals.cases.channel.${row.channel}`)}
        </Fact>
        <Fact label={t('approvals.cases.field.limits')}>
          {t('approvals.cases.page.limits', {
            promised: row.promisedDays,
            statutory: row.statutoryDays,
          })}
        </Fact>
        <Fact label={t('approvals.cases.field.receivedOn')}>{row.receivedOn}</Fact>
        <Fact label={t('approvals.cases.field.acceptedOn')}>{row.acceptedOn ?? none}</Fact>
        <Fact label={t('approvals.cases.field.caseClock')}>
          {data.caseClock ? (
            <ClockCell clockId={row.clockId!} view={data.caseClock.view} />
          ) : (
            t('approvals.cases.page.noClock')
          )}
        </Fact>
        {data.issueClock && (
          <Fact label={t('approvals.cases.field.issueClock')}>
            <ClockCell clockId={row.issueClockId!} view={data.issueClock} />
          </Fact>
        )}
        {row.decision && (
          <Fact label={t('approvals.cases.field.decision')}>
            {t(`approvals.cases.decision.${row.decision}`)} {row.decidedOn} {row.decisionReason}
          </Fact>
        )}
        {row.certificateNumber && (
          <Fact label={t('approvals.cases.field.certificateNumber')}>
            {row.certificateNumber} {row.issuedOn}
          </Fact>
        )}
        {row.completedOn && (
          <Fact label={t('approvals.cases.field.completedOn')}>{row.completedOn}</Fact>
        )}
        {row.closeReason && (
          <Fact label={t('approvals.cases.field.reason')}>
            {row.closeReason} {row.legalBasis}
          </Fact>
        )}
      </dl>

      <h2>{t('approvals.cases.applicant.title')}</h2>
      <dl class="facts">
        <Fact label={t('approvals.cases.applicant.type')}>
          {t(`approvals.cases.applicantType.${row.applicantType}`)}
        </Fact>
        <Fact label={t('approvals.cases.applicant.name')}>{row.applicantName}</Fact>
        <Fact label={t('approvals.cases.applicant.idNumber')}>{maskId(row.idNumber)}</Fact>
        <Fact label={t('approvals.cases.applicant.phone')}>{maskPhone(row.phone)}</Fact>
        <Fact label={t('approvals.cases.applicant.creditCode')}>{row.creditCode || none}</Fact>
      </dl>

      <h2>{t('approvals.desk.materials')}</h2>
      <ul>
        {data.materials.map((m) => (
          <li key={m.materialId}>
            {m.name} —{' '}
            {m.provided
              ? t('approvals.cases.material.provided')
              : t('approvals.cases.material.missing')}
            {m.isRequired ? '' : ` ${t('approvals.cases.material.optional')}`}
          </li>
        ))}
      </ul>
      {row.noticedOn && (
        <p>
          <a href={`${caseHref(row.trackingNumber)}/notice`}>{t('approvals.desk.printNotice')}</a>
        </p>
      )}

      <h2>{t('approvals.cases.review.title')}</h2>
      {data.reviews.length === 0 ? (
        <p>
          {row.isJoint ? t('approvals.cases.review.notStarted') : t('approvals.cases.review.none')}
        </p>
      ) : (
        <Reviews data={data} />
      )}

      {data.actions.length > 0 && (
        <>
          <h2>{t('approvals.cases.page.actions')}</h2>
          <CaseActions data={data} forms={forms} />
        </>
      )}

      <TableScroll>
        <table class="data-table">
          <caption>{t('approvals.cases.timeline.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('approvals.cases.timeline.on')}</th>
              <th scope="col">{t('approvals.cases.timeline.step')}</th>
              <th scope="col">{t('approvals.cases.timeline.note')}</th>
              <th scope="col">{t('approvals.cases.timeline.public')}</th>
              <th scope="col">{t('approvals.cases.timeline.by')}</th>
            </tr>
          </thead>
          <tbody>
            {data.events.map((e) => (
              <tr key={e.id}>
                <td>{e.onDate}</td>
                <td>{t(`approvals.cases.event.${e.kind}`)}</td>
                <td>{e.note}</td>
                <td>{e.isPublic ? t('approvals.cases.yes') : t('approvals.cases.no')}</td>
                <td>{e.actorName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </StaffLayout>
  );
}
