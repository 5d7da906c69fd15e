/**
 * The fast path of clock-drive.ts: matters whose acceptance arrives in the batch start their
 * clocks together, with the rest of their events in the batch, through deadlines' importClocks
 * (a few statements and one audit record instead of a dozen round trips per event). A matter
 * that already has a clock, has an event dated after today, or whose events may not follow one
 * another is left to the one-event-at-a-time path, which takes what its clock can.
 */
import { sql, type Kysely } from 'kysely';
import type { LocalDate } from '../../platform/calendar/index.ts';
import type { CheckpointEvent } from '../../platform/checkpoints/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { importClocks, type ClockEvent, type ImportedClock } from '../deadlines/index.ts';

export interface DrivenEvent {
  event: CheckpointEvent;
  orgId: number;
}

export interface BulkHelpers {
  clockMatterOf(event: CheckpointEvent): { matterType: string; matterId: string; purpose: string };
  ruleOf(event: CheckpointEvent): ImportedClock['rule'];
  clockEventOf(event: CheckpointEvent): ClockEvent | undefined;
}

const keyOf = (m: { matterType: string; matterId: string; purpose: string }) =>
  `${m.matterType}\u001f${m.matterId}\u001f${m.purpose}`;

/** The keys among `keys` that already have a clock (one query). */
async function existingClocks(trx: Kysely<unknown>, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const parts = keys.map((k) => k.split('\u001f'));
  const { rows } = await sql<{ key: string }>`select matter_type || chr(31) || matter_id
      || chr(31) || purpose as key
    from deadlines_clocks where (matter_type, matter_id, purpose) in (
      select * from unnest(${parts.map((p) => p[0])}::text[], ${parts.map((p) => p[1])}::text[],
        ${parts.map((p) => p[2])}::text[]))`.execute(trx);
  return new Set(rows.map((r) => r.key));
}

/** Each matter's events in order, when its first one in the batch is its acceptance. */
function newMatters(ordered: readonly DrivenEvent[], helpers: BulkHelpers, today: LocalDate) {
  const groups = new Map<string, DrivenEvent[]>();
  for (const driven of ordered) {
    const key = keyOf(helpers.clockMatterOf(driven.event));
    groups.set(key, [...(groups.get(key) ?? []), driven]);
  }
  return [...groups].filter(
    ([, events]) =>
      events[0]!.event.kind === 'accepted' &&
      events.every((e) => localDateOf(new Date(e.event.at)) <= today),
  );
}

/**
 * Starts the clocks of the batch's new matters in bulk; returns the events it did not take
 * (everything of the other matters), oldest first, for the one-at-a-time path.
 */
export async function importNewMatters(
  trx: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  ordered: readonly DrivenEvent[],
  helpers: BulkHelpers,
): Promise<DrivenEvent[]> {
  const today = localDateOf(clock.now());
  const candidates = newMatters(ordered, helpers, today);
  const existing = await existingClocks(
    trx,
    candidates.map(([key]) => key),
  );
  const chosen = candidates.filter(([key]) => !existing.has(key));
  const eventsOf = new Map(chosen);
  const left = new Set<string>();
  const clocks: ImportedClock[] = chosen.map(([, events]) => {
    const accepted = events[0]!.event;
    const rest = events.slice(1).flatMap((e) => helpers.clockEventOf(e.event) ?? []);
    return {
      ...helpers.clockMatterOf(accepted),
      title: accepted.itemCode ?? '',
      orgId: events[0]!.orgId,
      rule: helpers.ruleOf(accepted),
      events: [{ kind: 'start', on: localDateOf(new Date(accepted.at)) }, ...rest],
    };
  });
  const at = clock.now();
  await importClocks(trx, ctx, clocks, {
    today,
    recordedAt: () => at,
    onInvalid: (c) => left.add(keyOf(c)),
  });
  const taken = new Set([...eventsOf.keys()].filter((key) => !left.has(key)));
  return ordered.filter((e) => !taken.has(keyOf(helpers.clockMatterOf(e.event))));
}
