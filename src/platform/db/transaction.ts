import type { Kysely } from 'kysely';

/** Runs `work` inside the caller's transaction if `db` is one, else in a new transaction. */
export function inTransaction<DB, T>(
  db: Kysely<DB>,
  work: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
