/**
 * Searching the publications: q → jieba words (precise mode) → an AND tsquery, OR-ed with a title
 * substring (pg_trgm) for queries of 3+ characters; when nothing matches, any of the words (OR),
 * then for 1–2 characters a plain title substring. Facets (type, org, year, validity) are counted
 * over the hits with the current filters. An empty q lists the newest publications. Errors:
 * validation (field errors q, type, org, year, validity, page — Chinese messages naming the field).
 */
import type { Kysely } from 'kysely';
import { localDateOf, type Clock } from '../../../platform/clock/index.ts';
import {
  aliasGroups,
  highlight,
  htmlToText,
  queryTerms,
  toTsQuery,
} from '../../../platform/search/index.ts';
import type { ItemType, Validity } from '../publishing.model.ts';
import type { FieldError } from '../../../platform/errors/index.ts';
import {
  countHits,
  newestPage,
  orgIdByCode,
  orgsByIds,
  pageOfHits,
  newestFromHits,
  rankedLimit,
  type FacetRow,
  type Match,
  type PageRow,
  type SearchFilters,
} from './search.queries.ts';
import { invalid } from '../workflow.ts';
import { cachedFacets, keepFacets } from './search.cache.ts';
import { searchMessages } from './search.messages.ts';
import { pageSize, searchParams, type SearchParams } from './search.schemas.ts';

/** The parameters, or a validation error naming each bad field. */
export function parseSearchParams(input: unknown): SearchParams {
  const parsed = searchParams.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const fields: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'q');
    const message = issue.message.startsWith('publishingSearch.')
      ? issue.message
      : `publishingSearch.error.${field}`;
    if (!fields.some((e) => e.field === field)) fields.push({ field, message });
  }
  throw invalid(fields, searchMessages);
}

export interface FacetCount {
  value: string;
  /** The org's name for the org facet (value = its code); otherwise absent. */
  label?: string;
  count: number;
}

export interface SearchHit {
  id: number;
  type: ItemType;
  /** Plain text. */
  title: string;
  /** HTML: escaped, the query's words in <mark>. */
  titleHtml: string;
  org: { code: string; name: string };
  publishedOn: string;
  validity: Validity | null;
  /** HTML: about 120 characters of summary/body around the first match, escaped, <mark>ed. */
  snippetHtml: string;
  /** The public detail page. */
  url: string;
}

export interface SearchResult {
  params: SearchParams;
  terms: string[];
  /** No result had all the words: these have any of them. */
  relaxed: boolean;
  total: number;
  pageSize: number;
  items: SearchHit[];
  facets: {
    type: FacetCount[];
    org: FacetCount[];
    year: FacetCount[];
    validity: FacetCount[];
  };
}

export const itemUrl = (id: number) => `/openness/items/${id}`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The query's words plus the other names of their alias groups (清原县 marks 清原满族自治县). */
function markTerms(q: string, terms: readonly string[]): string[] {
  const words = new Set(terms);
  for (const group of aliasGroups) {
    if (group.some((name) => words.has(name) || q.includes(name))) {
      for (const name of group) words.add(name);
    }
  }
  return [...words];
}

function hitOf(row: PageRow, marks: readonly string[]): SearchHit {
  const text = [row.summary, htmlToText(row.bodyHtml)].filter((t) => t !== '').join(' ');
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    titleHtml: highlight(row.title, marks, { maxLength: 500 }),
    org: { code: row.orgCode, name: row.orgName },
    publishedOn: row.publishedOn,
    validity: row.validity,
    snippetHtml: highlight(text, marks),
    url: itemUrl(row.id),
  };
}

async function facetsOf(db: Kysely<unknown>, rows: FacetRow[]): Promise<SearchResult['facets']> {
  const of = (facet: FacetRow['facet']) =>
    rows
      .filter((r) => r.facet === facet && r.value !== null)
      .map((r) => ({ value: r.value!, count: r.count }));
  const byCount = (a: FacetCount, b: FacetCount) =>
    b.count - a.count || a.value.localeCompare(b.value);
  const orgRows = of('org');
  const orgs = new Map(
    (
      await orgsByIds(
        db,
        orgRows.map((r) => Number(r.value)),
      )
    ).map((o) => [o.id, o]),
  );
  return {
    type: of('type').sort(byCount),
    org: orgRows
      .map((r) => {
        const org = orgs.get(Number(r.value));
        return { value: org?.code ?? r.value, label: org?.name ?? r.value, count: r.count };
      })
      .sort(byCount),
    year: of('year').sort((a, b) => Number(b.value) - Number(a.value)),
    validity: of('validity').sort(byCount),
  };
}

