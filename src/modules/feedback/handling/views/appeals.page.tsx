/** /staff/feedback/appeals: every appeal the viewer may read, filtered and paged. */
import {
  ErrorSummary,
  Pager,
  SelectField,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import { appealKinds, appealStates } from '../../feedback.model.ts';
import type { AppealListItem } from '../console.queries.ts';
import type { OrgChoice } from '../step-support.ts';
import { AppealTable } from './parts.tsx';

export function AppealsPage(props: {
  state: FormState;
  rows: AppealListItem[];
  total: number;
  page: number;
  pages: number;
  orgs: OrgChoice[];
}) {
  const { t } = useView();
  const { state } = props;
  const query = (page: number) => {
    const params = new URLSearchParams({ ...state.values, page: String(page) });
    return `/staff/feedback/appeals?${params.toString()}`;
  };
  return (
    <StaffLayout title={t('feedbackHandling.list.title')} system="feedback">
      <h1>{t('feedbackHandling.list.title')}</h1>
      <ErrorSummary errors={state.errors} />
      <form method="get" action="/staff/feedback/appeals" class="filters">
        <h2>{t('feedbackHandling.filter.title')}</h2>
        <SelectField
          name="state"
          label={t('feedbackHandling.col.state')}
          state={state}
          blank={t('feedbackHandling.filter.any')}
          options={appealStates.map((s) => ({ value: s, label: t(`feedback.state.${s}`) }))}
        />
        <SelectField
          name="kind"
          label={t('feedbackHandling.col.kind')}
          state={state}
          blank={t('feedbackHandling.filter.any')}
          options={appealKinds.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) }))}
        />
        <SelectField
          name="org"
          label={t('feedbackHandling.col.org')}
          state={state}
          blank={t('feedbackHandling.filter.any')}
          options={props.orgs.map((o) => ({ value: o.code, label: o.name }))}
        />
        <TextField
          name="from"
          type="date"
          label={t('feedbackHandling.filter.from')}
          state={state}
        />
        <TextField name="to" type="date" label={t('feedbackHandling.filter.to')} state={state} />
        <button type="submit">{t('feedbackHandling.filter.submit')}</button>
      </form>
      <AppealTable
        caption={t('feedbackHandling.list.caption', { total: props.total })}
        rows={props.rows}
      />
      <Pager
        label={t('feedbackHandling.pager.label')}
        page={props.page}
        pages={props.pages}
        href={query}
        previous={t('feedbackHandling.pager.previous')}
        next={t('feedbackHandling.pager.next')}
        status={t('feedbackHandling.pager.status', { page: props.page, pages: props.pages })}
      />
    </StaffLayout>
  );
}
