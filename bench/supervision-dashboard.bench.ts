/**
 * `npm run bench:supervision-dashboard`: how fast supervision's figures answer over 1,000,000
 * supervised matters, each with its clock (issue 7: "dashboard latency with 1,000,000 clocks").
 *
 * Generates MATTERS clocks (deadlines_clocks) and their projection rows (supervision_matters) with
 * one INSERT … SELECT generate_series each (fixed seed): accepted over the three years up to
 * 2026-11-30, 90% ended (completed 92%, returned 2% — half of them without a reason —, withdrawn
 * 1%, refused at the window 3% with no clock), 8% running (due 40 days either side of the day),
 * 2% paused; matter types approval/foi/appeal/tender/other; promised 0–20 working days; the
 * demo county's departments and townships, skewed. Then times, against `select count(*) from
 * supervision_matters` in the same process:
 * - `supervisionSummary` (modules/supervision) for November 2026, for 2026, and for 2026 with an
 *   org filter (a department and the orgs under it);
 * - `summaryBy(…, 'org')` for 2026 (the dashboard's table per org);
 * - `GET /staff/supervision` as the supervisor (jiancha) sees it, through the whole app, next to
 *   `GET /staff` (the console home) as the page baseline — when the dashboard page exists.
 * The day is fixed: the app's clock is 2026-11-30 12:00 Asia/Shanghai.
 *
 * Storage: PostgreSQL when DATABASE_URL is set (a database of its own: it refuses one holding a
 * supervised matter or clock it did not make; a rerun with the same MATTERS reuses them), else
 * the embedded PGlite in a temporary directory. Environment: DATABASE_URL, MATTERS (1000000),
 * BENCH_RUNS (20), BENCH_WARMUP (3), BENCH_EXPLAIN=1 (the year summary's plan).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { allSeeders, buildApp } from '../src/app.ts';
import { summaryBy, supervisionSummary } from '../src/modules/supervision/index.ts';
import { fixedClock } from '../src/platform/clock/index.ts';
import { loadConfig } from '../src/platform/config/index.ts';
import { connectDatabase, migrateToLatest } from '../src/platform/db/index.ts';
import { createLogger } from '../src/platform/logger/index.ts';
import { runSeeders } from '../src/platform/seed/index.ts';
import { signIn } from '../test/test-app.ts';
import { timeRuns, type Timing } from './timing.ts';

const matters = Number(process.env.MATTERS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const today = '2026-11-30';
const clock = fixedClock(`${today}T12:00:00+08:00`);

/** Clocks and matters in two set-based statements over one drawn table (fixed seed). */
async function generate(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`set local work_mem = '256MB'`.execute(trx);
    await sql`select setseed(0.42)`.execute(trx);
    const { rows } = await sql<{ id: number }>`select id from accounts_orgs
      where kind in ('department', 'township') order by id`.execute(trx);
    const orgIds = rows.map((r) => Number(r.id));
    // The innermost subquery draws once per row (offset 0 keeps it from being folded in).
    await sql`create temporary table bench_draw on commit drop as
      select i, 'B' || i as mid, state, matter_type, org_id, promised, outcome, extended,
        reasonless,
        case when matter_type in ('approval', 'foi') then 'sunshine' else 'bench-ext' end as source,
        case when state = 'paused' then ${today}::date - pause_back
          when state = 'running' then ${today}::date + run_offset - (promised * 1.4)::int
          else ${today}::date - stop_back - took end as start_on,
        case when state = 'running' then ${today}::date + run_offset
          when state = 'stopped' then ${today}::date - stop_back - took + (promised * 1.4)::int
          end as due_on,
        case when state = 'stopped' then ${today}::date - stop_back end as stopped_on,
        fixed_light_paused
      from (
        select i,
          case when r_state < 0.90 then 'stopped' when r_state < 0.98 then 'running'
            else 'paused' end as state,
          case when r_type < 0.60 then 'approval' when r_type < 0.75 then 'foi'
            when r_type < 0.80 then 'appeal' when r_type < 0.85 then 'tender' else 'other' end
            as matter_type,
          (${sql.val(orgIds)}::bigint[])[1 + floor(power(r_org, 1.5) * ${orgIds.length})::int]
            as org_id,
          (array[0, 1, 3, 5, 10, 15, 20])[1 + floor(r_promised * 7)::int] as promised,
          case when r_state >= 0.90 then null when r_outcome < 0.03 then 'refused'
            when r_outcome < 0.05 then 'returned' when r_outcome < 0.06 then 'withdrawn'
            else 'completed' end as outcome,
          r_misc < 0.03 as extended, r_misc < 0.5 as reasonless,
          floor(r_day * 1096)::int as stop_back,
          floor(r_took * r_took * 30)::int as took,
          floor(r_day * 81)::int - 40 as run_offset, 1 + floor(r_day * 60)::int as pause_back,
          case when r_misc < 0.7 then 'green' when r_misc < 0.9 then 'yellow' else 'red' end
            as fixed_light_paused
        from (
          select i, random() as r_state, random() as r_type, random() as r_org,
            random() as r_promised, random() as r_outcome, random() as r_misc,
            random() as r_day, random() as r_took
          from generate_series(1, ${matters}::int) as i
          offset 0
        ) as drawn
      ) as typed`.execute(trx);
    await sql`insert into deadlines_clocks (matter_type, matter_id, purpose, org_id, unit,
        limit_days, yellow_days, extension_cap_days, max_extensions, state, start_on, due_on,
        yellow_on, stopped_on, fixed_light, basis, calendar_version)
      select matter_type, case when source = 'sunshine' then mid else source || ':' || mid end,
        case when matter_type = 'foi' and source = 'sunshine' then 'reply' else 'case' end,
        org_id, 'working', promised, 1, 20, 1, state, start_on, due_on,
        case when promised > 0 then due_on - 1 else due_on end, stopped_on,
        case when state = 'paused' then fixed_light_paused
          when state = 'stopped' then case when stopped_on > due_on then 'red' else 'green' end
          end,
        'official', 'bench'
      from bench_draw where outcome is distinct from 'refused'
      order by start_on, i`.execute(trx);
    await sql`insert into supervision_matters (source, matter_type, matter_id, org_id, item_code,
        received_on, accepted_on, promised_days, statutory_days, limit_unit, is_instant, clock_id,
        extended, outcome, outcome_on, outcome_reason, outcome_legal_basis, fee_total,
        last_event_at)
      select d.source, d.matter_type, d.mid, d.org_id,
        case when d.matter_type = 'approval' then 'XK-' || (d.i % 200) end, d.start_on,
        case when d.outcome is distinct from 'refused' then d.start_on end, d.promised, 20,
        'working', d.promised = 0, k.id, d.extended, d.outcome, d.stopped_on,
        case when d.outcome in ('refused', 'withdrawn') or (d.outcome = 'returned'
          and not d.reasonless) then '材料不齐' else '' end,
        case when d.outcome in ('refused', 'returned') and not d.reasonless
          then '行政许可法第32条' else '' end,
        0, coalesce(d.stopped_on, d.start_on)::timestamptz
      from bench_draw d left join deadlines_clocks k on k.matter_type = d.matter_type
        and k.matter_id = case when d.source = 'sunshine' then d.mid
          else d.source || ':' || d.mid end
        and k.purpose = case when d.matter_type = 'foi' and d.source = 'sunshine' then 'reply'
          else 'case' end
      order by d.start_on, d.i`.execute(trx);
  });
  await sql`vacuum (analyze) deadlines_clocks`.execute(db);
  await sql`vacuum (analyze) supervision_matters`.execute(db);
}

