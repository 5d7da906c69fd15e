import type { ColumnType, GeneratedAlways } from 'kysely';

/** Who made a change: a signed-in user, an API token, a member of the public, or the system. */
export type AuditActorType = 'user' | 'token' | 'public' | 'system';

/** A column written once on insert and never updated (the log is append-only). */
type AppendOnly<Select, Insert = Select> = ColumnType<Select, Insert, never>;

export interface AuditLogTable {
  id: GeneratedAlways<number>;
  /** Inserted as an ISO string truncated to milliseconds: what is stored equals what was hashed. */
  at: AppendOnly<Date, string>;
  actorType: AppendOnly<AuditActorType>;
  actorId: AppendOnly<string | null>;
  actorName: AppendOnly<string>;
  orgCode: AppendOnly<string | null>;
  action: AppendOnly<string>;
  targetType: AppendOnly<string>;
  targetId: AppendOnly<string>;
  /** jsonb; inserted as its canonical JSON text. */
  summary: AppendOnly<Record<string, unknown>, string>;
  requestId: AppendOnly<string | null>;
  clientAddress: AppendOnly<string | null>;
  prevHash: AppendOnly<string>;
  hash: AppendOnly<string>;
}

export interface AuditTables {
  auditLog: AuditLogTable;
}

/** The actor part of an entry, as a service receives it from the request (or the system). */
export interface AuditActor {
  actorType: AuditActorType;
  /** The user's or token's id; null for the public and the system. */
  actorId?: string | null;
  /** Display name at the time of the change (names change; the log keeps what was true then). */
  actorName: string;
}

/** One state change, as a service reports it to `appendAudit`. */
export interface AuditEntry extends AuditActor {
  /** When the change happened, from the service's injected clock. */
  at: Date;
  /** The org the change belongs to (for org-scoped reading of the log); null for county-wide. */
  orgCode?: string | null;
  /** `<module>.<thing>.<verb>`, e.g. `accounts.user.create`. */
  action: string;
  targetType: string;
  targetId: string;
  /** What changed, small: secrets are dropped and personal data masked before it is stored. */
  summary: Record<string, unknown>;
  requestId?: string | null;
  clientAddress?: string | null;
}

/** One stored record of the log, as read back. */
export interface AuditRecord {
  id: number;
  /** ISO 8601 in UTC with milliseconds, exactly as hashed. */
  at: string;
  actorType: AuditActorType;
  actorId: string | null;
  actorName: string;
  orgCode: string | null;
  action: string;
  targetType: string;
  targetId: string;
  summary: Record<string, unknown>;
  requestId: string | null;
  clientAddress: string | null;
  prevHash: string;
  hash: string;
}

/** The stored columns every reader selects, besides `id` and `at` (whose form each reader chooses). */
export const recordColumns = [
  'actorType',
  'actorId',
  'actorName',
  'orgCode',
  'action',
  'targetType',
  'targetId',
  'summary',
  'requestId',
  'clientAddress',
  'prevHash',
  'hash',
] as const;
