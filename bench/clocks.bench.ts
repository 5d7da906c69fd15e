/**
 * `npm run bench:clocks`: how fast supervision's clock queries (src/modules/deadlines,
 * supervision.queries.ts: countOpenClocks, countStoppedClocks, listOpenClocks) answer on
 * PostgreSQL with a million clocks. Issue 4 asks that the per-org per-light counts of open clocks
 * answer in under 200 ms there; this script generates the clocks, measures each query many times
 * and reports p50/p95/max next to a full-table `count(*)` (a sequential scan) timed in the same
 * process, plus the query plan of the headline count. It then rewrites every open clock, as
 * re-dating after a calendar change does, and times that count again before VACUUM, and once more
 * after autovacuum has been through the table (see bench/README.md).
 *
 * PostgreSQL only, never PGlite: DATABASE_URL must name a database of its own (it refuses one
 * whose deadlines_clocks, or any table that refers to it, holds anything but its own clocks). It
 * migrates that database, adds about 60 orgs (codes `bench-…`) and the clocks (calendar_version
 * `bench`), then VACUUM ANALYZE; a rerun with the same CLOCKS reuses them.
 *
 * Environment: DATABASE_URL (required, postgres://…), CLOCKS (1000000) clocks to generate,
 * BENCH_RUNS (30) measured runs per query after BENCH_WARMUP (3) unmeasured ones,
 * BENCH_EXPLAIN=all to print every query's plan, not only the headline count's,
 * BENCH_AUTOVACUUM_WAIT (300) seconds to wait for autovacuum after the rewrite (0: do not wait).
 * Exits 2 without a PostgreSQL DATABASE_URL or on a database it will not touch; never on slowness.
 */
import fs from 'node:fs';
import os from 'node:os';
import {
  CompiledQuery,
  createQueryId,
  sql,
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import {
  countOpenClocks,
  countStoppedClocks,
  listOpenClocks,
  type ClockCount,
} from '../src/modules/deadlines/index.ts';
import { connectDatabase, migrateToLatest } from '../src/platform/db/index.ts';

/** The day the lights are taken on: the last day of the generated data. */
const today = '2026-11-30';
const headlineTargetMs = 200;

class Refusal extends Error {}

function numberFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Refusal(`${name} must be a whole number ≥ ${min} (got "${raw}")`);
  }
  return value;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- data

