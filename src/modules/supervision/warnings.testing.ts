/** Rows the warnings' tests need: supervised matters, their checkpoints as the consumer hands them. */
import { sql, type Kysely } from 'kysely';
import {
  emitCheckpoints,
  listCheckpoints,
  type CheckpointInput,
} from '../../platform/checkpoints/index.ts';
import type { ProcessedCheckpoint } from './supervision.model.ts';

/** A supervised matter row, as the projection would hold it; returns its id. */
export async function insertMatter(
  db: Kysely<unknown>,
  matter: {
    matterId: string;
    orgId: number;
    itemCode?: string | null;
    receivedOn: string;
    clockId?: number | null;
    outcome?: string | null;
  },
): Promise<number> {
  const { rows } = await sql<{ id: string }>`
    insert into supervision_matters (source, matter_type, matter_id, org_id, item_code,
      received_on, accepted_on, clock_id, outcome, last_event_at)
    values ('sunshine', 'approval', ${matter.matterId}, ${matter.orgId}, ${matter.itemCode ?? null},
      ${matter.receivedOn}, ${matter.receivedOn}, ${matter.clockId ?? null},
      ${matter.outcome ?? null}, now())
    returning id`.execute(db);
  return Number(rows[0]!.id);
}

/** Writes a matter's checkpoints and returns all of them as the outbox consumer hands them over. */
export async function emitAndProcess(
  db: Kysely<unknown>,
  matter: { supervisedId: number; orgId: number; matterId: string },
  inputs: readonly Omit<CheckpointInput, 'matterType' | 'matterId'>[],
): Promise<ProcessedCheckpoint[]> {
  await emitCheckpoints(
    db,
    inputs.map((i) => ({ ...i, matterType: 'approval' as const, matterId: matter.matterId })),
  );
  const rows = await listCheckpoints(db, 'approval', matter.matterId);
  return rows.map((checkpoint) => ({
    checkpoint,
    supervisedId: matter.supervisedId,
    orgId: matter.orgId,
  }));
}

/** An item of the guides with this fee (0 = free). */
export async function insertItem(
  db: Kysely<unknown>,
  code: string,
  orgId: number,
  feeFen: number,
): Promise<void> {
  await sql`insert into approvals_items (code, name, org_id, fee_fen, statutory_days, promised_days,
      created_at, updated_at)
    values (${code}, ${`事项 ${code}`}, ${orgId}, ${feeFen}, 20, 5, now(), now())`.execute(db);
}

export async function countRows(db: Kysely<unknown>, table: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(
    db,
  );
  return Number(rows[0]!.n);
}