/** Exactly MATTERS bench matters, or a fresh database; never anyone else's data. */
async function ensureData(db: Kysely<unknown>): Promise<number> {
  const { rows } = await sql<{ n: number; bench: number; clocks: number }>`
    select (select count(*)::int from supervision_matters) as n,
      (select count(*)::int from supervision_matters where matter_id like 'B%') as bench,
      (select count(*)::int from deadlines_clocks where calendar_version <> 'bench') as clocks`.execute(
    db,
  );
  const held = rows[0]!;
  if (held.n !== held.bench || held.clocks > 0)
    throw new Error('the database holds other matters or clocks: give the bench one of its own');
  if (held.bench > 0 && held.bench !== matters)
    throw new Error(
      `the database holds ${held.bench} bench matters, not ${matters}: use a fresh one`,
    );
  if (held.bench > 0) return 0;
  const started = performance.now();
  await generate(db);
  return performance.now() - started;
}

const time = (label: string, work: () => Promise<string>) =>
  timeRuns(label, work, { warmup, runs });

type App = Awaited<ReturnType<typeof buildApp>>;

async function pages(app: App): Promise<Timing[]> {
  // A reused database: the first run already changed the first-login password.
  const cookie = await signIn(app, 'jiancha', 'Sunshine-jiancha-2026').catch(() =>
    signIn(app, 'jiancha', 'Sunshine-jiancha-2026-New1'),
  );
  const page = (label: string, url: string) =>
    time(label, async () => {
      const response = await app.inject({ url, headers: { cookie } });
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
      return `${response.body.length.toLocaleString('en')} bytes`;
    });
  const probe = await app.inject({ url: '/staff/supervision', headers: { cookie } });
  const home = await page('page baseline: GET /staff (console home, jiancha)', '/staff');
  if (probe.statusCode !== 200) {
    return [home, { ...home, label: `GET /staff/supervision: ${probe.statusCode}, not measured` }];
  }
  return [home, await page('GET /staff/supervision (dashboard, jiancha)', '/staff/supervision')];
}

