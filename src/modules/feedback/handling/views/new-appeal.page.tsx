/** /staff/feedback/new: an appeal that came by phone, letter, 12345 transfer or visit; its receipt. */
import {
  ErrorSummary,
  Form,
  SelectField,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import { appealKinds, staffChannels } from '../../feedback.model.ts';
import type { AppealReceipt } from '../../submission.service.ts';
import type { OrgChoice } from '../step-support.ts';
import { appealHref } from './parts.tsx';

export function NewAppealPage(props: { state: FormState; orgs: OrgChoice[] }) {
  const { t } = useView();
  const { state } = props;
  return (
    <StaffLayout title={t('feedbackHandling.new.title')} system="feedback">
      <h1>{t('feedbackHandling.new.title')}</h1>
      <ErrorSummary errors={state.errors} />
      <Form action="/staff/feedback/new">
        <SelectField
          name="channel"
          label={t('feedbackHandling.new.channel')}
          state={state}
          options={staffChannels.map((c) => ({ value: c, label: t(`feedback.channel.${c}`) }))}
        />
        <SelectField
          name="kind"
          label={t('feedbackHandling.new.kind')}
          state={state}
          blank=""
          options={appealKinds.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) }))}
        />
        <TextField name="subject" label={t('feedbackHandling.new.subject')} state={state} />
        <TextField
          name="content"
          label={t('feedbackHandling.new.content')}
          rows={6}
          state={state}
        />
        <TextField name="place" label={t('feedbackHandling.new.place')} state={state} />
        <SelectField
          name="orgCode"
          label={t('feedbackHandling.new.org')}
          state={state}
          blank=""
          options={props.orgs.map((o) => ({ value: o.code, label: o.name }))}
        />
        <TextField name="name" label={t('feedbackHandling.new.name')} state={state} />
        <TextField name="phone" type="tel" label={t('feedbackHandling.new.phone')} state={state} />
        <TextField
          name="email"
          type="email"
          label={t('feedbackHandling.new.email')}
          state={state}
        />
        <div class="checkbox">
          <input
            type="checkbox"
            id="field-publicAllowed"
            name="publicAllowed"
            value="yes"
            checked={state.values['publicAllowed'] === 'yes'}
          />
          <label for="field-publicAllowed">{t('feedbackHandling.new.publicAllowed')}</label>
        </div>
        <button type="submit">{t('feedbackHandling.new.submit')}</button>
      </Form>
    </StaffLayout>
  );
}

export function NewAppealReceiptPage(props: { receipt: AppealReceipt }) {
  const { t } = useView();
  const { receipt } = props;
  return (
    <StaffLayout title={t('feedbackHandling.receipt.title')} system="feedback">
      <h1>{t('feedbackHandling.receipt.title')}</h1>
      <dl class="facts">
        <dt>{t('feedbackHandling.receipt.number')}</dt>
        <dd>{receipt.trackingNumber}</dd>
        <dt>{t('feedbackHandling.receipt.code')}</dt>
        <dd>
          <strong>{receipt.accessCode}</strong>
        </dd>
        <dt>{t('feedbackHandling.receipt.replyDue')}</dt>
        <dd>{receipt.replyDueOn}</dd>
        <dt>{t('feedbackHandling.receipt.completeDue')}</dt>
        <dd>{receipt.completeDueOn}</dd>
      </dl>
      <p role="note">{t('feedbackHandling.receipt.once')}</p>
      <p>
        <a href={appealHref(receipt.trackingNumber)}>{t('feedbackHandling.receipt.open')}</a>
      </p>
    </StaffLayout>
  );
}
