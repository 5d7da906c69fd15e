/** What supervision's parts hand each other. */
import type { CheckpointRecord } from '../../platform/checkpoints/index.ts';

/** A checkpoint as the outbox consumer has projected it onto its supervised matter. */
export interface ProcessedCheckpoint {
  checkpoint: CheckpointRecord;
  /** `supervision_matters.id` of the checkpoint's matter. */
  supervisedId: number;
  /** The matter's responsible org (after this checkpoint). */
  orgId: number;
}

/** The ways a matter ends (the checkpoint kinds that stop its clock). */
export const outcomeKinds = ['completed', 'refused', 'returned', 'withdrawn'] as const;
export type Outcome = (typeof outcomeKinds)[number];
