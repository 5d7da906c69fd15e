/**
 * `npm run bench:cases`: how fast the case list (src/modules/approvals/cases-list.queries.ts,
 * listCases: one page of 50 and the count) and the statistics of cases (stats.service.ts,
 * computeCaseStatistics) answer over 100,000 generated cases, next to two baselines timed in the
 * same process: `select 1` (a round trip) and `select count(*) from approvals_cases` (a scan).
 *
 * Storage: the embedded PGlite in a temporary directory (the default deployment), or PostgreSQL
 * when DATABASE_URL is set (a database of its own: it refuses one holding cases it did not make).
 * Environment: CASES (100000), BENCH_RUNS (20), BENCH_WARMUP (3).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { computeCaseStatistics, listCases } from '../src/modules/approvals/index.ts';
import { connectDatabase, migrateToLatest } from '../src/platform/db/index.ts';
import { timeRuns, type Timing } from './timing.ts';

const cases = Number(process.env.CASES ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
/** The last day of the generated data: the day the lights are taken on. */
const today = '2026-11-30';

/** 40 departments, a county center and 9 township centers, 60 items, 3 windows per center. */
async function generateCatalog(db: Kysely<unknown>): Promise<void> {
  await sql`insert into accounts_orgs (code, name, kind, path)
    select 'bench-dept-' || g, '基准部门 ' || g, 'department', '' from generate_series(1, 40) g
    union all
    select 'bench-center-' || g, '基准服务中心 ' || g, 'center', '' from generate_series(0, 9) g`.execute(
    db,
  );
  await sql`update accounts_orgs set path = '/' || id || '/' where code like 'bench-%'`.execute(db);
  await sql`insert into approvals_items (code, name, org_id, statutory_days, promised_days,
      created_at, updated_at)
    select 'BENCH-' || g, '基准事项 ' || g,
      (select id from accounts_orgs where code = 'bench-dept-' || (1 + g % 40)), 20,
      (array[0, 0, 1, 3, 5, 10, 15])[1 + g % 7], now(), now()
    from generate_series(1, 60) g`.execute(db);
  await sql`insert into approvals_windows (center_org_id, number, name)
    select o.id, n::text, '基准窗口 ' || n from accounts_orgs o, generate_series(1, 3) n
    where o.code like 'bench-center-%'`.execute(db);
}

/**
 * `cases` cases in one INSERT … SELECT (fixed seed), received over 2024-01-01…today, two thirds
 * at the county center; 92% completed, the rest open or closed otherwise; each accepted case with
 * its case clock (stopped when the case is over).
 */
async function generateCases(db: Kysely<unknown>): Promise<void> {
  await sql`select setseed(0.42)`.execute(db);
  await sql`create temporary table bench_cases as
    select g, ${today}::date - (power(random(), 0.8) * 1064)::int as received_on,
      random() as r, random() as took, (random() * 59)::int + 1 as item_n,
      case when random() < 0.67 then 0 else 1 + (random() * 8)::int end as center_n,
      (random() * 2)::int + 1 as window_n
    from generate_series(1, ${cases}::int) g`.execute(db);
  await sql`create temporary table bench_facts as
    select b.g, b.received_on, i.id as item_id, i.org_id, i.promised_days, c.id as center_org_id,
      w.id as window_id,
      case when b.r < 0.03 then 'refused' when b.r < 0.05 then 'returned'
        when b.r < 0.06 then 'withdrawn' when b.r < 0.94 then 'completed' else 'accepted' end
        as state,
      b.received_on + (b.took * (i.promised_days * 1.6 + 2))::int as end_on
    from bench_cases b
      join approvals_items i on i.code = 'BENCH-' || b.item_n
      join accounts_orgs c on c.code = 'bench-center-' || b.center_n
      join approvals_windows w on w.center_org_id = c.id and w.number = b.window_n::text`.execute(
    db,
  );
  await sql`insert into deadlines_clocks (matter_type, matter_id, purpose, org_id, unit, limit_days,
      yellow_days, extension_cap_days, max_extensions, state, start_on, due_on, yellow_on,
      stopped_on, fixed_light, basis, calendar_version)
    select 'approval', 'SPB-' || g, 'case', org_id, 'working', promised_days, 1, 10, 1,
      case when state = 'accepted' then 'running' else 'stopped' end, received_on,
      received_on + (promised_days * 1.4)::int, received_on + (promised_days * 1.4)::int - 1,
      case when state <> 'accepted' then least(end_on, ${today}::date) end,
      case when state <> 'accepted' then
        case when end_on > received_on + (promised_days * 1.4)::int then 'red' else 'green' end end,
      'official', 'bench'
    from bench_facts where state <> 'refused' order by received_on, g`.execute(db);
  await sql`insert into approvals_cases (tracking_number, access_code_hash, item_id, org_id,
      center_org_id, window_id, channel, applicant_type, applicant_name, id_number, phone, state,
      clock_id, is_instant, is_joint, promised_days, statutory_days, received_on, accepted_on,
      completed_on, closed_on, created_at)
    select 'SPB-' || f.g, 'x', f.item_id, f.org_id, f.center_org_id, f.window_id, 'window',
      'person', '基准申请人', 'X', '0', f.state, k.id, f.promised_days = 0, false,
      f.promised_days, 20, f.received_on, case when k.id is not null then f.received_on end,
      case when f.state = 'completed' then least(f.end_on, ${today}::date) end,
      case when f.state in ('refused', 'returned', 'withdrawn')
        then least(f.end_on, ${today}::date) end, now()
    from bench_facts f left join deadlines_clocks k
      on k.matter_type = 'approval' and k.matter_id = 'SPB-' || f.g and k.purpose = 'case'
    order by f.received_on, f.g`.execute(db);
  await sql`analyze`.execute(db);
}

