/** Pieces the catalog's pages share: a select field, org names, the search form and pager. */
import type { Locale } from '../../../platform/i18n/index.ts';
import {
  TextField,
  useView,
  type FormState,
  TableScroll,
  SelectField,
} from '../../../platform/views/index.ts';
import { powerCategories } from '../powers.model.ts';
import type { OrgOption, PowerSummary } from '../powers.queries.ts';

export interface Option {
  value: string;
  label: string;
}

export { SelectField };

export function orgName(org: { name: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' && org.nameEn ? org.nameEn : org.name;
}

export function categoryOptions(t: (key: string) => string): Option[] {
  return powerCategories.map((c) => ({ value: c, label: t(`powers.category.${c}`) }));
}

/** The search's fields as a query string (`?q=…&page=2`), empty values left out. */
export function catalogQueryString(values: Record<string, string>, page?: number): string {
  const params = new URLSearchParams();
  for (const field of ['q', 'org', 'category', 'status']) {
    if (values[field]) params.set(field, values[field]!);
  }
  if (page && page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The search form (GET): words, implementing org, category; staff also choose the status. */
export function CatalogFilter(props: {
  action: string;
  values: Record<string, string>;
  orgs: OrgOption[];
  withStatus?: boolean;
}) {
  const { t, locale } = useView();
  const state: FormState = { values: props.values, errors: [] };
  return (
    <form
      method="get"
      action={props.action}
      class="filter-form"
      aria-label={t('powers.filter.label')}
    >
      <TextField
        name="q"
        label={t('powers.filter.q')}
        hint={t('powers.filter.qHint')}
        state={state}
      />
      <SelectField
        name="org"
        label={t('powers.filter.org')}
        state={state}
        blank={t('powers.filter.any')}
        options={props.orgs.map((o) => ({ value: o.code, label: orgName(o, locale) }))}
      />
      <SelectField
        name="category"
        label={t('powers.filter.category')}
        state={state}
        blank={t('powers.filter.any')}
        options={categoryOptions(t)}
      />
      {props.withStatus && (
        <SelectField
          name="status"
          label={t('powersStaff.filter.status')}
          state={state}
          blank={t('powersStaff.filter.statusInForce')}
          options={[
            { value: 'active', label: t('powers.status.active') },
            { value: 'delegated', label: t('powers.status.delegated') },
            { value: 'cancelled', label: t('powers.status.cancelled') },
            { value: 'all', label: t('powersStaff.filter.statusAll') },
          ]}
        />
      )}
      <button type="submit" class="button">
        {t('powers.filter.submit')}
      </button>
    </form>
  );
}

/** "Page n of m" with previous/next links that keep the search. */
export function Pager(props: {
  path: string;
  values: Record<string, string>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const { t } = useView();
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages === 1) return null;
  return (
    <nav class="pager" aria-label={t('powers.pager.label')}>
      {props.page > 1 && (
        <a href={`${props.path}${catalogQueryString(props.values, props.page - 1)}`} rel="prev">
          {t('powers.pager.previous')}
        </a>
      )}{' '}
      <span>{t('powers.pager.page', { page: props.page, pages })}</span>{' '}
      {props.page < pages && (
        <a href={`${props.path}${catalogQueryString(props.values, props.page + 1)}`} rel="next">
          {t('powers.pager.next')}
        </a>
      )}
    </nav>
  );
}

/** One page of the catalog as a table; `href` gives each power's page. */
export function PowerTable(props: {
  caption: string;
  rows: PowerSummary[];
  href: (code: string) => string;
}) {
  const { t, locale } = useView();
  return (
    <TableScroll>
      <table class="data-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {['code', 'name', 'category', 'org', 'level', 'status'].map((col) => (
              <th scope="col" key={col}>
                {t(`powers.col.${col}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((p) => (
            <tr key={p.code}>
              <td class="nowrap">{p.code}</td>
              <th scope="row">
                <a href={props.href(p.code)} lang="zh-CN">
                  {p.name}
                </a>
              </th>
              <td class="nowrap">{t(`powers.category.${p.category}`)}</td>
              <td>{orgName({ name: p.orgName, nameEn: p.orgNameEn }, locale)}</td>
              <td class="nowrap">{t(`powers.level.${p.level}`)}</td>
              <td class="nowrap">{t(`powers.status.${p.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
