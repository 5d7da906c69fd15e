/** /staff/feedback/routing: the rules in matching order, a form to add one, and one to edit. */
import {
  ErrorSummary,
  Form,
  SelectField,
  StaffLayout,
  TableScroll,
  TextField,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import { appealKinds } from '../../feedback.model.ts';
import type { RuleRow } from '../routing-rules.service.ts';
import type { OrgChoice } from '../step-support.ts';

export function RuleFields(props: { state: FormState; orgs: OrgChoice[] }) {
  const { t } = useView();
  const { state } = props;
  return (
    <>
      <TextField
        name="priority"
        type="number"
        label={t('feedbackHandling.routing.priority')}
        state={state}
      />
      <SelectField
        name="kind"
        label={t('feedbackHandling.routing.kind')}
        state={state}
        blank={t('feedbackHandling.filter.any')}
        options={appealKinds.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) }))}
      />
      <TextField name="keyword" label={t('feedbackHandling.routing.keyword')} state={state} />
      <TextField name="place" label={t('feedbackHandling.routing.place')} state={state} />
      <SelectField
        name="orgCode"
        label={t('feedbackHandling.routing.org')}
        state={state}
        blank=""
        options={props.orgs.map((o) => ({ value: o.code, label: o.name }))}
      />
    </>
  );
}

export function RoutingPage(props: { rules: RuleRow[]; orgs: OrgChoice[]; state: FormState }) {
  const { t } = useView();
  return (
    <StaffLayout title={t('feedbackHandling.routing.title')} system="feedback">
      <h1>{t('feedbackHandling.routing.title')}</h1>
      <p>{t('feedbackHandling.routing.intro')}</p>
      {props.rules.length === 0 ? (
        <p>{t('feedbackHandling.routing.none')}</p>
      ) : (
        <TableScroll>
          <table>
            <caption>{t('feedbackHandling.routing.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feedbackHandling.routing.priority')}</th>
                <th scope="col">{t('feedbackHandling.routing.kind')}</th>
                <th scope="col">{t('feedbackHandling.routing.keyword')}</th>
                <th scope="col">{t('feedbackHandling.routing.place')}</th>
                <th scope="col">{t('feedbackHandling.routing.org')}</th>
                <th scope="col">{t('feedbackHandling.routing.active')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rules.map((rule) => (
                <tr key={rule.id}>
                  <th scope="row">{rule.priority}</th>
                  <td>
                    {rule.kind ? t(`feedback.kind.${rule.kind}`) : t('feedbackHandling.filter.any')}
                  </td>
                  <td>{rule.keyword ?? '—'}</td>
                  <td>{rule.place ?? '—'}</td>
                  <td>{rule.orgName}</td>
                  <td>
                    {rule.isActive ? (
                      <>
                        <a href={`/staff/feedback/routing/${rule.id}`}>
                          {t('feedbackHandling.routing.edit')}
                        </a>
                        <Form
                          action={`/staff/feedback/routing/${rule.id}/deactivate`}
                          class="inline"
                        >
                          <button type="submit">{t('feedbackHandling.routing.deactivate')}</button>
                        </Form>
                      </>
                    ) : (
                      t('feedbackHandling.routing.inactive')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <section aria-labelledby="rule-add">
        <h2 id="rule-add">{t('feedbackHandling.routing.add')}</h2>
        <ErrorSummary errors={props.state.errors} />
        <Form action="/staff/feedback/routing">
          <RuleFields state={props.state} orgs={props.orgs} />
          <button type="submit">{t('feedbackHandling.routing.add')}</button>
        </Form>
      </section>
    </StaffLayout>
  );
}

export function RuleEditPage(props: { id: number; orgs: OrgChoice[]; state: FormState }) {
  const { t } = useView();
  return (
    <StaffLayout title={t('feedbackHandling.routing.editTitle')} system="feedback">
      <p>
        <a href="/staff/feedback/routing">{t('feedbackHandling.routing.title')}</a>
      </p>
      <h1>{t('feedbackHandling.routing.editTitle')}</h1>
      <ErrorSummary errors={props.state.errors} />
      <Form action={`/staff/feedback/routing/${props.id}`}>
        <RuleFields state={props.state} orgs={props.orgs} />
        <button type="submit">{t('feedbackHandling.routing.save')}</button>
      </Form>
    </StaffLayout>
  );
}
