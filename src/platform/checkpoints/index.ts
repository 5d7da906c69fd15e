/**
 * Checkpoint events (ARCHITECTURE.md §2.3, RULES.md §4.3): every state change of a matter —
 * acceptance, refusal, notice, step start and finish, decision, completion, return, withdrawal,
 * fee — in a vendor-neutral shape that supervision consumes and outside systems may post too.
 *
 * Example: `await emitCheckpoints(trx, [{ matterType: 'approval', matterId: 'SP2026000123',
 * org: 'zwfw', itemCode: 'XK-001', kind: 'accepted', at: clock.now(), promisedDays: 5,
 * statutoryDays: 20, limitUnit: 'working' }])`.
 */
export {
  checkpointEventSchema,
  checkpointKinds,
  matterTypes,
  checkpointDataKeys,
} from './checkpoint.schema.ts';
export type { CheckpointEvent, CheckpointKind, MatterType } from './checkpoint.schema.ts';
export { emitCheckpoints, listCheckpoints, toRow, ownSource } from './checkpoints.ts';
export type {
  CheckpointInput,
  CheckpointRecord,
  CheckpointTables,
  CheckpointsTable,
} from './checkpoints.ts';
