import type { Kysely } from 'kysely';
import { AppError } from '../../platform/errors/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import {
  checkpointEventSchema,
  ownSource,
  toRow,
  type CheckpointEvent,
  type CheckpointTables,
} from '../../platform/checkpoints/index.ts';
import { getOrgByCode, type AccountsTables } from '../accounts/index.ts';
import { driveClocks } from './clock-drive.ts';

/** The most events one request may carry (issue 7's contract). */
export const maxBatch = 1000;

export interface IngestReport {
  accepted: number;
  duplicates: number;
  /** Accepted events whose clock could not take them (e.g. a stop before any acceptance). */
  clockUntaken?: number;
  rejected: { index: number; reason: string }[];
}

/** The first problem of an event that breaks the schema, as `field: message`. */
function reasonOf(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0]!;
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

/** The ids of the orgs among `codes` that Sunshine knows (an unknown org is rejected, never invented). */
async function knownOrgs(
  db: Kysely<unknown>,
  codes: Iterable<string>,
): Promise<Map<string, number>> {
  const known = new Map<string, number>();
  for (const code of codes) {
    try {
      const org = await getOrgByCode(db as Kysely<AccountsTables>, code);
      known.set(code, Number(org.id));
    } catch (error) {
      if (!(error instanceof AppError && error.kind === 'not_found')) throw error;
    }
  }
  return known;
}

/**
 * Takes a batch of checkpoint events from an outside system: each valid one is stored once —
 * idempotent by (source, eventId), so re-sending a batch changes nothing — and each bad one is
 * reported with its index and reason while the valid ones are kept.
 */
export async function ingestCheckpoints(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  batch: unknown,
): Promise<IngestReport> {
  if (!Array.isArray(batch)) {
    throw new AppError(
      'validation',
      'checkpoints_not_array',
      '请求体须为事件数组 / the body must be a JSON array of events',
    );
  }
  if (batch.length > maxBatch) {
    throw new AppError(
      'validation',
      'checkpoints_too_many',
      `一次最多 ${maxBatch} 个事件 / at most ${maxBatch} events per request`,
    );
  }
  const rejected: IngestReport['rejected'] = [];
  const parsed: { index: number; event: CheckpointEvent }[] = [];
  batch.forEach((raw, index) => {
    const result = checkpointEventSchema.safeParse(raw);
    if (!result.success) rejected.push({ index, reason: reasonOf(result.error) });
    else if (result.data.source === ownSource) {
      rejected.push({ index, reason: `source: "${ownSource}" is Sunshine's own` });
    } else parsed.push({ index, event: result.data });
  });
  const known = await knownOrgs(db, new Set(parsed.map((p) => p.event.org)));
  const valid = parsed.filter(({ index, event }) => {
    if (known.has(event.org)) return true;
    rejected.push({ index, reason: `org: unknown org code ${event.org}` });
    return false;
  });
  rejected.sort((a, b) => a.index - b.index);
  if (valid.length === 0) return { accepted: 0, duplicates: 0, rejected };
  const receivedAt = clock.now();
  return db.transaction().execute(async (trx) => {
    const inserted = await (trx as unknown as Kysely<CheckpointTables>)
      .insertInto('checkpoints')
      .values(valid.map(({ event }) => toRow(event, receivedAt)))
      .onConflict((oc) => oc.columns(['source', 'eventId']).doNothing())
      .returning(['source', 'eventId'])
      .execute();
    const fresh = new Set(inserted.map((r) => `${r.source}\u0000${r.eventId}`));
    const drive = valid
      .filter(({ event }) => fresh.delete(`${event.source}\u0000${event.eventId}`))
      .map(({ event }) => ({ event, orgId: known.get(event.org)! }));
    const clockUntaken = await driveClocks(trx, clock, ctx, drive);
    return {
      accepted: inserted.length,
      duplicates: valid.length - inserted.length,
      rejected,
      ...(clockUntaken > 0 ? { clockUntaken } : {}),
    };
  });
}
