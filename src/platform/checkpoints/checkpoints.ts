import { randomUUID } from 'node:crypto';
import type { ColumnType, Generated, Kysely } from 'kysely';
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
 * schema: that is a programming error in the emitting module, not user input.
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
  const writer = db as unknown as Kysely<CheckpointTables>;
  await writer.insertInto('checkpoints').values(rows).execute();
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
