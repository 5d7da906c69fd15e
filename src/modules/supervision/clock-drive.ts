/**
 * Outside systems' checkpoints drive clocks of modules/deadlines, so supervision measures their
 * matters as it measures Sunshine's own: `accepted` starts the matter's clock with the promised
 * limit (RULES.md §4.2: supervision measures against the 承诺时限), `paused`/`resumed`/`extended`
 * move it, and `completed`, `refused`, `returned` or `withdrawn` stop it.
 */
import type { Kysely } from 'kysely';
import type { CheckpointEvent } from '../../platform/checkpoints/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import {
  findClockIdOfMatter,
  recordClockEvent,
  startClock,
  workingDaysRule,
  type ClockEvent,
  type ClockRule,
} from '../deadlines/index.ts';
import { importNewMatters, type DrivenEvent } from './clock-bulk.ts';
import { readSettings } from './settings.service.ts';

const stopKinds = new Set(['completed', 'refused', 'returned', 'withdrawn']);

/** An outside matter's clock is keyed by its source, so two systems' ids never meet. */
export function clockMatterOf(event: CheckpointEvent) {
  return {
    matterType: event.matterType,
    matterId: `${event.source}:${event.matterId}`,
    purpose: 'case',
  };
}

/** 即办件 (promised 0) is due on its acceptance day; calendar-day limits roll past holidays. */
export function ruleOfAccepted(event: CheckpointEvent, yellowDays: number): ClockRule {
  const days = event.promisedDays ?? 0;
  // The outside system grants extensions under its own law; supervision records them as facts.
  const extensions = { extensionCapDays: 1000, maxExtensions: 10, yellowDays };
  // 民法典第203条: a period ending on a holiday ends on the next working day.
  return event.limitUnit === 'calendar'
    ? workingDaysRule(days, { unit: 'calendar', rollForward: true, ...extensions })
    : workingDaysRule(days, extensions);
}

function clockEventOf(event: CheckpointEvent): ClockEvent | undefined {
  const on = localDateOf(new Date(event.at));
  if (event.kind === 'paused') {
    return { kind: 'pause', on, reasonCode: 'external', legalBasis: event.legalBasis ?? '' };
  }
  if (event.kind === 'resumed') return { kind: 'resume', on };
  if (event.kind === 'extended') {
    return {
      kind: 'extend',
      on,
      days: event.days ?? 0,
      approver: event.source,
      reason: event.reason ?? '',
    };
  }
  if (stopKinds.has(event.kind)) return { kind: 'stop', on, outcome: event.kind };
  return undefined;
}

/**
 * Applies the events, oldest first, to their matters' clocks in the caller's transaction: new
 * matters in bulk (clock-bulk.ts), the others one event at a time. An event its clock cannot take
 * (a stop before any acceptance, a second acceptance) is kept as a checkpoint and changes no
 * clock; the count of those is returned. Events that do not concern a clock (notices, steps,
 * decisions, fees) are not counted.
 */
export async function driveClocks(
  trx: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  events: readonly DrivenEvent[],
): Promise<number> {
  let untaken = 0;
  const { yellowDays } = await readSettings(trx);
  const ordered = [...events].sort((a, b) => Date.parse(a.event.at) - Date.parse(b.event.at));
  const rest = await importNewMatters(trx, clock, ctx, ordered, {
    clockMatterOf,
    ruleOf: (event) => ruleOfAccepted(event, yellowDays),
    clockEventOf,
  });
  for (const { event, orgId } of rest) {
    try {
      if (!(await applyEvent(trx, clock, ctx, event, orgId, yellowDays))) untaken++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      untaken++;
    }
  }
  return untaken;
}

async function applyEvent(
  trx: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  event: CheckpointEvent,
  orgId: number,
  yellowDays: number,
): Promise<boolean> {
  const matter = clockMatterOf(event);
  if (event.kind === 'accepted') {
    await startClock(trx, clock, ctx, {
      ...matter,
      title: event.itemCode ?? '',
      orgId,
      rule: ruleOfAccepted(event, yellowDays),
      startOn: localDateOf(new Date(event.at)),
    });
    return true;
  }
  const clockEvent = clockEventOf(event);
  if (!clockEvent) return true;
  const clockId = await findClockIdOfMatter(trx, matter);
  if (clockId === undefined) return false;
  await recordClockEvent(trx, clock, ctx, clockId, clockEvent);
  return true;
}
