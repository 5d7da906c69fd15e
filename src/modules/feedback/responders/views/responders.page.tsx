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
import type { LocalDate } from '../../../../platform/calendar/index.ts';
import type { FeedbackSettings } from '../../feedback.settings.ts';
import { settingDefinitions } from '../../figures/figures.sql.ts';
import type { DutyResult } from '../duty.ts';
import type { ManagedOrg, Responder } from '../responders.service.ts';

export interface RespondersPageProps {
  orgs: ManagedOrg[];
  org: ManagedOrg | null;
  month: string;
  roster: Responder[];
  candidates: { id: number; name: string; username: string }[];
  workingDays: LocalDate[];
  shifts: Map<number, Set<LocalDate>>;
  duty: DutyResult[];
  dutyRule: FeedbackSettings['dutyRule'];
  addForm: FormState;
  endForm?: { id: number; form: FormState };
  saved: boolean;
}

function percent(counted: number, days: number): string {
  return days === 0 ? '—' : `${((counted / days) * 100).toFixed(2)}%`;
}

function Chooser(props: RespondersPageProps) {
  const { t } = useView();
  return (
    <form method="get" action="/staff/feedback/responders" class="filters">
      <label for="org">{t('feedbackResponders.org')}</label>
      <select id="org" name="org">
        {props.orgs.map((o) => (
          <option key={o.code} value={o.code} selected={o.code === props.org?.code}>
            {o.name}
          </option>
        ))}
      </select>
      <label for="month">{t('feedbackResponders.month')}</label>
      <input id="month" name="month" type="month" value={props.month} />
      <button type="submit">{t('feedbackResponders.show')}</button>
    </form>
  );
}

