/**
 * `npm run bench:powers`: the public catalog's page query (src/modules/powers searchPowers: the
 * count and one page of 20, by code) with words, org and category filters, over the demo catalog
 * (217 powers) and over a larger one (POWERS, default 20,000), next to a trivial `select 1` timed
 * in the same process.
 *
 * Storage: the embedded PGlite in a temporary directory (the default deployment). Environment:
 * POWERS (20000), BENCH_RUNS (50), BENCH_WARMUP (5).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { accountsModule } from '../src/modules/accounts/index.ts';
import { demoPowersSeeder, searchPowers, type PowerFilter } from '../src/modules/powers/index.ts';
import { fixedClock } from '../src/platform/clock/index.ts';
import { connectDatabase, migrateToLatest } from '../src/platform/db/index.ts';

const target = Number(process.env.POWERS ?? 20_000);
const runs = Number(process.env.BENCH_RUNS ?? 50);
const warmup = Number(process.env.BENCH_WARMUP ?? 5);
const pageSize = 20;

interface Measure {
  label: string;
  matches: number;
  p50: number;
  p95: number;
}

async function time(label: string, work: () => Promise<number>): Promise<Measure> {
  let matches = 0;
  for (let i = 0; i < warmup; i++) matches = await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { label, matches, p50: at(0.5), p95: at(0.95) };
}

/** The page query as /services/powers runs it: one page and the number of all matches. */
async function pageQuery(db: Kysely<unknown>, filter: PowerFilter, page = 1): Promise<number> {
  return (await searchPowers(db, filter, page, pageSize)).total;
}

async function orgId(db: Kysely<unknown>, code: string): Promise<number> {
  const { rows } = await sql<{
    id: number;
  }>`select id from accounts_orgs where code = ${code}`.execute(db);
  return Number(rows[0]!.id);
}

async function measureAll(db: Kysely<unknown>): Promise<Measure[]> {
  const scjgj = await orgId(db, 'scjgj');
  const mzj = await orgId(db, 'mzj');
  return [
    await time('baseline: select 1', async () => {
      await sql`select 1`.execute(db);
      return 1;
    }),
    await time('first page, no filter', () => pageQuery(db, {})),
    await time('page 10, no filter', () => pageQuery(db, {}, 10)),
    await time('q=许可', () => pageQuery(db, { q: '许可' })),
    await time('q=食品安全法 (matches the legal basis)', () => pageQuery(db, { q: '食品安全法' })),
    await time('org=scjgj, category=penalty', () =>
      pageQuery(db, { orgId: scjgj, category: 'penalty' }),
    ),
    await time('q=救助, org=mzj, category=benefit', () =>
      pageQuery(db, { q: '救助', orgId: mzj, category: 'benefit' }),
    ),
    await time('q=不存在的事项 (no match)', () => pageQuery(db, { q: '不存在的事项' })),
  ];
}

/** Copies of the demo catalog under new codes until the catalog holds `total` powers. */
async function grow(db: Kysely<unknown>, total: number): Promise<number> {
  await sql`insert into powers (code, category, name, basis, laws, org_id, level, status,
      responsibilities, accountability, supervision_phone, note, version, is_demo, created_at, updated_at)
    select p.code || '-B' || g, p.category, p.name || '（第' || g || '号）', p.basis, p.laws, p.org_id,
      p.level, p.status, p.responsibilities, p.accountability, p.supervision_phone, p.note, 1, true, now(), now()
    from powers p cross join generate_series(1, ${Math.ceil(total / 200)}) g
    order by g, p.code
    limit ${total} - (select count(*) from powers)`.execute(db);
  await sql`analyze`.execute(db);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from powers`.execute(db);
  return rows[0]!.n;
}

function table(title: string, measures: Measure[]): string {
  const baseline = measures[0]!;
  return (
    `${title}\n\n| query | matches | p50 ms | p95 ms | p50 ÷ baseline |\n|---|--:|--:|--:|--:|\n` +
    measures
      .map(
        (m) =>
          `| ${m.label} | ${m.matches.toLocaleString('en')} | ${m.p50.toFixed(2)} | ${m.p95.toFixed(2)} | ${(m.p50 / baseline.p50).toFixed(1)}× |`,
      )
      .join('\n') +
    '\n'
  );
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-powers-bench-'));
  const handle = await connectDatabase<unknown>({ dataDir: dir, command: 'bench:powers' });
  try {
    await migrateToLatest(handle.db);
    const context = {
      db: handle.db,
      clock: fixedClock('2026-09-30T09:30:00+08:00'),
      logger: { info: () => undefined, warn: () => undefined },
      notes: [],
    };
    await accountsModule.seeders.find((s) => s.name === 'accounts.orgs')!.run(context);
    const seeding = performance.now();
    await demoPowersSeeder.run(context);
    const seededMs = performance.now() - seeding;
    await sql`analyze`.execute(handle.db);
    const demo = await measureAll(handle.db);
    const growing = performance.now();
    const size = await grow(handle.db, target);
    const grownMs = performance.now() - growing;
    const large = await measureAll(handle.db);
    process.stdout.write(
      `${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} · ` +
        `PGlite (embedded) · ${warmup} warm-up + ${runs} runs per query · page of ${pageSize}\n\n` +
        table(`Demo catalog (217 powers, seeded in ${seededMs.toFixed(0)} ms):`, demo) +
        '\n' +
        table(
          `Large catalog (${size.toLocaleString('en')} powers, generated in ${(grownMs / 1000).toFixed(1)} s):`,
          large,
        ),
    );
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
