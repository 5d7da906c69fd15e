/**
 * `npm run bench:pages`: requests per second of the portal's home page and a publication's detail
 * page (the 五证合一 policy of the demo) against a bare node:http server sending the very same
 * bytes (the page as Sunshine rendered it, read once), measured in the same run, so the ratio says
 * how much of what the machine can serve a page of that size Sunshine keeps (bench/README.md).
 *
 * Like `npm run bench`, this process only generates load (autocannon); Sunshine runs as
 * bench/sunshine-server.ts does (`serve --demo` on a fresh PGlite) and the static server is this
 * file forked with `--static <dir>`, each in its own process.
 *
 * Environment: BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (10).
 * Exits 1 if any request errors, times out or is not 2xx, or a page is not what it should be.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runServerProcess, type FromServer } from './server-process.ts';

const seconds = Number(process.env.BENCH_SECONDS || 10);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);
const reform = '五证合一、一照一码';

/** The forked static server: GET /<name> answers the bytes of <dir>/<name>.html. */
function serveStatic(dir: string): void {
  runServerProcess(async () => {
    const pages = new Map<string, Buffer>();
    for (const file of fs.readdirSync(dir))
      pages.set(`/${path.basename(file, '.html')}`, fs.readFileSync(path.join(dir, file)));
    const server = http.createServer((request, response) => {
      const body = pages.get(request.url ?? '');
      if (!body) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': body.length,
      });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      port: (server.address() as AddressInfo).port,
      stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  });
}

interface Child {
  child: ChildProcess;
  port: number;
}

function start(file: string, args: string[]): Promise<Child> {
  const child = fork(file, args, {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${file} exited (${code}) before it was ready`)));
    child.on('message', (message: FromServer) => {
      if (message.type === 'ready') resolve({ child, port: message.port });
      if (message.type === 'failed') reject(new Error(message.message));
    });
  });
}

function stop({ child }: Child): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.send({ type: 'stop' });
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

async function run(url: string, duration: number) {
  const result = await autocannon({ url, connections, duration, pipelining: 1, timeout: 10 });
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures > 0) throw new Error(`${url}: ${failures} failed requests`);
  return result;
}

async function measure(name: string, url: string) {
  if (warmupSeconds > 0) await run(url, warmupSeconds);
  process.stdout.write(`  ${name}: measuring ${seconds} s…\n`);
  const result = await run(url, seconds);
  return {
    name,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-bench-pages-'));
  const pagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-bench-static-'));
  const children: Child[] = [];
  try {
    process.stdout.write('Starting Sunshine (migrate + demo seed on fresh PGlite)…\n');
    const sunshine = await start(path.join(import.meta.dirname, 'sunshine-server.ts'), [dataDir]);
    children.push(sunshine);
    const origin = `http://127.0.0.1:${sunshine.port}`;
    const list = await (await fetch(`${origin}/openness/policies`)).text();
    const id = new RegExp(`href="/openness/items/(\\d+)">[^<]*${reform}`).exec(list)?.[1];
    if (!id) throw new Error('the demo 五证合一 policy is not on /openness/policies');
    // 政务服务 (/services): a page of the same stack without publication queries, for reference.
    const paths = { home: '/', detail: `/openness/items/${id}`, services: '/services' };
    const expected: Record<string, string> = {
      home: '清原满族自治县',
      detail: reform,
      services: '办事指南',
    };
    const sizes: Record<string, number> = {};
    for (const [name, pathname] of Object.entries(paths)) {
      const response = await fetch(origin + pathname);
      const body = await response.text();
      if (!response.ok || !body.includes(expected[name]!))
        throw new Error(`${pathname}: not the expected page (HTTP ${response.status})`);
      fs.writeFileSync(path.join(pagesDir, `${name}.html`), body);
      sizes[name] = Buffer.byteLength(body);
    }
    const bare = await start(import.meta.filename, ['--static', pagesDir]);
    children.push(bare);
    const rows = [];
    for (const [name, pathname] of Object.entries(paths)) {
      const baseline = await measure(`bare ${name}`, `http://127.0.0.1:${bare.port}/${name}`);
      const page = await measure(`sunshine ${name}`, origin + pathname);
      rows.push({ name, pathname, bytes: sizes[name]!, baseline, page });
    }
    const cpus = os.cpus();
    const lines = [
      '',
      `${new Date().toISOString()} · Node ${process.version} · ${cpus.length} × ${cpus[0]?.model.trim()}`,
      `autocannon: ${connections} connections, ${warmupSeconds} s warm-up + ${seconds} s per target`,
      '',
      '| page | bytes | bare node:http req/s | Sunshine req/s | Sunshine p50 / p99 ms | ratio |',
      '|---|--:|--:|--:|--:|--:|',
      ...rows.map(
        (r) =>
          `| ${r.name} \`${r.pathname}\` | ${r.bytes} | ${r.baseline.rps.toFixed(0)} | ` +
          `${r.page.rps.toFixed(0)} | ${r.page.p50} / ${r.page.p99} | ` +
          `${(r.page.rps / r.baseline.rps).toFixed(3)}× |`,
      ),
      '',
      `load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    for (const child of children.reverse()) await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(pagesDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--static') serveStatic(process.argv[3]!);
else
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
