/**
 * `npm run bench:search`: Chinese full-text search over 100,000 publications on PostgreSQL
 * (issue 8: "p95 under 50 ms over 100,000 publications").
 *
 * Generates PUBLICATIONS published items (fixed seed) straight into publishing_items and their
 * search rows into publishing_search_entries, in batches of multi-row INSERTs — not through the
 * workflow services, but with the same words the index writes (segmentForIndex, in this process,
 * like the hook does): titles of 4–9 and bodies of 100–500 words drawn from jieba's dictionary by
 * frequency, 5 types (policies with a validity), the demo county's channels skewed, published over
 * ten years. Injected: 五证合一 in 100 items, 民心网/网络回应人 in 2,000, 湾甸子镇 in 50 (a rare
 * word), 清原满族自治县 in ~43%. Then times `searchPublications` (the service behind /search and
 * the API: parameters, segmentation, total + facets, one page with its snippets) per query.
 *
 * PostgreSQL only (a database of its own: it refuses one holding publications it did not make; a
 * rerun with the same PUBLICATIONS reuses them). Environment: DATABASE_URL (required),
 * PUBLICATIONS (100000), BENCH_RUNS (30), BENCH_WARMUP (3), BENCH_EXPLAIN=1 (the plan of 清原).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { accountsModule } from '../src/modules/accounts/index.ts';
import {
  ensureChannels,
  forgetSearchCounts,
  searchPublications,
} from '../src/modules/publishing/index.ts';
import { fixedClock } from '../src/platform/clock/index.ts';
import { connectDatabase, migrateToLatest } from '../src/platform/db/index.ts';
import { dictionaryVersion, segmentForIndex } from '../src/platform/search/index.ts';
import { timeRuns, type Timing } from './timing.ts';

const total = Number(process.env.PUBLICATIONS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 30);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const clock = fixedClock('2026-11-30T12:00:00+08:00');
const batch = 1000;

/** A small LCG (fixed seed): the same data every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Dictionary words of 2–4 CJK characters with a cumulative frequency table to draw from. */
function vocabulary() {
  const require = createRequire(import.meta.url);
  const dictFile = path.join(path.dirname(require.resolve('@node-rs/jieba/dict.js')), 'dict.txt');
  const words: string[] = [];
  const cumulative: number[] = [];
  let sum = 0;
  for (const line of fs.readFileSync(dictFile, 'utf8').split('\n')) {
    const [word, freq] = line.split(' ');
    if (!word || !/^[\u4e00-\u9fff]{2,4}$/.test(word) || Number(freq) < 50) continue;
    sum += Math.sqrt(Number(freq));
    words.push(word);
    cumulative.push(sum);
  }
  return (r: number) => {
    const target = r * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

const types = ['news', 'news', 'notice', 'policy', 'bulletin'] as const;
const validities = ['valid', 'valid', 'valid', 'amended', 'repealed', 'expired'] as const;

interface Row {
  channelId: number;
  orgId: number;
  type: string;
  title: string;
  body: string;
  publishedOn: string;
  validity: string | null;
}

function makeRow(
  i: number,
  draw: () => number,
  word: (r: number) => string,
  channels: { id: number; orgId: number }[],
): Row {
  const words = (n: number) => Array.from({ length: n }, () => word(draw())).join('');
  const title = words(4 + Math.floor(draw() * 6));
  const sentences: string[] = [];
  const count = 10 + Math.floor(draw() * 40);
  for (let s = 0; s < count; s++) sentences.push(words(5 + Math.floor(draw() * 6)));
  if (i % 1000 < 1) sentences.splice(1, 0, '推行“五证合一、一照一码”登记制度改革');
  if (i % 50 === 7) sentences.splice(2, 0, '通过民心网和网络回应人答复群众诉求');
  if (i % 2000 === 11) sentences.splice(1, 0, '湾甸子镇便民服务中心');
  if (draw() < 0.43) sentences.splice(0, 0, '清原满族自治县人民政府');
  const type = types[Math.floor(draw() * types.length)]!;
  const channel = channels[Math.floor(draw() ** 1.5 * channels.length)]!;
  const day = new Date(Date.UTC(2016, 11, 1) + Math.floor(draw() * 3650) * 86_400_000);
  return {
    channelId: channel.id,
    orgId: channel.orgId,
    type,
    title,
    body: `<p>${sentences.join('，')}。</p>`,
    publishedOn: day.toISOString().slice(0, 10),
    validity: type === 'policy' ? validities[Math.floor(draw() * validities.length)]! : null,
  };
}

async function insertBatch(db: Kysely<unknown>, rows: Row[]): Promise<void> {
  const col = <K extends keyof Row>(k: K) => rows.map((r) => r[k]);
  const version = dictionaryVersion();
  const segmented = rows.map((r) => ({
    title: segmentForIndex(r.title),
    body: segmentForIndex(r.body.replace(/<[^>]*>/g, '')),
  }));
  await db.transaction().execute(async (trx) => {
    const { rows: ids } = await sql<{ id: number }>`
      insert into publishing_items (channel_id, type, title, summary, body_html, state, formed_on,
        published_on, publish_delay_working_days, validity, created_at, updated_at)
      select channel_id, type, title, '', body, 'published', published_on, published_on, 0,
        validity, now(), now()
      from unnest(${col('channelId')}::bigint[], ${col('type')}::text[], ${col('title')}::text[],
        ${col('body')}::text[], ${col('publishedOn')}::date[], ${col('validity')}::text[])
        with ordinality as u(channel_id, type, title, body, published_on, validity, n)
      order by n
      returning id`.execute(trx);
    await sql`
      insert into publishing_search_entries (item_id, type, org_id, year, validity, published_on,
        title, search_version, title_tsv, tsv)
      select id, type, org_id, extract(year from published_on)::int, validity, published_on,
        title, ${version}, to_tsvector('simple', tw),
        setweight(to_tsvector('simple', tw), 'A') || setweight(to_tsvector('simple', bw), 'C')
      from unnest(${ids.map((r) => Number(r.id))}::bigint[], ${col('type')}::text[],
        ${col('orgId')}::bigint[], ${col('validity')}::text[], ${col('publishedOn')}::date[],
        ${col('title')}::text[], ${segmented.map((s) => s.title)}::text[],
        ${segmented.map((s) => s.body)}::text[])
        as u(id, type, org_id, validity, published_on, title, tw, bw)`.execute(trx);
  });
}

async function ensureData(db: Kysely<unknown>): Promise<number> {
  const { rows } = await sql<{ n: number; indexed: number }>`
    select (select count(*)::int from publishing_items) as n,
      (select count(*)::int from publishing_search_entries) as indexed`.execute(db);
  const held = rows[0]!;
  if (held.n > 0 && (held.n !== total || held.indexed !== total))
    throw new Error(`the database holds ${held.n} publications, not ${total}: use a fresh one`);
  if (held.n === total) return 0;
  const started = performance.now();
  await accountsModule.seeders
    .find((s) => s.name === 'accounts.orgs')!
    .run({ db, clock, logger: { info: () => undefined, warn: () => undefined }, notes: [] });
  await ensureChannels(db, clock);
  const { rows: channels } = await sql<{ id: number; orgId: number }>`
    select id, org_id from publishing_channels order by id`.execute(db);
  const draw = random(42);
  const word = vocabulary();
  for (let from = 0; from < total; from += batch) {
    const rows: Row[] = [];
    for (let i = from; i < Math.min(total, from + batch); i++)
      rows.push(
        makeRow(
          i,
          draw,
          word,
          channels.map((c) => ({ id: Number(c.id), orgId: Number(c.orgId) })),
        ),
      );
    await insertBatch(db, rows);
    if ((from / batch) % 10 === 9) process.stderr.write(`  ${from + batch} publications\n`);
  }
  await sql`vacuum (analyze) publishing_items`.execute(db);
  await sql`vacuum (analyze) publishing_search_entries`.execute(db);
  return performance.now() - started;
}

const queries: [string, Record<string, string>][] = [
  ['五证合一 (policy term, ~100 hits)', { q: '五证合一' }],
  ['湾甸子镇 (rare town, ~50 hits)', { q: '湾甸子镇' }],
  ['民心网 (~2,000 hits)', { q: '民心网' }],
  ['民心网 网络回应人 (two words, AND)', { q: '民心网 网络回应人' }],
  ['清原 五证合一 (common AND rare)', { q: '清原 五证合一' }],
  ['清原县 (alias, 3 chars: + title trigram)', { q: '清原县' }],
  ['清原 (common, ~43% of all)', { q: '清原' }],
  ['清原 type=policy year=2024 (filters)', { q: '清原', type: 'policy', year: '2024' }],
  ['清原 page=5', { q: '清原', page: '5' }],
  ['民心网 validity=valid', { q: '民心网', validity: 'valid' }],
  ['empty q (newest, facets over all)', {}],
  ['empty q type=notice', { type: 'notice' }],
];

/** Each query timed with the facet counts counted every time (cold) or kept (warm). */
async function measure(db: Kysely<unknown>, cold: boolean): Promise<Timing[]> {
  const results: Timing[] = [];
  for (const [label, input] of queries) {
    results.push(
      await timeRuns(
        label,
        async () => {
          if (cold) forgetSearchCounts();
          const r = await searchPublications(db, clock, input);
          return `${r.total.toLocaleString('en')} hits${r.relaxed ? ' (any word)' : ''}`;
        },
        { warmup, runs },
      ),
    );
  }
  return results;
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith('postgres')) {
    process.stderr.write('DATABASE_URL=postgres://… is required (a database of its own)\n');
    return 2;
  }
  const handle = await connectDatabase<unknown>({ databaseUrl: url, command: 'bench:search' });
  try {
    const { db } = handle;
    await migrateToLatest(db);
    const generatedMs = await ensureData(db);
    if (generatedMs > 0)
      console.log(`generated ${total} publications in ${(generatedMs / 1000).toFixed(1)} s`);
    const sizes = await sql<{ table: string; gin: string }>`
      select pg_size_pretty(pg_total_relation_size('publishing_search_entries')) as table,
        pg_size_pretty(pg_relation_size('publishing_search_entries_tsv')) as gin`.execute(db);
    console.log(
      `publishing_search_entries: ${sizes.rows[0]!.table} (tsv GIN ${sizes.rows[0]!.gin})`,
    );
    if (process.env.BENCH_EXPLAIN) {
      const plan = await sql<{ 'QUERY PLAN': string }>`explain (analyze, buffers)
        with q as materialized (select to_tsquery('simple', '''清原''') as q),
        hits as materialized (select s.item_id, s.type, s.org_id, s.year, s.validity
          from publishing_search_entries s, q where s.tsv @@ q.q)
        select type, org_id, year, validity, count(*) from hits
        group by grouping sets ((), (type), (org_id), (year), (validity))`.execute(db);
      for (const row of plan.rows) console.log(Object.values(row)[0]);
    }
    for (const cold of [true, false]) {
      const results = await measure(db, cold);
      printTable(cold ? 'counted every time (cold)' : 'counts kept (warm)', results);
    }
    return 0;
  } finally {
    await handle.close();
  }
}

function printTable(title: string, results: Timing[]): void {
  const width = Math.max(...results.map((r) => r.label.length));
  const all = results.map((r) => r.p95).sort((a, b) => a - b);
  console.log(`\n${title}: worst p95 ${all.at(-1)!.toFixed(2)} ms`);
  console.log(`${'query'.padEnd(width)} |   p50 ms |   p95 ms |   max ms | answer`);
  for (const r of results) {
    console.log(
      `${r.label.padEnd(width)} | ${r.p50.toFixed(2).padStart(8)} | ${r.p95.toFixed(2).padStart(8)} | ${r.max.toFixed(2).padStart(8)} | ${r.answer}`,
    );
  }
}

process.exitCode = await main();
