/**
 * `npm run bench:supervision-ingest`: how many checkpoint events per second supervision takes in
 * (issue 7: "ingestion throughput (events/s, batches of 1,000, PostgreSQL)").
 *
 * 1. Ingestion: `POST /api/v1/supervision/checkpoints` with a bearer token (scope
 *    supervision:write) through the whole app (`buildApp`, `app.inject`: routing, auth, JSON body,
 *    validation, the org lookup, the idempotent insert, and the clocks the events drive), BATCHES
 *    batches of 1,000 events: 500 matters each, `accepted` then `completed`, over six orgs of the
 *    demo county, at dates spread over 2026.
 * 2. The same first batch re-sent REPEATS times: all duplicates (nothing stored, no clock moved).
 * 3. The outbox consumer, `processCheckpoints(db, clock, 1000)` (modules/supervision processor),
 *    round after round until nothing is pending: every ingested event projected onto its matter.
 * Baseline, in the same process: the same 1,000 rows written by one multi-row INSERT into a table
 * shaped as `checkpoints` (`bench_raw_checkpoints`): the database's cost of storing a batch and
 * nothing else. Each figure is also given as a ratio to it.
 *
 * Storage: PostgreSQL when DATABASE_URL is set (a database of its own: it refuses one holding any
 * checkpoint: one run per fresh database), else the embedded PGlite in a temporary directory.
 * Environment: DATABASE_URL, BATCHES (20), REPEATS (5).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { allSeeders, buildApp } from '../src/app.ts';
import { createApiToken } from '../src/modules/accounts/index.ts';
import { processCheckpoints } from '../src/modules/supervision/index.ts';
import { toRow, checkpointEventSchema } from '../src/platform/checkpoints/index.ts';
import { systemClock } from '../src/platform/clock/index.ts';
import { loadConfig } from '../src/platform/config/index.ts';
import { connectDatabase, migrateToLatest } from '../src/platform/db/index.ts';
import { systemContext } from '../src/platform/http/index.ts';
import { createLogger } from '../src/platform/logger/index.ts';
import { runSeeders } from '../src/platform/seed/index.ts';

const batches = Number(process.env.BATCHES ?? 20);
const repeats = Number(process.env.REPEATS ?? 5);
const batchSize = 1000;
const source = 'bench-lnzwfw';
/** Departments, a township and the service center of the demo county (accounts/demo-orgs.json). */
const orgCodes = ['zwfw', 'zrzyj', 'mzj', 'scjgj', 'jyj', 'qyz'];
const promised = [0, 1, 3, 5, 10, 15, 20];

type Event = Record<string, unknown>;

/** Batch `b`: 500 matters accepted on a day of 2026 and completed 0–20 days later. */
function batchOf(b: number): Event[] {
  const events: Event[] = [];
  for (let i = 0; i < batchSize / 2; i++) {
    const n = b * (batchSize / 2) + i;
    const day = new Date(Date.UTC(2026, 0, 1) + ((n * 7919) % 330) * 86_400_000);
    const accepted = `${day.toISOString().slice(0, 10)}T09:${String(n % 60).padStart(2, '0')}:00+08:00`;
    const took = (n * 31) % 21;
    const done = new Date(day.getTime() + took * 86_400_000).toISOString().slice(0, 10);
    const common = {
      source,
      matterType: n % 10 === 0 ? 'other' : 'approval',
      matterId: `LN-B${b}-${i}`,
      org: orgCodes[n % orgCodes.length]!,
      itemCode: `LN-XK-${n % 40}`,
    };
    const days = promised[n % promised.length]!;
    events.push(
      {
        ...common,
        eventId: `b${b}-${i}-a`,
        kind: 'accepted',
        at: accepted,
        promisedDays: days,
        statutoryDays: 20,
        limitUnit: 'working',
      },
      { ...common, eventId: `b${b}-${i}-c`, kind: 'completed', at: `${done}T16:00:00+08:00` },
    );
  }
  return events;
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), total: times.reduce((a, b) => a + b, 0) };
}

