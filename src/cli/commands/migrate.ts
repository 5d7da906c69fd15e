import { migrateToLatest } from '../../platform/db/index.ts';
import type { Command } from '../command.ts';
import { configFromEnv, openDatabase } from '../environment.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: `
用法 Usage: sunshine migrate

Applies the files in migrations/ that have not run yet, in order, and lists them.
On the embedded database, stop the server first (exit code 2 while it holds the data directory).`,
  options: {},
  async run() {
    const handle = await openDatabase(configFromEnv(), 'sunshine migrate');
    try {
      const { applied } = await migrateToLatest(handle.db);
      if (applied.length === 0) process.stdout.write('数据库已是最新 / already up to date\n');
      for (const name of applied) process.stdout.write(`已执行 applied: ${name}\n`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};
