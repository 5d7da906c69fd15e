/** Violation rules (RULES.md §4.3): placeholder until the ladder lands (issue 7, in progress). */
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import type { ProcessedCheckpoint } from './supervision.model.ts';

/** Raises the warnings the processed checkpoints call for, in the consumer's transaction. */
export async function raiseViolations(
  _trx: Kysely<unknown>,
  _clock: Clock,
  _events: readonly ProcessedCheckpoint[],
): Promise<void> {}
