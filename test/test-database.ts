import fs from 'node:fs';
import { sql } from 'kysely';
import { connectDatabase, migrateToLatest, type DatabaseHandle } from '../src/platform/db/index.ts';

let counter = 0;

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * A migrated database of this test file's own: a copy of the run's template (PGlite in memory,
 * or a PostgreSQL database created from the template database), dropped by `close()`.
 */
export type TestDatabase = DatabaseHandle<unknown> & {
  /** PostgreSQL only: the connection string of this file's own database, for child processes. */
  url?: string;
  /** The demo county is already in it (copied from the run's demo template). */
  demoSeeded?: boolean;
};

export async function createTestDatabase(options: { demo?: boolean } = {}): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  const demoTemplate = options.demo ? process.env.SUNSHINE_TEST_PG_DEMO_TEMPLATE : undefined;
  const template = demoTemplate ?? process.env.SUNSHINE_TEST_PG_TEMPLATE;
  if (url && template) {
    const name = `${process.env.SUNSHINE_TEST_PG_PREFIX}_${process.pid}_${counter++}`;
    const admin = await connectDatabase({ databaseUrl: url, poolSize: 1 });
    await createFromTemplate(admin, name, template);
    const ownUrl = withDatabaseName(url, name);
    const handle = await connectDatabase<unknown>({ databaseUrl: ownUrl, poolSize: 4 });
    return {
      ...handle,
      url: ownUrl,
      demoSeeded: demoTemplate !== undefined,
      async close() {
        await handle.close();
        // A plain DROP waits for the pool's connections to finish closing; FORCE only as a fallback.
        try {
          await sql`drop database if exists ${sql.id(name)}`.execute(admin.db);
        } catch {
          await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
        }
        await admin.close();
      },
    };
  }
  const demoFile = options.demo ? process.env.SUNSHINE_TEST_PGLITE_DEMO_TEMPLATE : undefined;
  const file = demoFile ?? process.env.SUNSHINE_TEST_PGLITE_TEMPLATE;
  if (file) {
    const handle = await connectDatabase<unknown>({
      memory: { loadDataDir: new Blob([fs.readFileSync(file)]) },
    });
    return { ...handle, demoSeeded: demoFile !== undefined };
  }
  // A test file run on its own, outside `npm test`: migrate from scratch.
  const handle = await connectDatabase<unknown>({ memory: true });
  await migrateToLatest(handle.db);
  return handle;
}

async function createFromTemplate(admin: DatabaseHandle<unknown>, name: string, template: string) {
  // Two files copying the template at the same instant can collide; try again briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(admin.db);
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}
