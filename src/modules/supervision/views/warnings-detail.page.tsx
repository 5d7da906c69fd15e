/**
 * /staff/supervision/warnings/:id — one warning: what was found on which matter, its actions so
 * far, and the form of the next step (a supervisor's) or the rectification report (the org's).
 */
import {
  ErrorSummary,
  Form,
  StaffLayout,
  TableScroll,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import { supervisorStages, nextStages } from '../warnings.model.ts';
import type { WarningActionRow, WarningRow } from '../warnings.queries.ts';
import { FoundText, SelectField, matterPath, warningPath } from './warnings-parts.tsx';
import { matterTypeLabel } from './dashboard-parts.tsx';

export interface WarningDetailProps {
  warning: WarningRow;
  actions: WarningActionRow[];
  canStep: boolean;
  canReport: boolean;
  /** Whether the current stage may be answered by a rectification report. */
  reportOpen: boolean;
  orderDays: number;
  stepState: FormState;
  reportState: FormState;
}

function Facts(props: { warning: WarningRow; orderDueOn: string | null }) {
  const { t } = useView();
  const w = props.warning;
  return (
    <dl class="facts">
      <dt>{t('warnings.detail.matter')}</dt>
      <dd>
        {matterTypeLabel(t, w.matterType)} {w.matterId} (
        <a href={matterPath(w.supervisedId)}>{t('warnings.detail.matterLink')}</a>)
      </dd>
      <dt>{t('warnings.col.org')}</dt>
      <dd>{w.orgName}</dd>
      <dt>{t('warnings.col.rule')}</dt>
      <dd>{t(`warnings.rule.${w.rule}`)}</dd>
      <dt>{t('warnings.col.severity')}</dt>
      <dd>{t(`warnings.severity.${w.severity}`)}</dd>
      <dt>{t('warnings.col.stage')}</dt>
      <dd>{t(`warnings.stage.${w.stage}`)}</dd>
      <dt>{t('warnings.col.raisedOn')}</dt>
      <dd>{w.raisedOn}</dd>
      {props.orderDueOn && (
        <>
          <dt>{t('warnings.detail.orderDue')}</dt>
          <dd>
            {w.orderClockId ? (
              <a href={`/staff/clocks/${w.orderClockId}`}>{props.orderDueOn}</a>
            ) : (
              props.orderDueOn
            )}
          </dd>
        </>
      )}
    </dl>
  );
}

function History(props: { actions: WarningActionRow[] }) {
  const { t, locale } = useView();
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <TableScroll>
      <table class="data-table">
        <caption>{t('warnings.detail.historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('warnings.col.at')}</th>
            <th scope="col">{t('warnings.col.stage')}</th>
            <th scope="col">{t('warnings.col.actor')}</th>
            <th scope="col">{t('warnings.col.note')}</th>
            <th scope="col">{t('warnings.col.dueOn')}</th>
          </tr>
        </thead>
        <tbody>
          {props.actions.map((a) => (
            <tr key={a.id}>
              <td>{time.format(a.at)}</td>
              <th scope="row">{t(`warnings.stage.${a.stage}`)}</th>
              <td>{a.actorName === 'system' ? t('warnings.actor.system') : a.actorName}</td>
              <td>{a.note}</td>
              <td>{a.dueOn ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function StepForm(props: { warning: WarningRow; state: FormState; orderDays: number }) {
  const { t } = useView();
  const stages = nextStages(props.warning.stage).filter((s) =>
    (supervisorStages as readonly string[]).includes(s),
  );
  if (stages.length === 0) return null;
  return (
    <section aria-labelledby="step-title">
      <h2 id="step-title">{t('warnings.form.step')}</h2>
      <p>{t('warnings.form.stepIntro')}</p>
      <ErrorSummary errors={props.state.errors} />
      <Form action={`${warningPath(props.warning.id)}/step`}>
        <SelectField
          name="stage"
          label={t('warnings.form.stage')}
          state={props.state}
          options={stages.map((s) => ({ value: s, label: t(`warnings.stage.${s}`) }))}
        />
        <TextField name="note" label={t('warnings.form.note')} state={props.state} rows={4} />
        <TextField
          name="days"
          type="number"
          label={t('warnings.form.days')}
          hint={t('warnings.form.daysHint', { days: props.orderDays })}
          state={props.state}
        />
        <button type="submit" class="button">
          {t('warnings.form.submit')}
        </button>
      </Form>
    </section>
  );
}

function ReportForm(props: { warning: WarningRow; state: FormState }) {
  const { t } = useView();
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('warnings.form.rectification')}</h2>
      <ErrorSummary errors={props.state.errors} />
      <Form action={`${warningPath(props.warning.id)}/rectification`}>
        <TextField
          name="report"
          label={t('warnings.form.report')}
          hint={t('warnings.form.reportHint')}
          state={props.state}
          rows={6}
        />
        <button type="submit" class="button">
          {t('warnings.form.submitReport')}
        </button>
      </Form>
    </section>
  );
}

export function WarningDetailPage(props: WarningDetailProps) {
  const { t } = useView();
  const { warning } = props;
  const title = t('warnings.detail.title', { id: warning.id });
  const orderDueOn = props.actions.findLast((a) => a.stage === 'order')?.dueOn ?? null;
  return (
    <StaffLayout title={title} system="supervision">
      <p>
        <a href="/staff/supervision/warnings">{t('warnings.title')}</a>
      </p>
      <h1>{title}</h1>
      <h2>{t('warnings.detail.facts')}</h2>
      <Facts warning={warning} orderDueOn={orderDueOn} />
      <h2>{t('warnings.detail.found')}</h2>
      <FoundText rule={warning.rule} detail={warning.detail} />
      <h2>{t('warnings.detail.history')}</h2>
      <History actions={props.actions} />
      {warning.stage === 'closed' && <p>{t('warnings.closedNote')}</p>}
      {props.canStep && (
        <StepForm warning={warning} state={props.stepState} orderDays={props.orderDays} />
      )}
      {props.canReport && (props.reportOpen || props.reportState.errors.length > 0) && (
        <ReportForm warning={warning} state={props.reportState} />
      )}
    </StaffLayout>
  );
}
