/**
 * The benchmark's server processes (bench/baseline-server.ts, bench/sunshine-server.ts) and the
 * parent that forks them (bench/http.bench.ts) talk over IPC with these messages.
 */

export type ServerKind = 'baseline' | 'sunshine';

export interface ProcessStats {
  rss: number;
  /** User + system CPU time of the whole process so far, in milliseconds. */
  cpuMs: number;
}

export type ToServer = { type: 'stats' } | { type: 'stop' };

export type FromServer =
  | ({ type: 'ready'; port: number; startupMs: number } & ProcessStats)
  | ({ type: 'stats' } & ProcessStats)
  | { type: 'failed'; message: string };

export interface StartedServer {
  port: number;
  stop(): Promise<void>;
}

function statsNow(): ProcessStats {
  const cpu = process.cpuUsage();
  return { rss: process.memoryUsage().rss, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Over IPC when forked; the `ready` message as a JSON line on stdout when run alone. */
function send(message: FromServer): Promise<void> {
  if (message.type === 'failed') process.stderr.write(`${message.message}\n`);
  if (process.send && process.connected) {
    return new Promise((resolve) => process.send?.(message, undefined, {}, () => resolve()));
  }
  if (message.type === 'ready') process.stdout.write(`${JSON.stringify(message)}\n`);
  return Promise.resolve();
}

/**
 * The server process's side: starts the server, reports ready, answers `stats`, closes on `stop`,
 * on SIGINT/SIGTERM, or when the parent goes away (even killed: the IPC channel closes).
 */
export function runServerProcess(start: () => Promise<StartedServer>): void {
  const began = performance.now();
  start()
    .then(async (server) => {
      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        await server.stop();
        process.exit(0);
      };
      process.on('message', (message: ToServer) => {
        if (message.type === 'stats') void send({ type: 'stats', ...statsNow() });
        else if (message.type === 'stop') void stop();
      });
      process.on('disconnect', () => void stop());
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      const startupMs = Math.round(performance.now() - began);
      await send({ type: 'ready', port: server.port, startupMs, ...statsNow() });
    })
    .catch(async (error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      await send({ type: 'failed', message });
      process.exit(1);
    });
}
