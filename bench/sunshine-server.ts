/**
 * Sunshine as `sunshine serve --demo` starts it (src/server.ts startServer, minus the banner and
 * the signal handling), on a throwaway embedded database: NODE_ENV=production, a fresh PGlite in
 * the DATA_DIR given as the first argument (else a new temporary directory, removed on stop),
 * migrations, the demo seeders, buildApp, listening on a free 127.0.0.1 port, logging off.
 * Forked by bench/http.bench.ts; run alone it prints `{"type":"ready","port":…}`, for profiling.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { allSeeders, buildApp } from '../src/app.ts';
import { systemClock } from '../src/platform/clock/index.ts';
import { loadConfig, resolveSessionSecret } from '../src/platform/config/index.ts';
import { connectDatabase, migrateToLatest } from '../src/platform/db/index.ts';
import { createLogger } from '../src/platform/logger/index.ts';
import { runSeeders } from '../src/platform/seed/index.ts';
import { runServerProcess } from './server-process.ts';

runServerProcess(async () => {
  const givenDir = process.argv[2];
  const dataDir = givenDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-bench-'));
  const removeOwnDir = () => {
    if (!givenDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: crypto.randomBytes(32).toString('base64url'),
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
  });
  const log = createLogger(config.logLevel);
  const handle = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command: 'sunshine bench',
  });
  try {
    await migrateToLatest(handle.db);
    await runSeeders(allSeeders(), { db: handle.db, clock: systemClock, logger: log });
    const app = await buildApp(config, {
      db: handle.db,
      databaseKind: handle.kind,
      clock: systemClock,
      cookieSecret: resolveSessionSecret(config),
    });
    app.addHook('onClose', async () => handle.close());
    await app.listen({ port: config.port, host: config.host });
    return {
      port: (app.server.address() as AddressInfo).port,
      stop: async () => {
        await app.close();
        removeOwnDir();
      },
    };
  } catch (error) {
    await handle.close();
    removeOwnDir();
    throw error;
  }
});
