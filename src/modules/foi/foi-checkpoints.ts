/**
 * An information request's checkpoints (ARCHITECTURE.md §2.3, RULES.md §4.3), written in the
 * transaction of the change they report, so supervision measures FOI requests as it measures cases:
 * matterType 'foi', matterId the tracking number, org the handling org's code, no item code.
 *
 * Steps and checkpoints (the reply clock's events decide, so no step can forget one):
 * - receipt → `accepted`, 20 working days promised and statutory (条例第33条);
 * - pause (补正 条例第30条, 征求意见 条例第32条/第34条、第33条第2款, 缴费 国办函〔2020〕109号) →
 *   `paused` with its reason and legal basis;
 * - resume after a consultation or a payment → `resumed`; the corrected request received →
 *   `resumed` too (the count restarts from that day, 条例第30条; the reply clock says so);
 * - extension → `extended` with its days (条例第33条); the fee paid → `fee_charged` (109号);
 * - the reply (条例第36条) → `completed` whatever its outcome — 不予公开, 无法提供 and 不予处理 are
 *   replies too, and an FOI request is never refused acceptance (条例第29–31条: every request is
 *   received and answered) — except the two outcomes in which the applicant is deemed to have
 *   given up the request: no correction in time (视为放弃申请, 条例第30条) and no payment in time
 *   (视为放弃申请, 国办函〔2020〕109号) → `withdrawn`.
 * Assignment to another org, delivery and archiving are not checkpoints (the clock does not move).
 */
import { sql, type Kysely } from 'kysely';
import { emitCheckpoints, type CheckpointInput } from '../../platform/checkpoints/index.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import type { ClockEvent } from '../deadlines/index.ts';
import { correctionLapsedOutcome, feeLapsedOutcome } from './foi.model.ts';

/** A checkpoint of a request: matter, org and time are filled in. */
export type FoiCheckpoint = Omit<
  CheckpointInput,
  'matterType' | 'matterId' | 'org' | 'itemCode' | 'at'
>;

/** 条例第33条: 20 working days from the day of receipt. */
export const foiAccepted: FoiCheckpoint = {
  kind: 'accepted',
  promisedDays: 20,
  statutoryDays: 20,
  limitUnit: 'working',
};

const pauseReasons: Record<string, string> = {
  awaiting_correction: '等待申请人补正',
  third_party_consultation: '征求第三方意见',
  other_agency_consultation: '征求其他机关意见',
  fee_payment: '等待申请人缴纳费用',
};

/** The outcomes in which the request is deemed given up (视为放弃申请), with their basis. */
const givenUp: Record<string, { reason: string; legalBasis: string }> = {
  [correctionLapsedOutcome]: { reason: '申请人逾期不补正，视为放弃申请', legalBasis: '条例第30条' },
  [feeLapsedOutcome]: {
    reason: '申请人逾期未缴纳费用，视为放弃申请',
    legalBasis: '国办函〔2020〕109号',
  },
};

/** The checkpoint a reply-clock event stands for (none for `start`: receipt emits `accepted`). */
export function checkpointOfClockEvent(
  event: ClockEvent,
  replyLegalBasis = '',
): FoiCheckpoint | undefined {
  switch (event.kind) {
    case 'pause':
      return {
        kind: 'paused',
        reason: pauseReasons[event.reasonCode] ?? event.reasonCode,
        legalBasis: event.legalBasis,
      };
    case 'resume':
      return { kind: 'resumed' };
    case 'restart':
      return { kind: 'resumed', reason: event.reason };
    case 'extend':
      return { kind: 'extended', days: event.days, reason: event.reason };
    case 'stop': {
      const lapsed = givenUp[event.outcome];
      if (lapsed) return { kind: 'withdrawn', ...lapsed };
      const basis = replyLegalBasis.trim();
      return { kind: 'completed', reason: event.outcome, ...(basis ? { legalBasis: basis } : {}) };
    }
    default:
      return undefined;
  }
}

/**
 * The instant of a step dated `on`: now when `on` is today, else noon of that day (a step entered
 * afterwards, or a request received by post on an earlier day), so the checkpoint's date is the
 * step's.
 */
export function instantOf(on: string, now: Date): Date {
  return localDateOf(now) === on ? now : new Date(`${on}T12:00:00+08:00`);
}

/** Writes the request's checkpoints in the caller's transaction. */
export async function emitFoiCheckpoints(
  trx: Kysely<unknown>,
  request: { trackingNumber: string; orgId: number },
  at: Date,
  checkpoints: readonly FoiCheckpoint[],
): Promise<void> {
  if (checkpoints.length === 0) return;
  const { rows } = await sql<{ code: string }>`select code from accounts_orgs
    where id = ${request.orgId}`.execute(trx);
  const org = rows[0]!.code;
  await emitCheckpoints(
    trx,
    checkpoints.map((checkpoint) => ({
      ...checkpoint,
      matterType: 'foi' as const,
      matterId: request.trackingNumber,
      org,
      at,
    })),
  );
}
