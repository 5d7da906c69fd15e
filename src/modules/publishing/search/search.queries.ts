/**
 * The search SQL (notes/issue8-search.md §3–4): the hits in a materialized CTE (so PostgreSQL
 * takes the GIN bitmap path and never walks the date index filtering tsvectors row by row), the
 * total and the facet counts in one pass with GROUPING SETS, then one page of rows. Relevance:
 * title hits first; ts_rank_cd (title A, summary B, body C) with a recency factor only when the
 * hit set is small (ranking detoasts every hit's tsvector: 1.9 s over 43k hits), else newest.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ItemType, Validity } from '../publishing.model.ts';

export interface SearchFilters {
  type?: ItemType | undefined;
  orgId?: number | undefined;
  year?: number | undefined;
  validity?: Validity | undefined;
}

/** What to match: a tsquery text (from platform/search toTsQuery) and/or a title substring. */
export interface Match {
  tsquery?: string;
  /** A LIKE pattern (escaped, with %) over titles. */
  titleLike?: string;
  /** false: the title condition must not use the trigram index (patterns under 3 characters). */
  trigram?: boolean;
}

export interface FacetRow {
  facet: 'all' | 'type' | 'org' | 'year' | 'validity';
  value: string | null;
  count: number;
}

export interface PageRow {
  id: number;
  type: ItemType;
  title: string;
  summary: string;
  bodyHtml: string;
  publishedOn: string;
  validity: Validity | null;
  orgCode: string;
  orgName: string;
}

/** Hit sets up to this size are ranked with ts_rank_cd; larger ones by title hit, then date. */
export const rankedLimit = 300;
/**
 * Hit sets larger than this are listed newest first, walking the date index and testing each row
 * (a word this common does not tell documents apart; sorting 43k hits cost 100+ ms at 100k).
 */
export const newestFromHits = 5000;

function filterSql(f: SearchFilters): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (f.type !== undefined) parts.push(sql`s.type = ${f.type}`);
  if (f.orgId !== undefined) parts.push(sql`s.org_id = ${f.orgId}`);
  if (f.year !== undefined) parts.push(sql`s.year = ${f.year}`);
  if (f.validity !== undefined) parts.push(sql`s.validity = ${f.validity}`);
  return sql.join(parts, sql` and `);
}

function titleSql(m: Match): RawBuilder<unknown> | undefined {
  if (m.titleLike === undefined) return undefined;
  // `title || ''` is not the indexed expression: a short pattern has no trigram, and the trigram
  // index would return every row to recheck (784 ms at 100k); a scan of the narrow table is ~10 ms.
  return m.trigram === false
    ? sql`(s.title || '') like ${m.titleLike}`
    : sql`s.title ilike ${m.titleLike}`;
}

function matchSql(m: Match): { where: RawBuilder<unknown>; inTitle: RawBuilder<unknown> } {
  const title = titleSql(m);
  if (m.tsquery === undefined) {
    return title === undefined
      ? { where: sql`true`, inTitle: sql`false` }
      : { where: title, inTitle: sql`true` };
  }
  if (title === undefined) return { where: sql`s.tsv @@ q.q`, inTitle: sql`s.title_tsv @@ q.q` };
  return {
    where: sql`(s.tsv @@ q.q or ${title})`,
    inTitle: sql`(s.title_tsv @@ q.q or ${title})`,
  };
}

function hitsCte(m: Match, f: SearchFilters): RawBuilder<unknown> {
  const { where, inTitle } = matchSql(m);
  return sql`q as materialized (select to_tsquery('simple', ${m.tsquery ?? ''}) as q),
    hits as materialized (
      select s.item_id, s.type, s.org_id, s.year, s.validity, s.published_on,
        ${inTitle} as in_title
      from publishing_search_entries s, q
      where ${where} and ${filterSql(f)})`;
}