async function refuseUsed(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from checkpoints`.execute(db);
  if (rows[0]!.n > 0) throw new Error('the database holds checkpoints: give the bench a fresh one');
}

/** The baseline: the batch's rows stored by one INSERT into a table shaped as `checkpoints`. */
async function baselineInsert(db: Kysely<unknown>, events: Event[]): Promise<number[]> {
  await sql`drop table if exists bench_raw_checkpoints`.execute(db);
  await sql`create table bench_raw_checkpoints (like checkpoints including all)`.execute(db);
  const rows = events.map((e) => toRow(checkpointEventSchema.parse(e), new Date()));
  const times: number[] = [];
  for (let r = 0; r < repeats + 1; r++) {
    await sql`truncate bench_raw_checkpoints`.execute(db);
    const started = performance.now();
    await (db as Kysely<{ benchRawCheckpoints: Record<string, unknown> }>)
      .insertInto('benchRawCheckpoints')
      .values(rows)
      .execute();
    if (r > 0) times.push(performance.now() - started);
  }
  await sql`drop table bench_raw_checkpoints`.execute(db);
  return times;
}

async function main(): Promise<void> {
  const dir = process.env.DATABASE_URL
    ? null
    : fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-ingest-bench-'));
  const handle = await connectDatabase<unknown>(
    process.env.DATABASE_URL
      ? { databaseUrl: process.env.DATABASE_URL, command: 'bench:supervision-ingest' }
      : { dataDir: dir!, command: 'bench:supervision-ingest' },
  );
  const db = handle.db;
  const secret = crypto.randomBytes(32).toString('base64url');
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: secret,
    DATA_DIR: os.tmpdir(),
  });
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    await migrateToLatest(db);
    await refuseUsed(db);
    const wanted = new Set(['accounts.orgs', 'settings']);
    await runSeeders(
      allSeeders().filter((s) => wanted.has(s.name)),
      { db, clock: systemClock, logger: createLogger('silent') },
    );
    const { token } = await createApiToken(db as never, systemClock, systemContext(), {
      orgCode: '210423',
      scopes: ['supervision:write'],
    });
    app = await buildApp(config, {
      db,
      databaseKind: handle.kind,
      clock: systemClock,
      cookieSecret: secret,
    });
    const server = app;
    const post = async (events: Event[]) => {
      const started = performance.now();
      const response = await server.inject({
        method: 'POST',
        url: '/api/v1/supervision/checkpoints',
        headers: { authorization: `Bearer ${token}` },
        payload: events,
      });
      const ms = performance.now() - started;
      if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
      return { ms, report: response.json() as { accepted: number; duplicates: number } };
    };
    const baseline = stats(await baselineInsert(db, batchOf(batches + 1)));

    const ingest: number[] = [];
    let accepted = 0;
    for (let b = 0; b < batches; b++) {
      const { ms, report } = await post(batchOf(b));
      if (report.accepted !== batchSize) throw new Error(`batch ${b}: ${JSON.stringify(report)}`);
      accepted += report.accepted;
      ingest.push(ms);
    }
    const resend: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const { ms, report } = await post(batchOf(0));
      if (report.duplicates !== batchSize) throw new Error(`re-send: ${JSON.stringify(report)}`);
      resend.push(ms);
    }
    const consumer: number[] = [];
    let processed = 0;
    for (;;) {
      const started = performance.now();
      const n = await processCheckpoints(db, systemClock, batchSize);
      if (n === 0) break;
      consumer.push(performance.now() - started);
      processed += n;
    }
    const { rows: matters } = await sql<{ n: number; clocks: number; completed: number }>`
      select count(*)::int as n, count(clock_id)::int as clocks,
        count(*) filter (where outcome = 'completed')::int as completed
      from supervision_matters where source = ${source}`.execute(db);

    const perSecond = (events: number, ms: number) => (events / ms) * 1000;
    const row = (label: string, s: ReturnType<typeof stats>, events: number, count: number) =>
      `| ${label} | ${count} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ` +
      `${Math.round(perSecond(events, s.total)).toLocaleString('en')} | ` +
      `${(baseline.p50 / s.p50).toFixed(3)}× |`;
    const m = matters[0]!;
    process.stdout.write(
      `${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} · ` +
        `load ${os.loadavg()[0]!.toFixed(1)} · ${handle.kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'} · ` +
        `${batches} batches of ${batchSize} (${(batches * batchSize).toLocaleString('en')} events)\n\n` +
        `| what | batches | p50 ms per batch | p95 ms | events/s (all batches) | baseline p50 ÷ p50 |\n|---|--:|--:|--:|--:|--:|\n` +
        [
          row(
            'baseline: one INSERT of 1,000 rows (bench_raw_checkpoints)',
            baseline,
            repeats * batchSize,
            repeats,
          ),
          row(
            'POST /api/v1/supervision/checkpoints, new events',
            stats(ingest),
            accepted,
            ingest.length,
          ),
          row(
            'the same batch re-sent (all duplicates)',
            stats(resend),
            repeats * batchSize,
            resend.length,
          ),
          row(
            'processCheckpoints(db, clock, 1000), consumer rounds',
            stats(consumer),
            processed,
            consumer.length,
          ),
        ].join('\n') +
        `\n\n${m.n.toLocaleString('en')} matters projected, ${m.clocks.toLocaleString('en')} with their clock, ${m.completed.toLocaleString('en')} completed\n`,
    );
  } finally {
    await app?.close();
    await handle.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
