/** /staff/publishing/guide/:code — editing an org's 政府信息公开指南 (条例第12条). */
import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import type { CatalogOrg } from '../catalog.queries.ts';
import { guideHref, staffGuideHref } from './parts.tsx';

export function StaffGuidePage(props: { org: CatalogOrg; isDefault: boolean; state: FormState }) {
  const { t } = useView();
  const title = t('publishingCatalog.staff.guide.title', { org: props.org.name });
  return (
    <StaffLayout title={title} system="publishing">
      <p>
        <a href="/staff/publishing/catalog">{t('publishingCatalog.staff.title')}</a>
        {' · '}
        <a href={guideHref(props.org.code)}>{t('publishingCatalog.staff.guide.view')}</a>
      </p>
      <h1>{title}</h1>
      {props.isDefault && <p class="notice">{t('publishingCatalog.staff.guide.default')}</p>}
      <Form action={staffGuideHref(props.org.code)}>
        <ErrorSummary errors={props.state.errors} />
        <TextField
          name="bodyHtml"
          label={t('publishingCatalog.staff.guide.label')}
          hint={t('publishingCatalog.staff.guide.hint')}
          rows={30}
          state={props.state}
        />
        <button type="submit">{t('publishingCatalog.staff.guide.submit')}</button>
      </Form>
    </StaffLayout>
  );
}
