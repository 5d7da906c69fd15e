/**
 * The demo county, seeded once per `npm test` run into a template database that every
 * `createTestApp({ demo: true })` copies (ADR 0003): seeding it per test file took seconds each.
 * Run by scripts/run-tests.ts in a child process with the tests' own TZ, so seeding is tested in
 * both time zones too: `node --import tsx test/demo-template.ts <pglite-template.tar> <out.tar>`
 * or `… test/demo-template.ts --postgres <database url>`.
 */
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import { allSeeders } from '../src/app.ts';
import { fixedClock } from '../src/platform/clock/index.ts';
import { connectDatabase } from '../src/platform/db/index.ts';
import { runSeeders } from '../src/platform/seed/index.ts';

/** The instant every test app starts at: the day before the National Day holiday. */
export const testInstant = '2026-09-30T09:30:00+08:00';

const silentLogger = { info: () => undefined, warn: () => undefined };

export async function seedDemo(db: Kysely<unknown>): Promise<void> {
  await runSeeders(allSeeders(), { db, clock: fixedClock(testInstant), logger: silentLogger });
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--postgres') {
    const handle = await connectDatabase<unknown>({ databaseUrl: args[1]!, poolSize: 1 });
    await seedDemo(handle.db);
    await handle.close();
    return;
  }
  const [templateFile, outFile] = args;
  const handle = await connectDatabase<unknown>({
    memory: { loadDataDir: new Blob([fs.readFileSync(templateFile!)]) },
  });
  await seedDemo(handle.db);
  const dump = await handle.dump!();
  await handle.close();
  fs.writeFileSync(outFile!, Buffer.from(await dump.arrayBuffer()));
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
