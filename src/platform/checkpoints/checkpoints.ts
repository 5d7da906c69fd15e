import { randomUUID } from 'node:crypto';
import { sql, type ColumnType, type Generated, type Kysely } from 'kysely';
import { localDateOf } from '../clock/index.ts';
import {
  checkpointDataKeys,
  checkpointEventSchema,
  type CheckpointEvent,
} from './checkpoint.schema.ts';

type Timestamp = ColumnType<Date, Date, Date>;

/** `checkpoints`: one row per checkpoint event, ours (source `sunshine`) or an outside system's. */
export interface CheckpointsTable {
  id: Generated<number>;
  source: string;
  eventId: string;
  matterType: CheckpointEvent['matterType'];
  matterId: string;
  orgCode: string;
  itemCode: string | null;
  kind: CheckpointEvent['kind'];
  at: Timestamp;
  onDate: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  receivedAt: Timestamp;
  processedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface CheckpointTables {
  checkpoints: CheckpointsTable;
}

/** The source name of the checkpoints Sunshine's own modules write. */
export const ownSource = 'sunshine';

/** What a module says happened; the source, event id and row time are added here. */
export type CheckpointInput = Omit<CheckpointEvent, 'source' | 'eventId' | 'at'> & {
  at: Date;
  eventId?: string;
};

/**
 * Writes checkpoint events in the caller's transaction (the outbox of ARCHITECTURE.md §3), so a
 * checkpoint exists exactly when the change it reports does. Throws if an event breaks the
 * schema: that is a programming error in the emitting module, not user input. One statement
 * whatever the count (columns as unnested arrays: a bulk import of 13,000 events stays fast and
 * under the protocol's parameter limit).
 */
export async function emitCheckpoints<DB>(
  db: Kysely<DB>,
  inputs: readonly CheckpointInput[],
): Promise<void> {
  if (inputs.length === 0) return;
  const rows = inputs.map((input) => {
    const event = checkpointEventSchema.parse({
      ...input,
      source: ownSource,
      eventId: input.eventId ?? randomUUID(),
      at: input.at.toISOString(),
    });
    return toRow(event, input.at);
  });
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
  await sql`insert into checkpoints (source, event_id, matter_type, matter_id, org_code, item_code,
      kind, at, on_date, data, received_at)
    select * from unnest(${col((r) => r.source)}::text[], ${col((r) => r.eventId)}::text[],
      ${col((r) => r.matterType)}::text[], ${col((r) => r.matterId)}::text[],
      ${col((r) => r.orgCode)}::text[], ${col((r) => r.itemCode)}::text[],
      ${col((r) => r.kind)}::text[], ${col((r) => r.at.toISOString())}::timestamptz[],
      ${col((r) => r.onDate)}::date[], ${col((r) => r.data)}::jsonb[],
      ${col((r) => r.receivedAt.toISOString())}::timestamptz[])`.execute(db);
}

/** One event as a row: the Asia/Shanghai date of `at` is the checkpoint's date. */
export function toRow(event: CheckpointEvent, receivedAt: Date) {
  const at = new Date(event.at);
  const data: Record<string, unknown> = {};
  for (const key of checkpointDataKeys) {
    if (event[key] !== undefined) data[key] = event[key];
  }
  return {
    source: event.source,
    eventId: event.eventId,
    matterType: event.matterType,
    matterId: event.matterId,
    orgCode: event.org,
    itemCode: event.itemCode ?? null,
    kind: event.kind,
    at,
    onDate: localDateOf(at),
    data: JSON.stringify(data),
    receivedAt,
  };
}

export interface CheckpointRecord {
  id: number;
  source: string;
  eventId: string;
  matterType: string;
  matterId: string;
  orgCode: string;
  itemCode: string | null;
  kind: string;
  at: Date;
  onDate: string;
  data: Record<string, unknown>;
}

/** A matter's checkpoints, oldest first (a matter's timeline in supervision). */
export async function listCheckpoints<DB>(
  db: Kysely<DB>,
  matterType: string,
  matterId: string,
): Promise<CheckpointRecord[]> {
  const reader = db as unknown as Kysely<CheckpointTables>;
  return reader
    .selectFrom('checkpoints')
    .select([
      'id',
      'source',
      'eventId',
      'matterType',
      'matterId',
      'orgCode',
      'itemCode',
      'kind',
      'at',
      'onDate',
      'data',
    ])
    .where('matterType', '=', matterType as CheckpointEvent['matterType'])
    .where('matterId', '=', matterId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}