function Roster(props: RespondersPageProps & { org: ManagedOrg }) {
  const { t } = useView();
  if (props.roster.length === 0) return <p>{t('feedbackResponders.none')}</p>;
  return (
    <TableScroll>
      <table>
        <caption>{t('feedbackResponders.rosterCaption', { org: props.org.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedbackResponders.name')}</th>
            <th scope="col">{t('feedbackResponders.titleField')}</th>
            <th scope="col">{t('feedbackResponders.since')}</th>
            <th scope="col">{t('feedbackResponders.until')}</th>
          </tr>
        </thead>
        <tbody>
          {props.roster.map((r) => {
            const form =
              props.endForm?.id === r.id ? props.endForm.form : { values: {}, errors: [] };
            return (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td>{r.title}</td>
                <td>{r.since}</td>
                <td>
                  {r.until ?? (
                    <Form action={`/staff/feedback/responders/${r.id}/end`}>
                      <ErrorSummary errors={form.errors} />
                      <TextField
                        name="until"
                        label={t('feedbackResponders.until')}
                        hint={t('feedbackResponders.dateHint')}
                        type="date"
                        state={form}
                      />
                      <button type="submit">{t('feedbackResponders.end')}</button>
                    </Form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function AddForm(props: RespondersPageProps & { org: ManagedOrg }) {
  const { t } = useView();
  if (props.candidates.length === 0) return <p>{t('feedbackResponders.noCandidates')}</p>;
  return (
    <Form action="/staff/feedback/responders/add">
      <ErrorSummary errors={props.addForm.errors} />
      <input type="hidden" name="org" value={props.org.code} />
      <SelectField
        name="userId"
        label={t('feedbackResponders.user')}
        blank={t('feedbackResponders.chooseUser')}
        state={props.addForm}
        options={props.candidates.map((c) => ({
          value: String(c.id),
          label: `${c.name}（${c.username}）`,
        }))}
      />
      <TextField name="title" label={t('feedbackResponders.titleField')} state={props.addForm} />
      <TextField
        name="since"
        label={t('feedbackResponders.since')}
        hint={t('feedbackResponders.dateHint')}
        type="date"
        state={props.addForm}
      />
      <button type="submit">{t('feedbackResponders.add')}</button>
    </Form>
  );
}

function Schedule(props: RespondersPageProps & { org: ManagedOrg }) {
  const { t } = useView();
  const active = props.roster.filter(
    (r) => r.since <= `${props.month}-31` && (r.until === null || r.until >= `${props.month}-01`),
  );
  if (active.length === 0) return null;
  return (
    <Form action="/staff/feedback/responders/shifts">
      <input type="hidden" name="org" value={props.org.code} />
      <input type="hidden" name="month" value={props.month} />
      <p>{t('feedbackResponders.scheduleHint')}</p>
      <TableScroll>
        <table class="duty-grid">
          <caption>{t('feedbackResponders.scheduleCaption', { month: props.month })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feedbackResponders.name')}</th>
              {props.workingDays.map((d) => (
                <th scope="col" key={d}>
                  {d.slice(8)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {active.map((r) => {
              const own = props.shifts.get(r.id);
              return (
                <tr key={r.id}>
                  <th scope="row">
                    {r.name}
                    <input type="hidden" name="responders" value={String(r.id)} />
                    {!own && <span class="hint">{t('feedbackResponders.noSchedule')}</span>}
                  </th>
                  {props.workingDays.map((d) => (
                    <td key={d}>
                      <input
                        type="checkbox"
                        name={`d_${r.id}`}
                        value={d}
                        checked={own ? own.has(d) : true}
                        aria-label={t('feedbackResponders.dutyOn', { name: r.name, date: d })}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <button type="submit">{t('feedbackResponders.saveShifts')}</button>
    </Form>
  );
}

function Duty(props: RespondersPageProps) {
  const { t, locale } = useView();
  const days = props.duty.reduce((s, d) => s + d.dutyDays, 0);
  const counted = props.duty.reduce((s, d) => s + d.countedDays, 0);
  return (
    <>
      <p class="definition">{settingDefinitions.dutyRule[props.dutyRule][locale]}</p>
      <TableScroll>
        <table>
          <caption>{t('feedbackResponders.dutyCaption', { month: props.month })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feedbackResponders.name')}</th>
              <th scope="col">{t('feedbackResponders.dutyDays')}</th>
              <th scope="col">{t('feedbackResponders.countedDays')}</th>
              <th scope="col">{t('feedbackResponders.dutyRate')}</th>
            </tr>
          </thead>
          <tbody>
            {props.duty.map((d) => (
              <tr key={d.responderId}>
                <th scope="row">{d.name}</th>
                <td>{d.dutyDays}</td>
                <td>{d.countedDays}</td>
                <td>{percent(d.countedDays, d.dutyDays)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('feedbackResponders.total')}</th>
              <td>{days}</td>
              <td>{counted}</td>
              <td>{percent(counted, days)}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** /staff/feedback/responders: roster, schedule and duty of one org in one month. */
export function RespondersPage(props: RespondersPageProps) {
  const { t } = useView();
  const org = props.org;
  return (
    <StaffLayout title={t('feedbackResponders.title')} system="feedback">
      <h1>{t('feedbackResponders.title')}</h1>
      <p>{t('feedbackResponders.intro')}</p>
      {props.saved && <p role="status">{t('feedbackResponders.saved')}</p>}
      {!org ? (
        <p>{t('feedbackResponders.noOrgs')}</p>
      ) : (
        <>
          <Chooser {...props} />
          <h2>{t('feedbackResponders.roster')}</h2>
          <Roster {...props} org={org} />
          <h3>{t('feedbackResponders.add')}</h3>
          <AddForm {...props} org={org} />
          <h2>{t('feedbackResponders.schedule', { month: props.month })}</h2>
          <Schedule {...props} org={org} />
          <h2>{t('feedbackResponders.duty', { month: props.month })}</h2>
          <Duty {...props} />
        </>
      )}
    </StaffLayout>
  );
}
