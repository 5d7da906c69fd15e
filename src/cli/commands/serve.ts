import { startServer, stopOnSignals } from '../../server.ts';
import type { Command } from '../command.ts';
import { configFromEnv } from '../environment.ts';

export const serveCommand: Command = {
  name: 'serve',
  usage: `
用法 Usage: sunshine serve [--demo]

  --demo   数据库为空时载入演示县（清原满族自治县）/ load the demo county into an empty database

Environment: PORT (3000), HOST (localhost), DATABASE_URL (absent: embedded PGlite in DATA_DIR),
DATA_DIR (./data), SESSION_SECRET (required in production), PUBLIC_URL, LOG_LEVEL (info).
Migrations run before the server listens. SIGTERM stops it cleanly.`,
  options: { demo: { type: 'boolean' } },
  async run(values) {
    const server = await startServer(configFromEnv(), { demo: values.demo === true });
    stopOnSignals(server);
    return new Promise<number>(() => undefined);
  },
};
