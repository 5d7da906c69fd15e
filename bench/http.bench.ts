/**
 * `npm run bench`: requests per second of Sunshine against a bare node:http hello world, both
 * measured in the same run on the same machine, so the ratios mean something where the absolute
 * numbers would not (see bench/README.md).
 *
 * This process only generates load (autocannon). Each server runs in its own forked process
 * (bench/baseline-server.ts, bench/sunshine-server.ts) and reports its port, RSS and CPU time
 * over IPC. Sunshine starts as `serve --demo` does:
 * migrations and the demo seeders on a fresh embedded PGlite in a temporary DATA_DIR.
 *
 * Environment: BENCH_SECONDS (10) measured seconds per target, BENCH_WARMUP_SECONDS (2),
 * BENCH_CONNECTIONS (10), BENCH_ROUNDS (1; more interleaves the targets and reports each one's
 * median round, for a shared machine). Exits 1 if any request errors, times out or is not 2xx.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FromServer, ProcessStats, ServerKind, ToServer } from './server-process.ts';

const demoCountyName = '清原满族自治县';

function numberFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    throw new Error(`${name} must be a number ≥ ${min} (got "${raw}")`);
  }
  return value;
}

const seconds = numberFromEnv('BENCH_SECONDS', 10, 1);
const warmupSeconds = numberFromEnv('BENCH_WARMUP_SECONDS', 2, 0);
const connections = Math.round(numberFromEnv('BENCH_CONNECTIONS', 10, 1));
const rounds = Math.round(numberFromEnv('BENCH_ROUNDS', 1, 1));

/** A forked server process, spoken to over IPC. */
class ServerProcess {
  private constructor(
    readonly kind: ServerKind,
    private readonly child: ChildProcess,
    readonly port: number,
    readonly startupMs: number,
    readonly idleRss: number,
  ) {}

