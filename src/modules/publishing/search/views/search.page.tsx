/**
 * The public search page (GET /search): a GET form (works without JavaScript), the result count
 * in a status region, facets as links, results with <mark>ed matches, pages.
 */
import type { FieldError } from '../../../../platform/errors/index.ts';
import {
  ErrorSummary,
  Pager,
  PortalLayout,
  SelectField,
  TextField,
  useView,
  type FormState,
  type PageMeta,
} from '../../../../platform/views/index.ts';
import { itemTypes, validities } from '../../publishing.model.ts';
import type { FacetCount, SearchResult } from '../search.service.ts';

/** The page's own stylesheet. */
export const searchStyles = ['/static/css/search.css'];

export type Query = Record<'q' | 'type' | 'org' | 'year' | 'validity', string>;
const filterNames = ['type', 'org', 'year', 'validity'] as const;
type FilterName = (typeof filterNames)[number];

/** /search with the given parameters (empty ones left out) and a page (1 left out). */
export function searchHref(query: Partial<Query>, page = 1): string {
  const params = new URLSearchParams();
  for (const name of ['q', ...filterNames] as const) {
    const value = query[name];
    if (value) params.set(name, value);
  }
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text === '' ? '/search' : `/search?${text}`;
}

function Facet(props: {
  name: FilterName;
  values: FacetCount[];
  query: Query;
  label: (value: FacetCount) => string;
}) {
  const { t } = useView();
  const current = props.query[props.name];
  if (props.values.length === 0 && !current) return null;
  const headingId = `facet-${props.name}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`publishingSearch.form.${props.name}`)}</h3>
      <ul>
        <li>
          <a
            href={searchHref({ ...props.query, [props.name]: '' })}
            aria-current={current ? undefined : 'true'}
          >
            {t('publishingSearch.form.all')}
          </a>
        </li>
        {props.values.map((v) => (
          <li key={v.value}>
            <a
              href={searchHref({ ...props.query, [props.name]: v.value })}
              aria-current={current === v.value ? 'true' : undefined}
            >
              {props.label(v)}{' '}
              <span class="facet-count">
                {t('publishingSearch.facetCount', { count: v.count })}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SearchForm(props: { state: FormState; result: SearchResult | undefined }) {
  const { t } = useView();
  const all = t('publishingSearch.form.all');
  const facets = props.result?.facets;
  const orgs = (facets?.org ?? []).map((o) => ({ value: o.value, label: o.label ?? o.value }));
  const org = props.state.values.org;
  if (org && !orgs.some((o) => o.value === org)) orgs.push({ value: org, label: org });
  const years = (facets?.year ?? []).map((y) => ({ value: y.value, label: y.value }));
  const year = props.state.values.year;
  if (year && !years.some((y) => y.value === year)) years.push({ value: year, label: year });
  return (
    <form
      class="search-form"
      method="get"
      action="/search"
      role="search"
      aria-label={t('publishingSearch.form.label')}
    >
      <TextField
        name="q"
        label={t('publishingSearch.form.q')}
        hint={t('publishingSearch.form.hint')}
        state={props.state}
      />
      <div class="search-filters">
        <SelectField
          name="type"
          label={t('publishingSearch.form.type')}
          state={props.state}
          blank={all}
          options={itemTypes.map((v) => ({ value: v, label: t(`publishingSearch.type.${v}`) }))}
        />
        <SelectField
          name="org"
          label={t('publishingSearch.form.org')}
          state={props.state}
          blank={all}
          options={orgs}
        />
        <SelectField
          name="year"
          label={t('publishingSearch.form.year')}
          state={props.state}
          blank={all}
          options={years}
        />
        <SelectField
          name="validity"
          label={t('publishingSearch.form.validity')}
          state={props.state}
          blank={all}
          options={validities.map((v) => ({
            value: v,
            label: t(`publishingSearch.validity.${v}`),
          }))}
        />
      </div>
      <button type="submit" class="button">
        {t('publishingSearch.form.submit')}
      </button>
    </form>
  );
}

function Results(props: { result: SearchResult; query: Query }) {
  const { t } = useView();
  const { result, query } = props;
  return (
    <ol class="search-results" aria-label={t('publishingSearch.results')}>
      {result.items.map((item) => (
        <li key={item.id}>
          <h2>
            <a href={item.url} dangerouslySetInnerHTML={{ __html: item.titleHtml }} />
          </h2>
          <p class="search-meta">
            <span>{t(`publishingSearch.type.${item.type}`)}</span>
            {' · '}
            <a href={searchHref({ ...query, org: item.org.code })}>{item.org.name}</a>
            {' · '}
            <span>
              {t('publishingSearch.publishedOn')}{' '}
              <time datetime={item.publishedOn}>{item.publishedOn}</time>
            </span>
            {item.validity && (
              <>
                {' · '}
                <span class={`validity validity-${item.validity}`}>
                  {t(`publishingSearch.validity.${item.validity}`)}
                </span>
              </>
            )}
          </p>
          <p class="search-snippet" dangerouslySetInnerHTML={{ __html: item.snippetHtml }} />
        </li>
      ))}
    </ol>
  );
}

export function SearchPage(props: {
  query: Query;
  result?: SearchResult;
  errors?: FieldError[];
  meta?: PageMeta;
}) {
  const { t } = useView();
  const { query, result } = props;
  const errors = props.errors ?? [];
  const state: FormState = { values: query, errors };
  const title = query.q
    ? t('publishingSearch.titleWithQuery', { q: query.q })
    : t('publishingSearch.title');
  const filtered = filterNames.some((name) => query[name] !== '');
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const page = result?.params.page ?? 1;
  const typeLabel = (v: FacetCount) => t(`publishingSearch.type.${v.value}`);
  const validityLabel = (v: FacetCount) => t(`publishingSearch.validity.${v.value}`);
  return (
    <PortalLayout
      title={title}
      section="openness"
      meta={{ ...props.meta, styles: [...(props.meta?.styles ?? []), ...searchStyles] }}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <SearchForm state={state} result={result} />
      {result && (
        <div class="search-layout">
          <div class="search-main">
            <p class="search-count" role="status">
              {query.q
                ? t('publishingSearch.count', { total: result.total })
                : t('publishingSearch.countNewest', { total: result.total })}
            </p>
            {result.relaxed && <p class="search-note">{t('publishingSearch.relaxed')}</p>}
            {result.total === 0 && (
              <p class="search-note">
                {filtered
                  ? t('publishingSearch.noneFiltered')
                  : t('publishingSearch.none', { q: query.q })}
              </p>
            )}
            {filtered && (
              <p>
                <a href={searchHref({ q: query.q })}>{t('publishingSearch.clearFilters')}</a>
              </p>
            )}
            <Results result={result} query={query} />
            {pages > 1 && (
              <Pager
                label={t('publishingSearch.pager')}
                page={page}
                pages={pages}
                href={(p) => searchHref(query, p)}
                previous={t('publishingSearch.previous')}
                next={t('publishingSearch.next')}
                status={t('publishingSearch.pageStatus', { page, pages })}
              />
            )}
          </div>
          {result.total > 0 && (
            <nav class="search-facets" aria-labelledby="facets-title">
              <h2 id="facets-title">{t('publishingSearch.facets')}</h2>
              <Facet name="type" values={result.facets.type} query={query} label={typeLabel} />
              <Facet
                name="org"
                values={result.facets.org}
                query={query}
                label={(v) => v.label ?? v.value}
              />
              <Facet name="year" values={result.facets.year} query={query} label={(v) => v.value} />
              <Facet
                name="validity"
                values={result.facets.validity}
                query={query}
                label={validityLabel}
              />
            </nav>
          )}
        </div>
      )}
    </PortalLayout>
  );
}
