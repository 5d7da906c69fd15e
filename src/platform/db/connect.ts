import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';

// int8 and numeric come back as strings from node-postgres; counts are small enough for numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// A `date` column is a local calendar date (YYYY-MM-DD), never an instant (ARCHITECTURE.md §2).
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/**
 * The extensions every PGlite is opened with (issue 8 search: pg_trgm for title substrings). A
 * data directory with pg_trgm installed fails on any query touching it when opened without them,
 * so every `PGlite.create` passes this.
 */
export const pgliteExtensions = { pg_trgm };

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** Where the data lives, for messages: the data directory or the server's host/database. */
  location: string;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (the test template). */
  dump?: () => Promise<Blob>;
}

export interface ConnectOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** Names the process in the lock file, e.g. "sunshine serve". */
  command?: string;
  /** An in-memory PGlite (tests), empty or started from a dumped data directory. */
  memory?: boolean | { loadDataDir: Blob };
  poolSize?: number;
}

function kyselyOver<DB>(pool: pg.Pool): Kysely<DB> {
  return new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
}

/** PostgreSQL when `databaseUrl` is set; otherwise PGlite in `dataDir/db`, locked to this process. */
export async function connectDatabase<DB>(options: ConnectOptions): Promise<DatabaseHandle<DB>> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
    });
    const db = kyselyOver<DB>(pool);
    const url = new URL(options.databaseUrl);
    return {
      db,
      kind: 'postgres',
      location: `${url.host}${url.pathname}`,
      close: () => db.destroy(),
    };
  }
  if (options.memory) {
    const lite = await PGlite.create({
      ...(options.memory === true ? {} : options.memory),
      extensions: pgliteExtensions,
    });
    return pgliteHandle<DB>(lite, 'memory', async () => undefined);
  }
  const dataDir = options.dataDir ?? './data';
  const lock = acquireDataDirLock(dataDir, options.command ?? 'sunshine');
  try {
    const lite = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
    return pgliteHandle<DB>(lite, dataDir, async () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

function pgliteHandle<DB>(
  lite: PGlite,
  location: string,
  after: () => Promise<void>,
): DatabaseHandle<DB> {
  // PGlite is one connection; the pool of one serialises queries and transactions.
  const pool = new pg.Pool({ ...createPgConfig(lite), max: 1 });
  const db = kyselyOver<DB>(pool);
  return {
    db,
    kind: 'pglite',
    location,
    async close() {
      await db.destroy();
      await lite.close();
      await after();
    },
    dump: () => lite.dumpDataDir('none'),
  };
}
