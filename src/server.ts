import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { allSeeders, buildApp } from './app.ts';
import { appModules } from './modules.ts';
import { startJobs } from './platform/jobs/index.ts';
import { systemClock } from './platform/clock/index.ts';
import { resolveSessionSecret, type Config } from './platform/config/index.ts';
import { connectDatabase, migrateToLatest, type DatabaseHandle } from './platform/db/index.ts';
import { createLogger } from './platform/logger/index.ts';
import { runSeeders } from './platform/seed/index.ts';
import { findSettings, type SettingsTables } from './platform/settings/index.ts';

export interface ServeOptions {
  /** Load the demo county when the database has no county yet. */
  demo: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  address: string;
  stop(): Promise<void>;
}

async function seedDemoIfEmpty(
  handle: DatabaseHandle<unknown>,
  log: ReturnType<typeof createLogger>,
) {
  const existing = await findSettings(handle.db as Kysely<SettingsTables>);
  if (existing) return [];
  log.info('empty database: loading the demo county');
  return runSeeders(allSeeders(), { db: handle.db, clock: systemClock, logger: log });
}

/** Connects, migrates, seeds the demo if asked and empty, listens, and stops cleanly on SIGTERM. */
export async function startServer(config: Config, options: ServeOptions): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  const handle = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command: 'sunshine serve',
  });
  let app: FastifyInstance | undefined;
  try {
    const { applied } = await migrateToLatest(handle.db);
    if (applied.length > 0) log.info({ applied }, 'migrations applied');
    const notes = options.demo ? await seedDemoIfEmpty(handle, log) : [];
    app = await buildApp(config, {
      db: handle.db,
      databaseKind: handle.kind,
      clock: systemClock,
      cookieSecret: resolveSessionSecret(config),
    });
    const jobs = startJobs(
      handle.db,
      systemClock,
      appModules.flatMap((m) => m.jobs ?? []),
      log,
    );
    app.addHook('onClose', async () => {
      await jobs.stop();
      await handle.close();
    });
    await app.listen({ port: config.port, host: config.host });
    const address = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${config.port}`;
    printBanner(address, handle, notes);
    const running = app;
    return { app: running, address, stop: () => running.close() };
  } catch (error) {
    if (app) await app.close();
    else await handle.close();
    throw error;
  }
}

function printBanner(address: string, handle: DatabaseHandle<unknown>, notes: string[]) {
  const storage =
    handle.kind === 'pglite'
      ? `嵌入式数据库 embedded PGlite: ${handle.location}`
      : `PostgreSQL: ${handle.location}`;
  const lines = [
    '',
    `阳光政务 Sunshine 已启动 / is running`,
    `  门户 Portal:        ${address}/`,
    `  管理后台 Console:   ${address}/staff`,
    `  数据 Storage:       ${storage}`,
    ...notes.map((note) => `  ${note}`),
    '  按 Ctrl+C 停止 / Ctrl+C to stop',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/** SIGTERM/SIGINT: stop accepting, finish in-flight requests, close the database, exit. */
export function stopOnSignals(server: RunningServer): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    server
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
