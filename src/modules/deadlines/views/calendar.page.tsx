import type { CalendarDay } from '../../../platform/calendar/index.ts';
import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  fieldId,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';

export interface CalendarYearView {
  year: number;
  basis: 'official' | 'provisional';
  /** The schedule's source for an official year: the notice number or chinese-days. */
  source: string;
  version: string;
  /** Twelve months, each a list of weeks of seven cells (Monday first), null outside the month. */
  months: (CalendarDay | null)[][][];
  /** One line per holiday or make-up run, in the page's language. */
  notable: string[];
}

export interface CalendarPageProps {
  view: CalendarYearView;
  canEnter: boolean;
  form: FormState;
  /** After an entry: how many open clocks were checked and moved. */
  entered?: { year: number; checked: number; moved: number };
  /** After an .ics upload: how many days were read into the form. */
  icsDays?: number;
}

function DayCell(props: { day: CalendarDay | null }) {
  const { t } = useView();
  const { day } = props;
  if (!day) return <td />;
  const classes = [`day-${day.kind}`, day.basis === 'provisional' ? 'day-provisional' : ''];
  const label =
    day.kind === 'holiday'
      ? t('calendar.day.holiday', { name: day.name ?? '' })
      : day.kind === 'makeup_workday'
        ? t('calendar.day.makeup', { name: day.name ?? '' })
        : null;
  return (
    <td class={classes.join(' ')}>
      {Number(day.date.slice(8))}
      {label && (
        <>
          <span aria-hidden="true">{day.kind === 'holiday' ? '休' : '班'}</span>
          <span class="visually-hidden">{label}</span>
        </>
      )}
    </td>
  );
}

function Month(props: { index: number; weeks: (CalendarDay | null)[][] }) {
  const { t } = useView();
  return (
    <table class="month">
      <caption>{t('calendar.month', { month: props.index + 1 })}</caption>
      <thead>
        <tr>
          {t('calendar.weekdays')
            .split(',')
            .map((d) => (
              <th scope="col" key={d}>
                {d}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>
        {props.weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, d) => (
              <DayCell key={d} day={day} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EntryForms(props: CalendarPageProps) {
  const { t, csrfToken } = useView();
  const icsError = props.form.errors.find((e) => e.field === 'file')?.message;
  return (
    <section aria-labelledby="enter-title">
      <h2 id="enter-title">{t('calendar.enter.title')}</h2>
      <p>{t('calendar.enter.intro')}</p>
      {props.icsDays !== undefined && (
        <p class="notice" role="status">
          {t('calendar.ics.read', { count: props.icsDays })}
        </p>
      )}
      <Form action="/staff/calendar">
        <TextField name="year" type="number" label={t('calendar.enter.year')} state={props.form} />
        <TextField
          name="sourceDocument"
          label={t('calendar.enter.sourceDocument')}
          hint={t('calendar.enter.sourceDocumentHint')}
          state={props.form}
        />
        <TextField
          name="days"
          rows={12}
          label={t('calendar.enter.days')}
          hint={t('calendar.enter.daysHint')}
          state={props.form}
        />
        <p>
          <label>
            <input
              type="checkbox"
              name="complete"
              value="on"
              checked={props.form.values.complete === 'on'}
            />{' '}
            {t('calendar.enter.complete')}
          </label>
        </p>
        <button type="submit">{t('calendar.enter.submit')}</button>
      </Form>
      <h3>{t('calendar.ics.title')}</h3>
      <p>{t('calendar.ics.intro')}</p>
      <form
        method="post"
        action={`/staff/calendar/ics?_csrf=${encodeURIComponent(csrfToken)}`}
        enctype="multipart/form-data"
        noValidate
      >
        <div class={icsError ? 'text-field field-error' : 'text-field'}>
          <label for={fieldId('file')}>{t('calendar.ics.file')}</label>
          {icsError && (
            <p class="error-message" id={`${fieldId('file')}-error`}>
              {t(icsError)}
            </p>
          )}
          <input
            id={fieldId('file')}
            name="file"
            type="file"
            accept=".ics,text/calendar"
            aria-invalid={icsError ? 'true' : undefined}
          />
        </div>
        <button type="submit">{t('calendar.ics.submit')}</button>
      </form>
    </section>
  );
}

/** /staff/calendar: a year as a calendar, its holidays as a list, and the entry of a schedule. */
export function CalendarPage(props: CalendarPageProps) {
  const { t } = useView();
  const { view } = props;
  return (
    <StaffLayout title={t('calendar.title', { year: view.year })} system="calendar">
      <ErrorSummary errors={props.form.errors} />
      <h1>{t('calendar.title', { year: view.year })}</h1>
      {props.entered && (
        <p class="notice" role="status">
          {t('calendar.entered', props.entered)}
        </p>
      )}
      <p>{t('calendar.intro')}</p>
      <p class={view.basis === 'official' ? 'notice' : 'warning'}>
        {view.basis === 'official'
          ? t('calendar.official', { year: view.year, source: view.source })
          : t('calendar.provisional', { year: view.year })}
      </p>
      <p class="pager">
        <a href={`/staff/calendar?year=${view.year - 1}`}>{t('calendar.prev')}</a>
        <a href={`/staff/calendar?year=${view.year + 1}`}>{t('calendar.next')}</a>
      </p>
      <h2>{t('calendar.notable')}</h2>
      {view.notable.length === 0 ? (
        <p>{t('calendar.noNotable')}</p>
      ) : (
        <ul>
          {view.notable.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p class="legend" aria-hidden="true">
        <span class="day-holiday">{t('calendar.legend.holiday')}</span>
        <span class="day-makeup_workday">{t('calendar.legend.makeup')}</span>
        <span class="day-weekend">{t('calendar.legend.weekend')}</span>
      </p>
      <div class="months">
        {view.months.map((weeks, index) => (
          <Month key={index} index={index} weeks={weeks} />
        ))}
      </div>
      <p>{t('calendar.version', { version: view.version })}</p>
      {props.canEnter && <EntryForms {...props} />}
    </StaffLayout>
  );
}
