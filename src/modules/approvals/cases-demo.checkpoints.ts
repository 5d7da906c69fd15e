/**
 * The demo history's checkpoint events (RULES.md §4.3) into the platform's outbox in one
 * statement: each event checked against the platform's schema and shaped by its `toRow`, as
 * emitCheckpoints does, but inserted from unnested arrays (emitCheckpoints' multi-row VALUES
 * would take ten times as long for the demo's 13,000 events).
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import {
  checkpointEventSchema,
  ownSource,
  toRow,
  type CheckpointInput,
} from '../../platform/checkpoints/index.ts';

export async function writeCheckpoints(
  db: Kysely<unknown>,
  inputs: readonly CheckpointInput[],
): Promise<void> {
  if (inputs.length === 0) return;
  const rows = inputs.map((input) =>
    toRow(
      checkpointEventSchema.parse({
        ...input,
        source: ownSource,
        eventId: randomUUID(),
        at: input.at.toISOString(),
      }),
      input.at,
    ),
  );
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
