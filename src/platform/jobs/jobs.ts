/**
 * Background work on the database (ARCHITECTURE.md §3): each job runs every `everyMs` inside a
 * transaction that first takes a transaction-scoped advisory lock named after the job, so with
 * several app processes one runs it at a time and the others skip that round; a job that claims
 * rows does so with `FOR UPDATE SKIP LOCKED` on top. The same loop runs inside the single
 * embedded process. A job returns how much it did; a full batch runs again at once.
 */
import { sql, type Kysely } from 'kysely';
import type { Clock } from '../clock/index.ts';

export interface JobContext {
  /** The job's transaction: its work commits or rolls back with the lock. */
  trx: Kysely<unknown>;
  clock: Clock;
}

export interface Job {
  /** Unique across the app; names the advisory lock. */
  name: string;
  everyMs: number;
  /** Does one round of work; returns the count of items handled (`batch` means "there may be more"). */
  run(context: JobContext): Promise<number>;
  /** When `run` returns this many, the next round starts at once. */
  batch?: number;
}

export interface JobLogger {
  error(details: object, message: string): void;
}

/**
 * One round of a job under its lock; returns the count handled, or null when another process
 * holds the lock.
 */
export async function runJobOnce(
  db: Kysely<unknown>,
  clock: Clock,
  job: Job,
): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_xact_lock(hashtext(${`job:${job.name}`})) as locked`.execute(trx);
    if (!rows[0]?.locked) return null;
    return job.run({ trx, clock });
  });
}

/** Starts every job's loop; `stop()` waits for running rounds to finish. */
export function startJobs(
  db: Kysely<unknown>,
  clock: Clock,
  jobs: readonly Job[],
  log: JobLogger,
): { stop(): Promise<void> } {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const schedule = (job: Job, delay: number) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const round = runJobOnce(db, clock, job)
        .then((done) => schedule(job, job.batch && done === job.batch ? 0 : job.everyMs))
        .catch((error: unknown) => {
          log.error({ job: job.name, err: error }, 'job failed');
          schedule(job, job.everyMs);
        })
        .finally(() => running.delete(round));
      running.add(round);
    }, delay);
    timer.unref();
    timers.add(timer);
  };
  for (const job of jobs) schedule(job, 0);
  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(running);
    },
  };
}