async function measure(db: Kysely<unknown>): Promise<Timing[]> {
  const summary = (label: string, from: string, to: string, orgCode?: string) =>
    time(label, async () => {
      const s = await supervisionSummary(db, clock, { from, to, orgCode });
      return `${s.accepted} accepted, ${s.completed} completed, on time ${s.onTimeRate}, red ${s.lights.red}`;
    });
  return [
    await time('baseline: select count(*) from supervision_matters', async () => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n
        from supervision_matters`.execute(db);
      return `${rows[0]!.n} rows`;
    }),
    await summary('supervisionSummary, 2026-11 (a month)', '2026-11-01', '2026-11-30'),
    await summary('supervisionSummary, 2026 (a year)', '2026-01-01', '2026-12-31'),
    await summary('supervisionSummary, 2026, org mzj', '2026-01-01', '2026-12-31', 'mzj'),
    await time('summaryBy org, 2026', async () => {
      const groups = await summaryBy(db, clock, { from: '2026-01-01', to: '2026-12-31' }, 'org');
      return `${groups.length} orgs`;
    }),
  ];
}

async function explainYear(db: Kysely<unknown>): Promise<string> {
  // The year summary's statement, as summary.service.ts builds it, under EXPLAIN.
  const { rows } = await sql<{ 'QUERY PLAN': string }>`explain (analyze, buffers)
    select count(*) filter (where m.accepted_on between '2026-01-01' and '2026-12-31'),
      count(*) filter (where m.outcome is null and k.state = 'running' and k.due_on < ${today}::date)
    from supervision_matters m join accounts_orgs o on o.id = m.org_id
      left join deadlines_clocks k on k.id = m.clock_id
    where (m.accepted_on between '2026-01-01' and '2026-12-31')
      or (m.accepted_on is null and m.outcome = 'refused'
        and m.outcome_on between '2026-01-01' and '2026-12-31')`.execute(db);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

async function main(): Promise<void> {
  const dir = process.env.DATABASE_URL
    ? null
    : fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-dashboard-bench-'));
  const handle = await connectDatabase<unknown>(
    process.env.DATABASE_URL
      ? { databaseUrl: process.env.DATABASE_URL, command: 'bench:supervision-dashboard' }
      : { dataDir: dir!, command: 'bench:supervision-dashboard' },
  );
  const db = handle.db;
  const secret = crypto.randomBytes(32).toString('base64url');
  let app: App | undefined;
  try {
    await migrateToLatest(db);
    const wanted = new Set(['accounts.orgs', 'accounts.users', 'settings']);
    await runSeeders(
      allSeeders().filter((s) => wanted.has(s.name)),
      { db, clock, logger: createLogger('silent') },
    );
    const generatedMs = await ensureData(db);
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      SESSION_SECRET: secret,
      DATA_DIR: os.tmpdir(),
    });
    app = await buildApp(config, { db, databaseKind: handle.kind, clock, cookieSecret: secret });
    const timings = [...(await measure(db)), ...(await pages(app))];
    const base = timings[0]!;
    process.stdout.write(
      `${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} · ` +
        `load ${os.loadavg()[0]!.toFixed(1)} · ${handle.kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'} · ` +
        `${matters.toLocaleString('en')} matters and clocks (generated in ${(generatedMs / 1000).toFixed(1)} s) · ${warmup} warm-up + ${runs} runs\n\n` +
        `| query | p50 ms | p95 ms | max ms | p50 ÷ count(*) | answer |\n|---|--:|--:|--:|--:|---|\n` +
        timings
          .map(
            (m) =>
              `| ${m.label} | ${m.p50.toFixed(2)} | ${m.p95.toFixed(2)} | ${m.max.toFixed(2)} | ` +
              `${(m.p50 / base.p50).toFixed(2)}× | ${m.answer} |`,
          )
          .join('\n') +
        '\n',
    );
    if (process.env.BENCH_EXPLAIN) process.stdout.write(`\n${await explainYear(db)}\n`);
  } finally {
    await app?.close();
    await handle.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