/** Resolves the filters; an unknown org code is a field error. */
async function filtersOf(db: Kysely<unknown>, params: SearchParams): Promise<SearchFilters> {
  let orgId: number | undefined;
  if (params.org !== undefined) {
    orgId = await orgIdByCode(db, params.org);
    if (orgId === undefined)
      throw invalid([{ field: 'org', message: 'publishingSearch.error.org' }], searchMessages);
  }
  return { type: params.type, orgId, year: params.year, validity: params.validity };
}

/** The matches to try in order: all words (+ title substring), any word, short title substring. */
function matchesOf(q: string, terms: readonly string[]): (Match & { relaxed?: true })[] {
  const chars = [...q.replace(/\s/g, '')].length;
  const all = toTsQuery(terms);
  const like = `%${escapeLike(q)}%`;
  const matches: (Match & { relaxed?: true })[] = [];
  if (all !== '' || chars >= 3) {
    matches.push({
      ...(all !== '' ? { tsquery: all } : {}),
      ...(chars >= 3 ? { titleLike: like } : {}),
    });
  }
  if (terms.length > 1) {
    matches.push({ tsquery: terms.map((t) => toTsQuery([t])).join(' | '), relaxed: true });
  }
  if (chars > 0 && chars < 3) matches.push({ titleLike: like, trigram: false });
  return matches;
}

/** countHits, or the counts kept for the same match and filters (slow ones only). */
async function counts(db: Kysely<unknown>, match: Match, filters: SearchFilters) {
  const key = JSON.stringify([match.tsquery, match.titleLike, match.trigram, filters]);
  const kept = cachedFacets(key);
  if (kept !== undefined) return kept;
  const started = performance.now();
  const rows = await countHits(db, match, filters);
  keepFacets(key, rows, performance.now() - started);
  return rows;
}

/** Searches the published publications; `input` is the raw query string (page or API). */
export async function searchPublications(
  db: Kysely<unknown>,
  clock: Clock,
  input: unknown,
): Promise<SearchResult> {
  const params = parseSearchParams(input);
  const filters = await filtersOf(db, params);
  const offset = (params.page - 1) * pageSize;
  const base = { params, pageSize };
  if (params.q === '') {
    const facetRows = await counts(db, {}, filters);
    const total = facetRows.find((r) => r.facet === 'all')?.count ?? 0;
    const rows =
      total > offset ? await newestPage(db, {}, filters, { limit: pageSize, offset }) : [];
    return {
      ...base,
      terms: [],
      relaxed: false,
      total,
      items: rows.map((r) => hitOf(r, [])),
      facets: await facetsOf(db, facetRows),
    };
  }
  const terms = queryTerms(params.q);
  const matches = matchesOf(params.q, terms);
  let facetRows: FacetRow[] = [];
  let total = 0;
  let used: (Match & { relaxed?: true }) | undefined;
  for (const match of matches) {
    facetRows = await counts(db, match, filters);
    total = facetRows.find((r) => r.facet === 'all')?.count ?? 0;
    used = match;
    if (total > 0) break;
  }
  let rows: PageRow[] = [];
  if (used !== undefined && total > offset) {
    rows =
      total > newestFromHits
        ? await newestPage(db, used, filters, { limit: pageSize, offset })
        : await pageOfHits(db, used, filters, {
            limit: pageSize,
            offset,
            ranked: total <= rankedLimit && used.tsquery !== undefined,
            today: localDateOf(clock.now()),
          });
  }
  const marks = markTerms(params.q, [...terms, params.q]);
  return {
    ...base,
    terms,
    relaxed: total > 0 && used?.relaxed === true,
    total,
    items: rows.map((r) => hitOf(r, marks)),
    facets: await facetsOf(db, facetRows),
  };
}