  static start(kind: ServerKind, args: string[] = []): Promise<ServerProcess> {
    const child = fork(path.join(import.meta.dirname, `${kind}-server.ts`), args, {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`${kind} server did not start within 120 s`));
      }, 120_000);
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        reject(new Error(`${kind} server exited (code ${code}) before it was ready`));
      };
      child.once('exit', onExit);
      child.on('message', (message: FromServer) => {
        if (message.type === 'failed') {
          clearTimeout(timer);
          child.off('exit', onExit);
          reject(new Error(`${kind} server failed to start`));
        } else if (message.type === 'ready') {
          clearTimeout(timer);
          child.off('exit', onExit);
          resolve(new ServerProcess(kind, child, message.port, message.startupMs, message.rss));
        }
      });
    });
  }

  url(pathname: string): string {
    return `http://127.0.0.1:${this.port}${pathname}`;
  }

  stats(): Promise<ProcessStats> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.kind}: no stats reply`)), 10_000);
      const onMessage = (message: FromServer) => {
        if (message.type !== 'stats') return;
        clearTimeout(timer);
        this.child.off('message', onMessage);
        resolve({ rss: message.rss, cpuMs: message.cpuMs });
      };
      this.child.on('message', onMessage);
      this.child.send({ type: 'stats' } satisfies ToServer);
    });
  }

  /** Asks the server to close; kills it if it has not exited after 10 s. */
  stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      if (this.child.connected) this.child.send({ type: 'stop' } satisfies ToServer);
      else this.child.kill('SIGTERM');
    });
  }
}

interface Target {
  name: string;
  description: string;
  server: ServerProcess;
  pathname: string;
  /** Checks one response before the load: throws if it is not the page it should be. */
  expect(response: Response, body: string): void;
}

interface Measurement {
  target: Target;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  bodyBytes: number;
  rssAfter: number;
  /** Of one core, during the measured run. */
  serverCpuPercent: number;
  /** This process (autocannon), of one core, during the measured run. */
  loadCpuPercent: number;
  /** CPU time of every other process on the machine, as a share of all cores, during the run. */
  otherCpuPercent: number;
  failures: string[];
  /** Every round's requests/s, when there were several. */
  allRounds: number[];
}

/** The round with the median requests/s, carrying every round's figure and failure. */
function medianRound(runs: Measurement[]): Measurement {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return {
    ...median,
    failures: runs.flatMap((run) => run.failures),
    allRounds: runs.map((run) => run.requestsPerSecond),
  };
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

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

function failuresOf(result: autocannon.Result, phase: string): string[] {
  const failures: string[] = [];
  if (result.errors > 0) failures.push(`${phase}: ${result.errors} request errors`);
  if (result.timeouts > 0) failures.push(`${phase}: ${result.timeouts} timeouts`);
  if (result.non2xx > 0) {
    const codes = Object.entries(result.statusCodeStats)
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, { count }]) => `${code}×${count}`)
      .join(', ');
    failures.push(`${phase}: ${result.non2xx} non-2xx responses (${codes})`);
  }
  return failures;
}

/** One autocannon run; response times are collected at full precision (autocannon's own histogram
 * records whole milliseconds, too coarse for a hello world). */
async function load(url: string, duration: number) {
  const latencies: number[] = [];
  const instance = autocannon({ url, connections, duration, pipelining: 1, timeout: 10 });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
  });
  const result = await instance;
  return { result, latencies: Float64Array.from(latencies).sort() };
}

async function measure(target: Target, round: number): Promise<Measurement> {
  const url = target.server.url(target.pathname);
  const response = await fetch(url);
  const body = await response.text();
  target.expect(response, body);
  const bodyBytes = Buffer.byteLength(body);

  const label = rounds > 1 ? `${target.name} (round ${round}/${rounds})` : target.name;
  const failures: string[] = [];
  if (warmupSeconds > 0) {
    process.stdout.write(`  ${label}: warm-up ${warmupSeconds} s…\n`);
    failures.push(...failuresOf((await load(url, warmupSeconds)).result, 'warm-up'));
  }
  process.stdout.write(`  ${label}: measuring ${seconds} s…\n`);
  const before = { machine: machineBusyMs(), own: ownCpuMs(), server: await target.server.stats() };
  const began = performance.now();
  const { result, latencies } = await load(url, seconds);
  const wallMs = performance.now() - began;
  const after = { machine: machineBusyMs(), own: ownCpuMs(), server: await target.server.stats() };
  failures.push(...failuresOf(result, 'run'));
  const serverCpuMs = after.server.cpuMs - before.server.cpuMs;
  // The idle other server adds next to nothing; what is left is the rest of the machine.
  const otherCpuMs = after.machine - before.machine - (after.own - before.own) - serverCpuMs;
  return {
    target,
    // Completed responses over the run's exact length (the per-second histogram rounds).
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    bodyBytes,
    rssAfter: after.server.rss,
    serverCpuPercent: (100 * serverCpuMs) / wallMs,
    loadCpuPercent: (100 * (after.own - before.own)) / wallMs,
    otherCpuPercent: Math.max(0, (100 * otherCpuMs) / (wallMs * os.cpus().length)),
    failures,
    allRounds: [result.requests.total / result.duration],
  };
}

function expectStatus(response: Response, contentType: string): void {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith(contentType)) {
    throw new Error(`${response.url}: content-type ${type}, expected ${contentType}`);
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => value.toFixed(2);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

function report(measurements: Measurement[], servers: ServerProcess[]): void {
  const baseline = measurements[0]!.requestsPerSecond;
  const header = [
    'target',
    'req/s',
    'p50 ms',
    'p99 ms',
    'body bytes',
    'server RSS after',
    'server CPU',
    'autocannon CPU',
    'others CPU',
    'vs baseline',
  ];
  const rows = measurements.map((m) => [
    `${m.target.name} (${m.target.description})`,
    m.requestsPerSecond.toFixed(0),
    ms(m.p50),
    ms(m.p99),
    String(m.bodyBytes),
    mb(m.rssAfter),
    `${m.serverCpuPercent.toFixed(0)}%`,
    `${m.loadCpuPercent.toFixed(0)}%`,
    `${m.otherCpuPercent.toFixed(0)}%`,
    `${(m.requestsPerSecond / baseline).toFixed(2)}×`,
  ]);
  const noisy = measurements.filter((m) => m.otherCpuPercent > 5);
  const cpus = os.cpus();
  process.stdout.write(
    [
      '',
      `${new Date().toISOString()} · Node ${process.version} · ${os.platform()} ${os.release()} · ` +
        `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
      `autocannon: ${connections} connections, ${warmupSeconds} s warm-up + ${seconds} s per target` +
        (rounds > 1 ? `, ${rounds} interleaved rounds, each target's median round shown` : '') +
        ', load generator and each server in separate processes',
      '',
      table([header, ...rows]),
      '',
      ...measurements
        .slice(1)
        .map(
          (m) =>
            `${m.target.name}: ${(m.requestsPerSecond / baseline).toFixed(2)}× baseline (requests/s)`,
        ),
      ...(rounds > 1
        ? measurements.map(
            (m) =>
              `${m.target.name} req/s by round: ${m.allRounds.map((r) => r.toFixed(0)).join(', ')}`,
          )
        : []),
      '',
      ...servers.map(
        (s) => `${s.kind} server: started in ${s.startupMs} ms, RSS ${mb(s.idleRss)} when idle`,
      ),
      'server CPU, autocannon CPU: of one core, during the measured run; ' +
        'others CPU: every other process on the machine, as a share of all cores',
      ...(noisy.length > 0
        ? [
            `WARNING: other processes were busy during ${noisy.map((m) => m.target.name).join(', ')}; ` +
              'the numbers are not comparable, run again on a quiet machine',
          ]
        : []),
      '',
    ].join('\n'),
  );
}