/** Orgs of a county: the government, 30 departments, 20 townships, 9 of them with a service center. */
async function ensureOrgs(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from accounts_orgs where code like 'bench-%'`.execute(db);
  if ((rows[0]?.n ?? 0) > 0) return;
  await db.transaction().execute(async (trx) => {
    const add = async (
      code: string,
      name: string,
      kind: string,
      parentId: number | null,
    ): Promise<number> => {
      const inserted = await sql<{ id: number }>`insert into accounts_orgs
        (code, name, kind, parent_id, path, sort_order)
        values (${code}, ${name}, ${kind}, ${parentId}, '', 0) returning id`.execute(trx);
      const id = inserted.rows[0]!.id;
      // Materialised ancestry: the parent's path and the org's own id, '/1/7/'.
      await sql`update accounts_orgs set path = coalesce(
          (select p.path from accounts_orgs p where p.id = ${parentId}), '/') || id || '/'
        where id = ${id}`.execute(trx);
      return id;
    };
    const county = await add('bench-county', '基准县人民政府', 'government', null);
    for (let n = 1; n <= 30; n++) {
      await add(`bench-dept-${String(n).padStart(2, '0')}`, `基准县第${n}局`, 'department', county);
    }
    for (let n = 1; n <= 20; n++) {
      const town = await add(
        `bench-town-${String(n).padStart(2, '0')}`,
        `基准县第${n}镇`,
        'township',
        county,
      );
      if (n <= 9) {
        await add(
          `bench-town-${String(n).padStart(2, '0')}-center`,
          `基准县第${n}镇便民服务中心`,
          'center',
          town,
        );
      }
    }
  });
}

/**
 * `count` clocks in one INSERT … SELECT generate_series with a fixed random seed (the same data
 * every time): 90% stopped over the three years up to `today`, 8% running and due within 40 days
 * either side of it, 2% paused. They are inserted in the order they started, as a real table
 * grows, so the open clocks (the recent ones) sit together at the end of the table rather than
 * scattered over every page: that decides how much an index scan has to visit the table.
 */
async function generateClocks(db: Kysely<unknown>, count: number): Promise<void> {
  const { rows: orgRows } = await sql<{ id: number }>`select id from accounts_orgs
    where code like 'bench-%' order by id`.execute(db);
  const orgIds = orgRows.map((r) => r.id);
  await db.transaction().execute(async (trx) => {
    // Room to sort the million rows in memory.
    await sql`set local work_mem = '256MB'`.execute(trx);
    await sql`select setseed(0.42)`.execute(trx);
    // The innermost subquery draws the random numbers once per row (offset 0 keeps the planner
    // from folding it into the outer query, which would draw again for every use).
    await sql`
      insert into deadlines_clocks (matter_type, matter_id, purpose, org_id, unit, limit_days,
        yellow_days, extension_cap_days, max_extensions, state, start_on, due_on, yellow_on,
        stopped_on, fixed_light, basis, calendar_version)
      select matter_type, 'bench-' || i, 'reply', org_id, 'working', 20, 1, 20, 1, state,
        case when state = 'paused' then ${today}::date - pause_back else due_on - 28 end
          as start_on,
        due_on, due_on - warn, stopped_on, fixed_light, 'official', 'bench'
      from (
        select *,
          case when state = 'stopped' then ${today}::date - stop_back end as stopped_on,
          -- 20 working days are about 28 calendar days.
          case state when 'stopped' then ${today}::date - stop_back - took + 28
            when 'running' then ${today}::date + run_offset end as due_on
        from (
          select i,
            case when pick_state < 0.90 then 'stopped' when pick_state < 0.98 then 'running'
              else 'paused' end as state,
            case when pick_type < 0.40 then 'foi' when pick_type < 0.75 then 'approval'
              when pick_type < 0.80 then 'appeal' when pick_type < 0.90 then 'tender'
              else 'other' end as matter_type,
            (${sql.val(orgIds)}::bigint[])[1 + floor(power(pick_org, 1.5) * ${orgIds.length})::int]
              as org_id,
            -- Stopped: on one of the 1096 days up to today, 3 to 37 days after the start.
            floor(day * 1096)::int as stop_back, 3 + floor(span * 35)::int as took,
            -- Running: due 40 days either side of today; paused: started 1 to 60 days ago.
            floor(day * 81)::int - 40 as run_offset, 1 + floor(day * 60)::int as pause_back,
            1 + floor(yellow * 3)::int as warn,
            case when pick_state >= 0.98 then
                case when light < 0.7 then 'green' when light < 0.9 then 'yellow' else 'red' end
              when pick_state < 0.90 then
                case when light < 0.88 then 'green' when light < 0.92 then 'yellow' else 'red' end
              end as fixed_light
          from (
            select i, random() as pick_state, random() as pick_type, random() as pick_org,
              random() as day, random() as span, random() as yellow, random() as light
            from generate_series(1, ${count}::int) as i
            offset 0
          ) as drawn
        ) as typed
      ) as dated
      order by start_on, i`.execute(trx);
  });
}

/**
 * Makes sure the database holds exactly `count` benchmark clocks; refuses anyone else's, and any
 * row of a table that refers to the clocks (events, due dates, other modules' requests, and the
 * tables that refer to those), which a regeneration truncates along with the clocks.
 */
async function ensureClocks(db: Kysely<unknown>, count: number): Promise<void> {
  const { rows } = await sql<{ total: number; bench: number }>`
    select count(*)::int as total,
      count(*) filter (where calendar_version = 'bench')::int as bench
    from deadlines_clocks`.execute(db);
  const state = rows[0]!;
  const { rows: referring } = await sql<{ name: string }>`
    with recursive referring(rel) as (
      select c.conrelid from pg_constraint c
      where c.contype = 'f' and c.confrelid = 'deadlines_clocks'::regclass
      union
      select c.conrelid from pg_constraint c join referring r on c.confrelid = r.rel
      where c.contype = 'f'
    )
    select rel::regclass::text as name from referring
    where rel <> 'deadlines_clocks'::regclass order by 1`.execute(db);
  // Names from the catalog, quoted by PostgreSQL where they need it.
  const tables = referring.map((r) => sql.raw(r.name));
  const foreign = state.total - state.bench;
  const held = foreign > 0 ? [`deadlines_clocks ${foreign}`] : [];
  for (const [i, table] of tables.entries()) {
    const counted = await sql<{ n: number }>`select count(*)::int as n from ${table}`.execute(db);
    const n = counted.rows[0]?.n ?? 0;
    if (n > 0) held.push(`${referring[i]!.name} ${n}`);
  }
  if (held.length > 0) {
    throw new Refusal(
      `this database holds clocks that are not the benchmark's, or rows that refer to clocks ` +
        `(${held.join(', ')}): ` +
        'point DATABASE_URL at a database of its own',
    );
  }
  await ensureOrgs(db);
  if (state.bench === count) {
    process.stdout.write(`Reusing the ${count} clocks already generated.\n`);
    return;
  }
  process.stdout.write(`Generating ${count} clocks (there were ${state.bench})…\n`);
  const began = performance.now();
  await sql`truncate ${sql.join([sql`deadlines_clocks`, ...tables])}`.execute(db);
  await generateClocks(db, count);
  process.stdout.write(`  inserted in ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
  const vacuumBegan = performance.now();
  // ANALYZE for the planner; VACUUM for the visibility map, without which an index-only scan
  // visits the table anyway (autovacuum would get there by itself, later).
  await sql`vacuum (analyze) deadlines_clocks`.execute(db);
  process.stdout.write(
    `  vacuum analyze in ${((performance.now() - vacuumBegan) / 1000).toFixed(1)} s; ` +
      `generated in ${((performance.now() - began) / 1000).toFixed(1)} s in all\n`,
  );
}

// ---------------------------------------------------------------- measuring

/** Remembers each query sent through it, transformed by the plugins before it (CamelCasePlugin). */
class QueryCapture implements KyselyPlugin {
  nodes: RootOperationNode[] = [];
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    this.nodes.push(node);
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

/** The plan of the one query `run` sends, executed: EXPLAIN (ANALYZE, BUFFERS). */
async function explain(
  db: Kysely<unknown>,
  run: (db: Kysely<unknown>) => Promise<unknown>,
): Promise<string[]> {
  const capture = new QueryCapture();
  await run(db.withPlugin(capture));
  const node = capture.nodes.at(-1);
  if (!node) throw new Error('the query sent nothing');
  const compiled = db.getExecutor().compileQuery(node, createQueryId());
  const { rows } = await db.executeQuery<Record<string, string>>(
    CompiledQuery.raw(`explain (analyze, buffers) ${compiled.sql}`, [...compiled.parameters]),
  );
  return rows.map((r) => Object.values(r)[0] ?? '');
}

interface Case {
  key: string;
  description: string;
  run: (db: Kysely<unknown>) => Promise<unknown>;
  /** What the answer holds, for a sanity check in the table. */
  summary: (result: unknown) => string;
}

interface Timing {
  case: Case;
  samples: Float64Array;
  p50: number;
  p95: number;
  max: number;
  summary: string;
  otherCpuPercent: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

/** CPU time all cores have spent busy since boot, in milliseconds. */
function machineBusyMs(): number {
  return os
    .cpus()
    .reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
}

function ownCpuMs(): number {
  const cpu = process.cpuUsage();
  return (cpu.user + cpu.system) / 1000;
}

/**
 * CPU time of the PostgreSQL processes on this machine, in milliseconds, from /proc (Linux): each
 * one's own time plus that of its children that have exited (the parallel workers, which the
 * postmaster reaps), so the sum only grows. 0 where there is no /proc or the server is elsewhere.
 */
function postgresCpuMs(): number {
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  let ticks = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const close = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
    // After the command: state, ppid, … utime, stime, cutime, cstime are fields 14–17 of stat(5).
    const fields = stat.slice(close + 2).split(' ');
    ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

interface Sampled {
  samples: Float64Array;
  last: unknown;
  /** CPU of every process but this one and PostgreSQL's, as a share of all cores, during the runs. */
  otherCpuPercent: number;
}

async function time(
  label: string,
  warmup: number,
  runs: number,
  once: () => Promise<unknown>,
): Promise<Sampled> {
  process.stdout.write(`  ${label}: ${warmup} warm-up + ${runs} runs…\n`);
  let last: unknown;
  for (let i = 0; i < warmup; i++) last = await once();
  const samples = new Float64Array(runs);
  const before = { machine: machineBusyMs(), own: ownCpuMs(), postgres: postgresCpuMs() };
  const began = performance.now();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = await once();
    samples[i] = performance.now() - start;
  }
  const wallMs = performance.now() - began;
  const others =
    machineBusyMs() -
    before.machine -
    (ownCpuMs() - before.own) -
    (postgresCpuMs() - before.postgres);
  return {
    samples: samples.sort(),
    last,
    otherCpuPercent: Math.max(0, (100 * others) / (wallMs * os.cpus().length)),
  };
}

function timing(c: Case, { samples, last, otherCpuPercent }: Sampled): Timing {
  return {
    case: c,
    samples,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples[samples.length - 1] ?? Number.NaN,
    summary: c.summary(last),
    otherCpuPercent,
  };
}

const countsSummary = (result: unknown) => {
  const counts = result as ClockCount[];
  const byLight = { green: 0, yellow: 0, red: 0 };
  for (const c of counts) byLight[c.light] += c.count;
  const total = byLight.green + byLight.yellow + byLight.red;
  return `${counts.length} groups, ${total} clocks (${byLight.green} green, ${byLight.yellow} yellow, ${byLight.red} red)`;
};
const listSummary = (result: unknown) => `${(result as unknown[]).length} clocks`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const alignLeft = (i: number) => i === 0 || i === rows[0]!.length - 1;
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (alignLeft(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (alignLeft(i) ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

const ms = (value: number) => value.toFixed(2);

/** How many times autovacuum has vacuumed deadlines_clocks, and when it last finished. */
async function autovacuums(db: Kysely<unknown>): Promise<{ count: number; last: string | null }> {
  const { rows } = await sql<{ count: number; last: string | null }>`
    select autovacuum_count::int as count, last_autovacuum::text as last
    from pg_stat_user_tables where relid = 'deadlines_clocks'::regclass`.execute(db);
  return rows[0] ?? { count: 0, last: null };
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL ?? '';
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Refusal(
      'this benchmark runs on PostgreSQL only: set DATABASE_URL=postgres://user:password@host:port/database ' +
        '(a database of its own; it adds a million rows). It never runs on the embedded PGlite.',
    );
  }
  const count = numberFromEnv('CLOCKS', 1_000_000, 1000);
  const runs = numberFromEnv('BENCH_RUNS', 30, 1);
  const warmup = numberFromEnv('BENCH_WARMUP', 3, 0);
  const explainAll = process.env.BENCH_EXPLAIN === 'all';
  const autovacuumWaitS = numberFromEnv('BENCH_AUTOVACUUM_WAIT', 300, 0);

  const handle = await connectDatabase<unknown>({ databaseUrl, poolSize: 2 });
  if (handle.kind !== 'postgres')
    throw new Refusal('DATABASE_URL did not give a PostgreSQL handle');
  const db = handle.db;
  try {
    process.stdout.write(`Migrating ${handle.location}…\n`);
    await migrateToLatest(db);
    await ensureClocks(db, count);

    const { rows: townRows } = await sql<{ id: number; code: string; path: string }>`
      select id, code, path from accounts_orgs where code = 'bench-town-01'`.execute(db);
    const town = townRows[0]!;
    const { rows: subtreeRows } = await sql<{ id: number }>`select id from accounts_orgs
      where path like ${`${town.path}%`} order by id`.execute(db);
    const townIds = subtreeRows.map((r) => r.id);
    const month = { from: '2026-10-01', to: '2026-10-31' };
    const window = { dueFrom: today, dueTo: addDays(today, 3) };

    const cases: Case[] = [
      {
        key: 'a',
        description: 'countOpenClocks, whole county (all orgs)',
        run: (d) => countOpenClocks(d, { today }),
        summary: countsSummary,
      },
      {
        key: 'b',
        description: `countOpenClocks, one township's subtree (${townIds.length} orgs)`,
        run: (d) => countOpenClocks(d, { today, orgIds: townIds }),
        summary: countsSummary,
      },
      {
        key: 'c',
        description: `countStoppedClocks, ${month.from}…${month.to}, all orgs`,
        run: (d) => countStoppedClocks(d, month),
        summary: countsSummary,
      },
      {
        key: 'd1',
        description: "listOpenClocks, light 'red', limit 50",
        run: (d) => listOpenClocks(d, { today, light: 'red', limit: 50 }),
        summary: listSummary,
      },
      {
        key: 'd2',
        description: `listOpenClocks, due ${window.dueFrom}…${window.dueTo}, limit 50`,
        run: (d) => listOpenClocks(d, { today, ...window, limit: 50 }),
        summary: listSummary,
      },
    ];

    process.stdout.write('Measuring…\n');
    // The baseline: every row of the table counted by one backend's sequential scan (index scans
    // and parallel workers switched off for this transaction only, so that it does not depend on
    // the number of cores); only the count itself is timed.
    const baselineCase: Case = {
      key: 'base',
      description:
        'baseline: select count(*) from deadlines_clocks (seq scan, no parallel workers)',
      run: async () => undefined,
      summary: (result) => `${(result as number).toLocaleString('en')} rows`,
    };
    const baseline = await db.transaction().execute(async (trx) => {
      await sql`set local enable_indexonlyscan = off`.execute(trx);
      await sql`set local enable_indexscan = off`.execute(trx);
      await sql`set local enable_bitmapscan = off`.execute(trx);
      await sql`set local max_parallel_workers_per_gather = 0`.execute(trx);
      const sampled = await time(baselineCase.description, warmup, runs, async () => {
        const { rows } = await sql<{
          n: number;
        }>`select count(*)::int as n from deadlines_clocks`.execute(trx);
        return rows[0]!.n;
      });
      return timing(baselineCase, sampled);
    });
    const timings: Timing[] = [];
    for (const c of cases) {
      const sampled = await time(`(${c.key}) ${c.description}`, warmup, runs, () => c.run(db));
      timings.push(timing(c, sampled));
    }

    const plans: { c: Case; lines: string[] }[] = [];
    for (const c of explainAll ? cases : cases.slice(0, 1)) {
      plans.push({ c, lines: await explain(db, c.run) });
    }

    const { rows: info } = await sql<{
      version: string;
      sharedBuffers: string;
      workMem: string;
      parallel: string;
    }>`select version() as version, current_setting('shared_buffers') as shared_buffers,
        current_setting('work_mem') as work_mem,
        current_setting('max_parallel_workers_per_gather') as parallel`.execute(db);
    const { rows: sizes } = await sql<{ name: string; size: string }>`
      select c.relname as name, pg_size_pretty(pg_relation_size(c.oid)) as size
      from pg_class c where c.relname = 'deadlines_clocks' or c.oid in
        (select indexrelid from pg_index where indrelid = 'deadlines_clocks'::regclass)
      order by c.relname`.execute(db);
    const { rows: mix } = await sql<{ state: string; n: number }>`
      select state, count(*)::int as n from deadlines_clocks group by state order by state`.execute(
      db,
    );

    // (a) again just after a calendar change: re-dating (redateOpenClocks) rewrites every open
    // clock, and each new row version clears its page's bit in the visibility map, so until the
    // next VACUUM the index-only scan must visit the table for every clock. The migration sets
    // deadlines_clocks' autovacuum threshold to 5,000 changed rows (not 20% of the table), so
    // autovacuum should come within its naptime (a minute): (a″) waits for it and times the count
    // again. The rewrite leaves every value as it was; the VACUUM afterwards restores the table
    // for the next run.
    process.stdout.write(
      'Rewriting every open clock, as re-dating after a calendar change does…\n',
    );
    const autovacuumsBefore = await autovacuums(db);
    await sql`update deadlines_clocks set projected_at = projected_at
      where state <> 'stopped'`.execute(db);
    const rewrittenAt = performance.now();
    const staleCase: Case = {
      ...cases[0]!,
      key: 'a′',
      description: 'countOpenClocks, whole county, open clocks just rewritten, before VACUUM',
    };
    let stale: Timing;
    let vacuumed: Timing | undefined;
    let autovacuumDuringStale = false;
    let autovacuumNote = 'autovacuum not waited for (BENCH_AUTOVACUUM_WAIT=0)';
    try {
      const sampled = await time(`(${staleCase.key}) ${staleCase.description}`, warmup, runs, () =>
        staleCase.run(db),
      );
      stale = timing(staleCase, sampled);
      plans.push({ c: staleCase, lines: await explain(db, staleCase.run) });
      autovacuumDuringStale = (await autovacuums(db)).count > autovacuumsBefore.count;

      if (autovacuumWaitS > 0) {
        process.stdout.write(
          `Waiting up to ${autovacuumWaitS} s for autovacuum of deadlines_clocks…\n`,
        );
        let after = await autovacuums(db);
        while (
          after.count === autovacuumsBefore.count &&
          performance.now() - rewrittenAt < autovacuumWaitS * 1000
        ) {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          after = await autovacuums(db);
        }
        const waitedS = ((performance.now() - rewrittenAt) / 1000).toFixed(0);
        autovacuumNote =
          after.count > autovacuumsBefore.count
            ? `autovacuum finished at ${after.last ?? '?'}, seen ${waitedS} s after the rewrite`
            : `no autovacuum within ${waitedS} s of the rewrite`;
        process.stdout.write(`  ${autovacuumNote}\n`);
        const vacuumedCase: Case = {
          ...cases[0]!,
          key: 'a″',
          description:
            after.count > autovacuumsBefore.count
              ? `countOpenClocks, whole county, after autovacuum (${waitedS} s after the rewrite)`
              : `countOpenClocks, whole county, ${waitedS} s after the rewrite, no autovacuum yet`,
        };
        vacuumed = timing(
          vacuumedCase,
          await time(`(${vacuumedCase.key}) ${vacuumedCase.description}`, warmup, runs, () =>
            vacuumedCase.run(db),
          ),
        );
        plans.push({ c: vacuumedCase, lines: await explain(db, vacuumedCase.run) });
      }
    } finally {
      await sql`vacuum (analyze) deadlines_clocks`.execute(db);
    }
    const afterRewrite = vacuumed ? [stale, vacuumed] : [stale];

    const header = [
      'query',
      'p50 ms',
      'p95 ms',
      'max ms',
      'p50 ÷ baseline',
      'others CPU',
      'answer',
    ];
    const row = (t: Timing, label: string) => [
      label,
      ms(t.p50),
      ms(t.p95),
      ms(t.max),
      `${(t.p50 / baseline.p50).toFixed(3)}×`,
      `${t.otherCpuPercent.toFixed(0)}%`,
      t.summary,
    ];
    const cpus = os.cpus();
    const headline = timings[0]!;
    const noisy = [baseline, ...timings, ...afterRewrite].filter((t) => t.otherCpuPercent > 5);
    const verdict = (t: Timing) =>
      `p95 ${ms(t.p95)} ms, target < ${headlineTargetMs} ms: ` +
      (t.p95 < headlineTargetMs ? 'met' : 'NOT MET');
    process.stdout.write(
      [
        '',
        `${new Date().toISOString()} · Node ${process.version} · ${os.platform()} ${os.release()} · ` +
          `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
        `${info[0]!.version.split(',')[0]} · shared_buffers ${info[0]!.sharedBuffers} · ` +
          `work_mem ${info[0]!.workMem} · max_parallel_workers_per_gather ${info[0]!.parallel}`,
        `${count.toLocaleString('en')} clocks (${mix.map((m) => `${m.state} ${m.n.toLocaleString('en')}`).join(', ')}), ` +
          `lights as of ${today}; ${warmup} warm-up + ${runs} measured runs per query, ` +
          'times taken in this process around each call (Kysely, pg, the network, the server)',
        `sizes: ${sizes.map((s) => `${s.name} ${s.size}`).join(', ')}`,
        '',
        table([
          header,
          row(baseline, baselineCase.description),
          ...[...timings, ...afterRewrite].map((t) =>
            row(t, `(${t.case.key}) ${t.case.description}`),
          ),
        ]),
        '',
        `(a) per-org per-light counts, whole county: ${verdict(headline)}`,
        `(a′) the same just after a calendar change, before VACUUM: ${verdict(stale)}`,
        ...(vacuumed
          ? [`(a″) the same, waited for autovacuum (${autovacuumNote}): ${verdict(vacuumed)}`]
          : [autovacuumNote]),
        ...(autovacuumDuringStale
          ? ['WARNING: autovacuum ran while (a′) was measured; (a′) is not the stale case']
          : []),
        'others CPU: every process but this one and PostgreSQL, as a share of all cores, ' +
          'during the measured runs',
        ...(noisy.length > 0
          ? [
              `WARNING: other processes were busy during ${noisy.map((t) => t.case.key).join(', ')}; ` +
                'the numbers are not comparable, run again on a quiet machine',
            ]
          : []),
        '',
        ...plans.flatMap(({ c, lines }) => [
          `EXPLAIN (ANALYZE, BUFFERS) of (${c.key}) ${c.description}:`,
          ...lines.map((l) => `  ${l}`),
          '',
        ]),
      ].join('\n'),
    );
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof Refusal) {
      process.stderr.write(`bench:clocks: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    process.exitCode = 1;
  },
);
