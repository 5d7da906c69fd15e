/**
 * What an applicant sees with a tracking number and its access code: the state, the dates, the
 * outcome once replied, and the public steps. A wrong number and a wrong code look the same.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import { accessCodeMatches } from '../../platform/identifiers/index.ts';
import { readClock } from '../deadlines/index.ts';
import type { RequestState } from './foi.model.ts';
import type { FoiTables } from './foi.tables.ts';

export interface PublicStatus {
  trackingNumber: string;
  state: RequestState;
  receivedOn: string;
  /** null while the clock is paused (the date moves until it resumes). */
  dueOn: string | null;
  /** `provisional` when the due date rests on a year whose holidays are not published. */
  dueBasis: 'official' | 'provisional';
  outcome: string | null;
  repliedOn: string | null;
  replyText: string | null;
  timeline: { on: string; kind: string; note: string }[];
}

function notFound(): never {
  throw new AppError(
    'not_found',
    'foi_not_found',
    '受理编号或查询码不正确 / no request with this tracking number and access code',
  );
}

export async function readPublicStatus<DB>(
  db: Kysely<DB>,
  clock: Clock,
  trackingNumber: string,
  accessCode: string,
): Promise<PublicStatus> {
  const reader = db as unknown as Kysely<FoiTables>;
  const row = await reader
    .selectFrom('foiRequests')
    .selectAll()
    .where('trackingNumber', '=', trackingNumber.trim())
    .executeTakeFirst();
  if (!row || !accessCodeMatches(trackingNumber, accessCode, row.accessCodeHash)) notFound();
  const { view } = await readClock(db, clock, row.clockId);
  const events = await reader
    .selectFrom('foiRequestEvents')
    .select(['onDate', 'kind', 'note'])
    .where('requestId', '=', row.id)
    .where('isPublic', '=', true)
    .orderBy('id')
    .execute();
  const replied = row.repliedOn !== null;
  return {
    trackingNumber: row.trackingNumber,
    state: row.state,
    receivedOn: row.receivedOn,
    dueOn: view.dueOn,
    dueBasis: view.basis,
    outcome: row.outcome,
    repliedOn: row.repliedOn,
    replyText: replied ? row.replyText : null,
    timeline: events.map((e) => ({ on: e.onDate, kind: e.kind, note: e.note })),
  };
}
