/**
 * Appending to and verifying the hash chain. Each record's `prev_hash` is the hash of the record
 * before it (by id), so altering a record breaks its own hash and deleting one breaks the next
 * record's link. Appends are serialised by a transaction-scoped advisory lock, so the chain does
 * not fork even with several app processes on one PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';
import { cleanSummary, canonicalJson, genesisHash, hashRecord, isoOf } from './audit.hash.ts';
import { recordColumns, type AuditEntry, type AuditTables } from './audit.tables.ts';

/**
 * The advisory lock key that serialises appends: "SUNAUDIT" in ASCII. Advisory locks are per
 * database; any other user of `pg_advisory_*` in Sunshine must pick a different key.
 */
export const auditLockKey = 0x53554e4155444954n;

const defaultPageSize = 1000;

/** Appends one record in `db`'s transaction (or a transaction of its own if given a plain handle). */
export async function appendAudit<DB>(
  db: Kysely<DB>,
  entry: AuditEntry,
): Promise<{ id: number; hash: string }> {
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAudit(trx, entry));
  // Any module's handle or transaction: the log is a table of the same database.
  const trx = db as unknown as Kysely<AuditTables>;

  const { rows } = await sql<{ isolation: string }>`
    select current_setting('transaction_isolation') as isolation,
           pg_advisory_xact_lock(${sql.raw(auditLockKey.toString())}) as locked`.execute(trx);
  // The last hash must be read by a statement that starts after the lock is held, which only
  // READ COMMITTED gives: a REPEATABLE READ snapshot may predate the last append and fork the chain.
  if (rows[0]?.isolation !== 'read committed') {
    throw new Error(
      `appendAudit needs a READ COMMITTED transaction (this one is ${rows[0]?.isolation})`,
    );
  }
  const last = await trx
    .selectFrom('auditLog')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

  const content = {
    at: isoOf(entry.at),
    actorType: entry.actorType,
    actorId: entry.actorId ?? null,
    actorName: entry.actorName,
    orgCode: entry.orgCode ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    summary: cleanSummary(entry.summary),
    requestId: entry.requestId ?? null,
    clientAddress: entry.clientAddress ?? null,
    prevHash: last?.hash ?? genesisHash,
  };
  const hash = hashRecord(content);
  const inserted = await trx
    .insertInto('auditLog')
    .values({
      ...content,
      summary: sql<string>`cast(${canonicalJson(content.summary)} as jsonb)`,
      hash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: inserted.id, hash };
}

export type AuditChainReport =
  | { ok: true; count: number; lastHash: string }
  | { ok: false; brokenId: number; reason: string; count: number };

/**
 * Walks the whole log in id order, a page at a time, recomputing every hash and checking every
 * link. On a break, names the first record that does not verify; `count` is how many verified
 * before it. Deleting the newest records is only detectable against a published anchor.
 */
export async function verifyAuditChain<DB>(
  db: Kysely<DB>,
  options: { pageSize?: number } = {},
): Promise<AuditChainReport> {
  const pageSize = options.pageSize ?? defaultPageSize;
  const reader = db as unknown as Kysely<AuditTables>;
  let expectedPrev = genesisHash;
  let afterId = 0;
  let count = 0;
  for (;;) {
    const page = await reader
      .selectFrom('auditLog')
      .select([
        'id',
        // Microseconds too: a time altered below the millisecond must not hash as the original.
        sql<string>`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`.as('atText'),
        ...recordColumns,
      ])
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const { id, atText, hash, ...row } of page) {
      if (row.prevHash !== expectedPrev) {
        return {
          ok: false,
          brokenId: id,
          reason:
            count === 0
              ? 'prev_hash 不是链首 / the first record does not start the chain (earlier records deleted?)'
              : 'prev_hash 与上一条记录的哈希不符 / prev_hash does not match the previous record ' +
                '(a record before it was deleted or rewritten)',
          count,
        };
      }
      const at = atText.endsWith('000') ? `${atText.slice(0, -3)}Z` : `${atText}Z`;
      if (hashRecord({ ...row, at }) !== hash) {
        return {
          ok: false,
          brokenId: id,
          reason: '内容与哈希不符 / content does not match its hash (the record was altered)',
          count,
        };
      }
      expectedPrev = hash;
      afterId = id;
      count++;
    }
    if (page.length < pageSize) return { ok: true, count, lastHash: expectedPrev };
  }
}

/** The newest record's id, time and hash: publish it, and a later truncation of the log shows. */
export async function latestAuditAnchor<DB>(
  db: Kysely<DB>,
): Promise<{ id: number; hash: string; at: string } | undefined> {
  const last = await (db as unknown as Kysely<AuditTables>)
    .selectFrom('auditLog')
    .select(['id', 'at', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last && { id: last.id, hash: last.hash, at: last.at.toISOString() };
}
