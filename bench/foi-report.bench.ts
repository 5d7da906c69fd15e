/**
 * `npm run bench:foi`: how long the FOI annual report (src/modules/foi, computeAnnualReport: the
 * section 三 and 四 tables and every 勾稽 check) takes over 100,000 generated requests, next to a
 * plain `count(*)` of the same table timed in the same process.
 *
 * Storage: the embedded PGlite in a temporary directory (the default deployment), or PostgreSQL
 * when DATABASE_URL is set (a database of its own: it refuses one that already holds requests it
 * did not make). Environment: REQUESTS (100000), BENCH_RUNS (10), BENCH_WARMUP (2).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { computeAnnualReport, outcomes } from '../src/modules/foi/index.ts';
import { connectDatabase, migrateToLatest } from '../src/platform/db/index.ts';

const requests = Number(process.env.REQUESTS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const year = 2025;

async function generate(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ n: number; bench: number }>`
    select count(*)::int as n, count(*) filter (where tracking_number like 'B-%')::int as bench
    from foi_requests`.execute(db);
  const existing = rows[0]!;
  if (existing.n !== existing.bench)
    throw new Error('DATABASE_URL holds real requests: use a database of its own');
  if (existing.bench === requests) return;
  if (existing.bench > 0)
    throw new Error(
      `the database holds ${existing.bench} bench requests, not ${requests}: use a fresh one`,
    );
  await sql`insert into accounts_orgs (code, name, kind, path)
    select 'bench-' || g, '基准机构 ' || g, 'department', '' from generate_series(1, 40) g
    on conflict (code) do nothing`.execute(db);
  await sql`update accounts_orgs set path = '/' || id || '/' where code like 'bench-%'`.execute(db);
  await sql`select setseed(0.42)`.execute(db);
  // Received over 2024–2026; most replied 1–35 days later; outcomes spread over the whole enum.
  await sql`create temporary table bench_rows as
    select g, (date '2024-01-01' + (random() * 1060)::int) as received_on,
           (random() * 35)::int + 1 as days, random() as r, (random() * 1000)::int as pick
    from generate_series(1, ${requests}) g`.execute(db);
  await sql`insert into deadlines_clocks (matter_type, matter_id, purpose, org_id, unit, limit_days,
      yellow_days, extension_cap_days, max_extensions, state, start_on, due_on, stopped_on, fixed_light,
      basis, calendar_version)
    select 'foi', 'B-' || g, 'reply', (select min(id) from accounts_orgs where code like 'bench-%') + g % 40,
      'working', 20, 1, 20, 1, case when r < 0.97 then 'stopped' else 'running' end, received_on,
      received_on + 28, case when r < 0.97 then received_on + days end,
      case when r < 0.97 then 'green' end, 'official', 'bench'
    from bench_rows`.execute(db);
  await sql`insert into foi_requests (tracking_number, access_code_hash, applicant_type, applicant_name,
      id_type, id_number, phone, description, form, delivery, channel, received_on, org_id, clock_id,
      state, outcome, replied_on, created_at)
    select 'B-' || b.g, 'x', (array['person','person','person','business','research','publicWelfare','legalService','other'])[1 + b.pick % 8],
      '基准申请人', 'other', 'X', '0', '基准申请', 'electronic', 'online', 'online', b.received_on, c.org_id, c.id,
      case when b.r < 0.97 then 'replied' else 'open' end,
      case when b.r < 0.97 then (${sql.val(outcomes)}::text[])[1 + b.pick % ${outcomes.length}] end,
      case when b.r < 0.97 then b.received_on + b.days end, now()
    from bench_rows b join deadlines_clocks c on c.matter_id = 'B-' || b.g and c.matter_type = 'foi'`.execute(
    db,
  );
  await sql`analyze`.execute(db);
}

async function time(label: string, work: () => Promise<unknown>) {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { label, p50: at(0.5), p95: at(0.95), max: times.at(-1)! };
}

async function main(): Promise<void> {
  const dir = process.env.DATABASE_URL
    ? null
    : fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-foi-bench-'));
  const handle = await connectDatabase<unknown>(
    process.env.DATABASE_URL
      ? { databaseUrl: process.env.DATABASE_URL, command: 'bench:foi' }
      : { dataDir: dir!, command: 'bench:foi' },
  );
  try {
    await migrateToLatest(handle.db);
    const started = performance.now();
    await generate(handle.db);
    const generatedMs = performance.now() - started;
    const report = await computeAnnualReport(handle.db, year);
    const failed = report.checks.filter((c) => !c.ok);
    const baseline = await time('baseline: select count(*) from foi_requests', () =>
      sql`select count(*) from foi_requests`.execute(handle.db),
    );
    const measured = await time(`computeAnnualReport(${year}), county-wide`, () =>
      computeAnnualReport(handle.db, year),
    );
    const total = report.applications.rows.find((r) => r.label === '（七）总计')!.values.at(-1);
    process.stdout.write(
      `${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} · ` +
        `${handle.kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'} · ${requests.toLocaleString('en')} requests ` +
        `(generated in ${(generatedMs / 1000).toFixed(1)} s) · ${warmup} warm-up + ${runs} runs\n\n` +
        `| query | p50 ms | p95 ms | max ms | p50 ÷ baseline |\n|---|--:|--:|--:|--:|\n` +
        [baseline, measured]
          .map(
            (m) =>
              `| ${m.label} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.max.toFixed(1)} | ${(m.p50 / baseline.p50).toFixed(2)}× |`,
          )
          .join('\n') +
        `\n\n${year}: （七）总计 ${total}; checks ${failed.length === 0 ? 'all passed' : `FAILED: ${failed.map((c) => c.rule).join(', ')}`}\n`,
    );
  } finally {
    await handle.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