/** The total (facet 'all') and the counts per type, org id, year and validity of the hits. */
export async function countHits(db: Kysely<unknown>, m: Match, f: SearchFilters) {
  const { rows } = await sql<{
    type: string | null;
    orgId: number | null;
    year: number | null;
    validity: string | null;
    g: number;
    n: number;
  }>`with ${hitsCte(m, f)}
    select type, org_id, year, validity,
      grouping(type, org_id, year, validity)::int as g, count(*)::int as n
    from hits group by grouping sets ((), (type), (org_id), (year), (validity))`.execute(db);
  const facets: FacetRow[] = [];
  for (const r of rows) {
    // grouping() bits: type 8, org 4, year 2, validity 1 (a set bit = not grouped by it).
    if (r.g === 15) facets.push({ facet: 'all', value: null, count: r.n });
    else if (r.g === 7) facets.push({ facet: 'type', value: r.type, count: r.n });
    else if (r.g === 11) facets.push({ facet: 'org', value: String(r.orgId), count: r.n });
    else if (r.g === 13) facets.push({ facet: 'year', value: String(r.year), count: r.n });
    else if (r.g === 14 && r.validity !== null)
      facets.push({ facet: 'validity', value: r.validity, count: r.n });
  }
  return facets;
}

/** One page of hits with what a result shows; `ranked` orders small hit sets by ts_rank_cd. */
export async function pageOfHits(
  db: Kysely<unknown>,
  m: Match,
  f: SearchFilters,
  page: { limit: number; offset: number; ranked: boolean; today: string },
): Promise<PageRow[]> {
  // Title hits first; then weighted cover density damped by age in years; then the newest.
  const score = page.ranked
    ? sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', s.tsv, q.q)
        / (1 + greatest(${page.today}::date - h.published_on, 0) / 365.0)`
    : sql`0`;
  const from = page.ranked
    ? sql`hits h join publishing_search_entries s on s.item_id = h.item_id, q`
    : sql`hits h`;
  const { rows } = await sql<PageRow>`with ${hitsCte(m, f)},
    page as (
      select h.item_id, h.in_title, h.published_on, ${score} as score
      from ${from}
      order by h.in_title desc, score desc, h.published_on desc, h.item_id desc
      limit ${page.limit} offset ${page.offset})
    select i.id, i.type, i.title, i.summary, i.body_html, i.published_on, i.validity,
      o.code as org_code, o.name as org_name
    from page p
      join publishing_items i on i.id = p.item_id
      join publishing_channels c on c.id = i.channel_id
      join accounts_orgs o on o.id = c.org_id
    order by p.in_title desc, p.score desc, p.published_on desc, p.item_id desc`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/**
 * The newest publications matching (all of them for an empty match), with the filters. The
 * tsquery is inlined (not a CTE) so the planner sees how common the words are and walks the date
 * index for a dense match — use it only for those, or for no match at all.
 */
export async function newestPage(
  db: Kysely<unknown>,
  m: Match,
  f: SearchFilters,
  page: { limit: number; offset: number },
): Promise<PageRow[]> {
  const title = titleSql(m);
  const words =
    m.tsquery === undefined ? undefined : sql`s.tsv @@ to_tsquery('simple', ${m.tsquery})`;
  const match =
    words === undefined
      ? (title ?? sql`true`)
      : title === undefined
        ? words
        : sql`(${words} or ${title})`;
  const { rows } = await sql<PageRow>`with page as materialized (
      select s.item_id, s.published_on from publishing_search_entries s
      where ${match} and ${filterSql(f)}
      order by s.published_on desc, s.item_id desc limit ${page.limit} offset ${page.offset})
    select i.id, i.type, i.title, i.summary, i.body_html, i.published_on, i.validity,
      o.code as org_code, o.name as org_name
    from page p
      join publishing_items i on i.id = p.item_id
      join publishing_channels c on c.id = i.channel_id
      join accounts_orgs o on o.id = c.org_id
    order by p.published_on desc, p.item_id desc`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Code and name of the orgs with these ids (the org facet's labels). */
export async function orgsByIds(db: Kysely<unknown>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const { rows } = await sql<{ id: number; code: string; name: string }>`
    select id, code, name from accounts_orgs where id = any(${ids.map(Number)}::bigint[])`.execute(
    db,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export async function orgIdByCode(db: Kysely<unknown>, code: string): Promise<number | undefined> {
  const { rows } = await sql<{ id: number }>`
    select id from accounts_orgs where code = ${code}`.execute(db);
  return rows[0] === undefined ? undefined : Number(rows[0].id);
}