async function ensureData(db: Kysely<unknown>): Promise<number> {
  const { rows } = await sql<{ n: number; bench: number }>`select count(*)::int as n,
    count(*) filter (where tracking_number like 'SPB-%')::int as bench from approvals_cases`.execute(
    db,
  );
  const existing = rows[0]!;
  if (existing.n !== existing.bench)
    throw new Error('DATABASE_URL holds real cases: use a database of its own');
  if (existing.bench === cases) return 0;
  if (existing.bench > 0)
    throw new Error(
      `the database holds ${existing.bench} bench cases, not ${cases}: use a fresh one`,
    );
  const started = performance.now();
  await generateCatalog(db);
  await generateCases(db);
  return performance.now() - started;
}

const time = (label: string, work: () => Promise<string>) =>
  timeRuns(label, work, { warmup, runs });

async function measure(db: Kysely<unknown>): Promise<Timing[]> {
  const list = (label: string, filter: Parameters<typeof listCases>[1], page = 1) =>
    time(label, async () => {
      const { rows, total } = await listCases(db, filter, undefined, today, page);
      return `${rows.length} rows of ${total}`;
    });
  const stats = (groupBy: 'org' | 'month') =>
    time(`computeCaseStatistics 2026-01-01…2026-12-31 by ${groupBy}`, async () => {
      const s = await computeCaseStatistics(
        db,
        { from: '2026-01-01', to: '2026-12-31', groupBy },
        today,
      );
      return `${s.groups.length} groups, ${s.total.received} received, on time ${s.total.onTimeRate}`;
    });
  return [
    await time('baseline: select 1', async () => {
      await sql`select 1`.execute(db);
      return '1';
    }),
    await time('baseline: select count(*) from approvals_cases', async () => {
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from approvals_cases`.execute(db);
      return `${rows[0]!.n} rows`;
    }),
    await list('listCases, first page, no filter', {}),
    await list('listCases, center bench-center-3', { center: 'bench-center-3' }),
    await list('listCases, org bench-dept-7 + state accepted', {
      org: 'bench-dept-7',
      state: 'accepted',
    }),
    await list('listCases, accepted 2026-03-01…2026-03-31', {
      from: '2026-03-01',
      to: '2026-03-31',
    }),
    await list('listCases, page 1000 (offset 49,950), no filter', {}, 1000),
    await stats('org'),
    await stats('month'),
  ];
}

async function main(): Promise<void> {
  const dir = process.env.DATABASE_URL
    ? null
    : fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-cases-bench-'));
  const handle = await connectDatabase<unknown>(
    process.env.DATABASE_URL
      ? { databaseUrl: process.env.DATABASE_URL, command: 'bench:cases' }
      : { dataDir: dir!, command: 'bench:cases' },
  );
  try {
    await migrateToLatest(handle.db);
    const generatedMs = await ensureData(handle.db);
    const timings = await measure(handle.db);
    const [trivial, scan] = timings;
    process.stdout.write(
      `${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} · ` +
        `load ${os.loadavg()[0]!.toFixed(1)} · ${handle.kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'} · ` +
        `${cases.toLocaleString('en')} cases (generated in ${(generatedMs / 1000).toFixed(1)} s) · ${warmup} warm-up + ${runs} runs\n\n` +
        `| query | p50 ms | p95 ms | max ms | p50 ÷ select 1 | p50 ÷ count(*) | answer |\n|---|--:|--:|--:|--:|--:|---|\n` +
        timings
          .map(
            (m) =>
              `| ${m.label} | ${m.p50.toFixed(2)} | ${m.p95.toFixed(2)} | ${m.max.toFixed(2)} | ` +
              `${(m.p50 / trivial!.p50).toFixed(1)}× | ${(m.p50 / scan!.p50).toFixed(2)}× | ${m.answer} |`,
          )
          .join('\n') +
        '\n',
    );
  } finally {
    await handle.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
