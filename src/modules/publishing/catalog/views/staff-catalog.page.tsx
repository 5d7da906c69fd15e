/**
 * /staff/publishing/catalog — the fill status of the 条例第20–21条 required categories per org
 * (a blank one in red and in words) and the county's index-number pattern.
 */
import {
  ErrorSummary,
  Form,
  StaffLayout,
  TableScroll,
  TextField,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import type { FillStatus } from '../fill-status.ts';
import { nodeHref, staffGuideHref } from './parts.tsx';

export function FillTable(props: { orgCode: string; orgName: string; rows: FillStatus[] }) {
  const { t } = useView();
  const blank = props.rows.filter((r) => r.blank).length;
  const caption = t('publishingCatalog.staff.fill.caption', { org: props.orgName });
  return (
    <section aria-labelledby={`fill-${props.orgCode}`}>
      <h3 id={`fill-${props.orgCode}`}>
        {props.orgName}{' '}
        {blank > 0 && (
          <span class="status-tag light-red">
            {t('publishingCatalog.staff.fill.blankCount', { count: blank })}
          </span>
        )}
      </h3>
      <p>
        <a href={staffGuideHref(props.orgCode)}>{t('publishingCatalog.staff.fill.guide')}</a>
      </p>
      <TableScroll label={caption}>
        <table class="fill-status">
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('publishingCatalog.staff.fill.node')}</th>
              <th scope="col">{t('publishingCatalog.staff.fill.basis')}</th>
              <th scope="col">{t('publishingCatalog.staff.fill.count')}</th>
              <th scope="col">{t('publishingCatalog.staff.fill.last')}</th>
              <th scope="col">{t('publishingCatalog.staff.fill.status')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.nodeCode} class={row.blank ? 'light-red' : undefined}>
                <th scope="row">
                  <a href={nodeHref(row.nodeCode, row.orgCode)}>{row.nodeName}</a>
                </th>
                <td>{row.legalBasis}</td>
                <td>{row.count}</td>
                <td class="nowrap">{row.lastPublishedOn}</td>
                <td>
                  {row.blank
                    ? t('publishingCatalog.staff.fill.blank')
                    : t('publishingCatalog.staff.fill.filled')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function PatternForm(props: { pattern: string; canEdit: boolean; state: FormState }) {
  const { t } = useView();
  return (
    <section aria-labelledby="index-pattern">
      <h2 id="index-pattern">{t('publishingCatalog.staff.pattern.title')}</h2>
      <p>{t('publishingCatalog.staff.pattern.current', { pattern: props.pattern })}</p>
      {props.canEdit ? (
        <Form action="/staff/publishing/catalog/pattern">
          <ErrorSummary errors={props.state.errors} />
          <TextField
            name="indexPattern"
            label={t('publishingCatalog.staff.pattern.label')}
            hint={t('publishingCatalog.staff.pattern.hint')}
            state={props.state}
          />
          <button type="submit">{t('publishingCatalog.staff.pattern.submit')}</button>
        </Form>
      ) : (
        <p>{t('publishingCatalog.staff.pattern.countyOnly')}</p>
      )}
    </section>
  );
}

export function StaffCatalogPage(props: {
  orgs: { code: string; name: string; rows: FillStatus[] }[];
  pattern: string;
  canEditPattern: boolean;
  state: FormState;
}) {
  const { t } = useView();
  const blank = props.orgs.reduce((n, o) => n + o.rows.filter((r) => r.blank).length, 0);
  return (
    <StaffLayout title={t('publishingCatalog.staff.title')} system="publishing">
      <h1>{t('publishingCatalog.staff.title')}</h1>
      <PatternForm pattern={props.pattern} canEdit={props.canEditPattern} state={props.state} />
      <section aria-labelledby="fill-status">
        <h2 id="fill-status">{t('publishingCatalog.staff.fill.title')}</h2>
        <p>{t('publishingCatalog.staff.fill.intro')}</p>
        <p role="status">
          {t('publishingCatalog.staff.fill.summary', { orgs: props.orgs.length, blank })}
        </p>
        {props.orgs.map((org) => (
          <FillTable key={org.code} orgCode={org.code} orgName={org.name} rows={org.rows} />
        ))}
      </section>
    </StaffLayout>
  );
}
