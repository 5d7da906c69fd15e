/**
 * `npm run test:e2e`: the browser journeys in e2e/*.e2e.ts against a real server.
 *
 * Starts `sunshine serve --demo` on a free port with a fresh temporary PGlite data directory, waits
 * for /readyz, runs node:test over the explicit file list with BASE_URL set, then stops the server
 * (SIGTERM), removes the directory and exits with the tests' code. Needs the system Chromium at
 * /usr/bin/chromium. Arguments filter the files by name: `npm run test:e2e -- mobile`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const chromiumPath = '/usr/bin/chromium';
/** How long the server may take to migrate, seed and listen (E2E_READY_TIMEOUT_MS overrides). */
const readyTimeoutMs = Number(process.env.E2E_READY_TIMEOUT_MS) || 180_000;
const stopTimeoutMs = 10_000;
/** The server's output is kept (last part only) to show when something goes wrong. */
const maxLogChars = 64 * 1024;

function findE2eFiles(filter: string[]): string[] {
  const dir = path.join(root, 'e2e');
  if (!fs.existsSync(dir)) return [];
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.e2e.ts') || f.endsWith('.e2e.tsx'))
    .map((f) => path.join('e2e', f))
    .sort();
  return filter.length === 0 ? files : files.filter((f) => filter.some((part) => f.includes(part)));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

class ServerLog {
  private text = '';
  append(chunk: Buffer): void {
    this.text += chunk.toString('utf8');
    if (this.text.length > maxLogChars) this.text = this.text.slice(-maxLogChars);
  }
  print(heading: string): void {
    const body = this.text.trim() || '(no output)';
    process.stderr.write(`\n----- ${heading} -----\n${body}\n----- end of server output -----\n`);
  }
}

async function waitUntilReady(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (exited(server)) {
      throw new Error(
        `the server exited before it was ready (code ${server.exitCode}, signal ${server.signalCode})`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      lastProblem = `GET /readyz answered ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(
    `the server was not ready within ${readyTimeoutMs / 1000} s (last: ${lastProblem})`,
  );
}

/** The node:test run, so that an interruption can stop it too. */
let testRun: ChildProcess | undefined;

function runTests(files: string[], baseUrl: string): Promise<number> {
  return new Promise((resolve) => {
    const child = (testRun = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=spec', ...files],
      { cwd: root, stdio: 'inherit', env: { ...process.env, BASE_URL: baseUrl, TZ: 'UTC' } },
    ));
    child.on('error', (error) => {
      process.stderr.write(`could not start the test runner: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (exited(server)) return;
  server.kill('SIGTERM');
  if (await waitForExit(server, stopTimeoutMs)) return;
  process.stderr.write(`the server did not stop within ${stopTimeoutMs / 1000} s: killing it\n`);
  server.kill('SIGKILL');
  await waitForExit(server, stopTimeoutMs);
}

async function main(): Promise<number> {
  if (!fs.existsSync(chromiumPath)) {
    process.stderr.write(
      `The browser journeys need Chromium at ${chromiumPath}, which is missing.\n` +
        'On Debian or Ubuntu, install it with the Chinese fonts (as root):\n\n' +
        '  apt-get update && apt-get install -y chromium fonts-noto-cjk\n\n',
    );
    return 1;
  }
  const files = findE2eFiles(process.argv.slice(2));
  if (files.length === 0) {
    process.stderr.write('No browser journeys found (e2e/**/*.e2e.ts): failing.\n');
    return 1;
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    TZ: 'UTC',
  };
  // Always the embedded database in the fresh directory, in development mode (plain-HTTP cookies).
  delete env.DATABASE_URL;
  delete env.NODE_ENV;

  const log = new ServerLog();
  const started = Date.now();
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--demo'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout?.on('data', (chunk: Buffer) => log.append(chunk));
  server.stderr?.on('data', (chunk: Buffer) => log.append(chunk));
  server.on('error', (error) => log.append(Buffer.from(`spawn failed: ${error.message}\n`)));

  let interrupting = false;
  const interrupted = (signal: NodeJS.Signals) => {
    interrupting = true;
    process.stderr.write(`\n${signal}: stopping the journeys and the server\n`);
    if (testRun && !exited(testRun)) testRun.kill(signal);
    void stopServer(server).finally(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      process.exit(130);
    });
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    try {
      await waitUntilReady(baseUrl, server);
    } catch (error) {
      process.stderr.write(`\nE2E: ${error instanceof Error ? error.message : String(error)}\n`);
      log.print('server output');
      return 1;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `E2E: server ready at ${baseUrl} in ${seconds} s (data: ${dataDir}); ${files.length} files\n`,
    );
    const code = await runTests(files, baseUrl);
    if (code !== 0 && !interrupting)
      log.print('server output (warnings and errors) during the failed run');
    if (exited(server)) {
      process.stderr.write('E2E: the server died during the run\n');
      if (code === 0) log.print('server output');
      return code === 0 ? 1 : code;
    }
    return code;
  } finally {
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
