/**
 * The tamper-evident audit log: every state change is appended, in the transaction that makes
 * it, as a hash-chained record (ARCHITECTURE.md §2.3). The log is append-only: the application
 * never updates or deletes a record, and the database refuses it (migration 0002's triggers).
 */
export type {
  AuditActor,
  AuditActorType,
  AuditEntry,
  AuditRecord,
  AuditTables,
} from './audit.tables.ts';
export type { AuditChainReport } from './audit.chain.ts';
export type { AuditFilter } from './audit.queries.ts';

/**
 * Appends one record inside the caller's transaction — call it last, just before commit, since it
 * holds the append lock until then — or in a transaction of its own if given a plain handle.
 * Example: `await appendAudit(trx, { at: clock.now(), ...actor, action: 'accounts.user.create',
 * targetType: 'user', targetId: String(user.id), summary: { login: user.login } })`.
 */
export { appendAudit } from './audit.chain.ts';
/** Re-walks the whole chain and names the first record that was altered or follows a deletion. */
export { verifyAuditChain } from './audit.chain.ts';
/** The newest record's id, time and hash, to publish so that a truncated log can be detected. */
export { latestAuditAnchor } from './audit.chain.ts';
/** Reads the log newest first, filtered by actor, org, action, target and Asia/Shanghai dates; throws `validation` / `audit_bad_date`. */
export { listAudit } from './audit.queries.ts';
/** The canonical form and hash of a record, for anyone re-verifying an exported log. */
export { canonicalRecord, hashRecord, genesisHash } from './audit.hash.ts';
/** appendAudit with the actor, request id and address taken from an ActionContext. */
export { recordChange } from './audit.change.ts';
export type { AuditChange } from './audit.change.ts';
