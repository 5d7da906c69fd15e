import { allSeeders } from '../../app.ts';
import { systemClock } from '../../platform/clock/index.ts';
import { migrateToLatest } from '../../platform/db/index.ts';
import { createLogger } from '../../platform/logger/index.ts';
import { runSeeders } from '../../platform/seed/index.ts';
import type { Command } from '../command.ts';
import { configFromEnv, openDatabase } from '../environment.ts';

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  usage: `
用法 Usage: sunshine seed-demo

Runs every module's demo seeders in dependency order. Safe to run again: seeders are idempotent and
every record they write is marked as demo. Migrates first.`,
  options: {},
  async run() {
    const config = configFromEnv();
    const handle = await openDatabase(config, 'sunshine seed-demo');
    try {
      await migrateToLatest(handle.db);
      const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
      const notes = await runSeeders(allSeeders(), { db: handle.db, clock: systemClock, logger });
      process.stdout.write('演示数据已载入 / demo county loaded\n');
      for (const note of notes) process.stdout.write(`${note}\n`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};