async function main(): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-bench-'));
  const servers: ServerProcess[] = [];
  try {
    process.stdout.write('Starting the servers (Sunshine: migrate + demo seed on fresh PGlite)…\n');
    const started = await Promise.allSettled([
      ServerProcess.start('baseline'),
      ServerProcess.start('sunshine', [dataDir]),
    ]);
    for (const outcome of started) if (outcome.status === 'fulfilled') servers.push(outcome.value);
    const [baseline, sunshine] = started.map((outcome) => {
      if (outcome.status === 'rejected') throw outcome.reason;
      return outcome.value;
    }) as [ServerProcess, ServerProcess];

    const targets: Target[] = [
      {
        name: 'baseline',
        description: 'node:http hello world',
        server: baseline,
        pathname: '/',
        expect: (response, body) => {
          expectStatus(response, 'text/plain');
          if (body !== 'ok') throw new Error(`baseline answered ${JSON.stringify(body)}`);
        },
      },
      {
        name: 'healthz',
        description: 'Sunshine /healthz, JSON',
        server: sunshine,
        pathname: '/healthz',
        expect: (response, body) => {
          expectStatus(response, 'application/json');
          if (JSON.parse(body).status !== 'ok') throw new Error(`/healthz answered ${body}`);
        },
      },
      {
        name: 'home',
        description: 'Sunshine /, zh-CN page',
        server: sunshine,
        pathname: '/',
        expect: (response, body) => {
          expectStatus(response, 'text/html');
          if (!body.includes(demoCountyName)) {
            throw new Error(`the home page does not show the demo county (${demoCountyName})`);
          }
        },
      },
    ];

    const runs = targets.map((): Measurement[] => []);
    for (let round = 1; round <= rounds; round++) {
      for (const [i, target] of targets.entries()) runs[i]!.push(await measure(target, round));
    }
    const measurements = runs.map(medianRound);
    report(measurements, servers);

    const failures = measurements.flatMap((m) => m.failures.map((f) => `${m.target.name} ${f}`));
    for (const failure of failures) process.stderr.write(`FAILED ${failure}\n`);
    return failures.length > 0 ? 1 : 0;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    process.exitCode = 1;
  },
);
