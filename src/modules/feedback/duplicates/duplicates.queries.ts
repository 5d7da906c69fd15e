/**
 * Duplicate appeals (issue 9 §6): an open appeal that looks like another open one — the same
 * submitter (the same contact key: a phone or e-mail hash), or near-identical text (pg_trgm
 * similarity of subject || content ≥ 0.6) about the same place (two empty places count as the
 * same only for appeals of the same kind).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Actor } from '../../../platform/http/index.ts';
import { readablePaths } from '../feedback.policy.ts';

/** The similarity from which two texts count as near-identical. */
export const similarityThreshold = 0.6;
/** The staff page lists at most this many pairs. */
export const maxPairs = 200;

const openStates = sql`('dispatch', 'assigned', 'in_progress', 'replied')`;

export type DuplicateReason = 'contact' | 'text';

export interface DuplicateCandidate {
  id: number;
  trackingNumber: string;
  subject: string;
  receivedOn: string;
  state: string;
  reason: DuplicateReason;
  similarity: number;
}

const textOf = (alias: string) => sql.raw(`(${alias}.subject || ${alias}.content)`);

/** The condition under which appeal `b` duplicates appeal `a` (both aliases of feedback_appeals). */
function duplicateOf(a: string, b: string): RawBuilder<boolean> {
  const sameContact = sql.raw(`(${a}.contact_key <> '' and ${b}.contact_key = ${a}.contact_key)`);
  const samePlace = sql.raw(
    `(btrim(${a}.place) = btrim(${b}.place) and (btrim(${a}.place) <> '' or ${a}.kind = ${b}.kind))`,
  );
  // `%` (similarity above pg_trgm's 0.3 limit) lets the trigram index narrow the search first.
  return sql<boolean>`(${sameContact} or (${textOf(b)} % ${textOf(a)}
    and similarity(${textOf(b)}, ${textOf(a)}) >= ${similarityThreshold} and ${samePlace}))`;
}

function reasonOf(a: string, b: string) {
  return sql.raw(
    `case when ${a}.contact_key <> '' and ${b}.contact_key = ${a}.contact_key then 'contact' else 'text' end`,
  );
}

interface RawCandidate extends Omit<DuplicateCandidate, 'id' | 'similarity'> {
  id: number | string;
  similarity: number | string;
}

const candidateOf = (raw: RawCandidate): DuplicateCandidate => ({
  ...raw,
  id: Number(raw.id),
  similarity: Math.round(Number(raw.similarity) * 100) / 100,
});

/** The open appeals, other than `appealId`, that look like it, the most similar first. */
export async function findDuplicateCandidates(
  db: Kysely<unknown>,
  appealId: number,
): Promise<DuplicateCandidate[]> {
  const { rows } = await sql<RawCandidate>`
    select b.id, b.tracking_number, b.subject, b.received_on::text as received_on, b.state,
      ${reasonOf('a', 'b')} as reason,
      similarity(${textOf('b')}, ${textOf('a')}) as similarity
    from feedback_appeals a
    join feedback_appeals b on b.id <> a.id and b.state in ${openStates}
    where a.id = ${appealId} and ${duplicateOf('a', 'b')}
    order by similarity desc, b.received_at, b.id
    limit ${maxPairs}`.execute(db);
  return rows.map(candidateOf);
}

export interface DuplicateSide {
  trackingNumber: string;
  subject: string;
  receivedOn: string;
  state: string;
  place: string;
}

export interface DuplicatePair {
  first: DuplicateSide;
  second: DuplicateSide;
  reason: DuplicateReason;
  similarity: number;
}

type RawPair = Record<string, string | number>;

function sideOf(raw: RawPair, prefix: 'a' | 'b'): DuplicateSide {
  return {
    trackingNumber: String(raw[`${prefix}Number`]),
    subject: String(raw[`${prefix}Subject`]),
    receivedOn: String(raw[`${prefix}ReceivedOn`]),
    state: String(raw[`${prefix}State`]),
    place: String(raw[`${prefix}Place`]),
  };
}

/**
 * Pairs of open appeals that look alike, among those the actor may read (the earlier first), the
 * newest pairs first; an admin or a county-level reader sees them all.
 */
export async function listDuplicatePairs(
  db: Kysely<unknown>,
  actor: Actor,
): Promise<DuplicatePair[]> {
  const paths = readablePaths(actor);
  if (paths.length === 0) return [];
  const within = (alias: string) =>
    sql`exists (select 1 from accounts_orgs o
      where o.id = coalesce(${sql.raw(alias)}.org_id, ${sql.raw(alias)}.dispatch_org_id)
      and (${sql.join(
        paths.map((p) => sql`o.path like ${`${p}%`}`),
        sql` or `,
      )}))`;
  const { rows } = await sql<RawPair>`
    select a.tracking_number as a_number, a.subject as a_subject,
      a.received_on::text as a_received_on, a.state as a_state, a.place as a_place,
      b.tracking_number as b_number, b.subject as b_subject,
      b.received_on::text as b_received_on, b.state as b_state, b.place as b_place,
      ${reasonOf('a', 'b')} as reason,
      similarity(${textOf('b')}, ${textOf('a')}) as similarity
    from feedback_appeals a
    join feedback_appeals b
      on (b.received_at, b.id) > (a.received_at, a.id) and b.state in ${openStates}
    where a.state in ${openStates} and ${duplicateOf('a', 'b')}
      and (${within('a')} or ${within('b')})
    order by b.received_at desc, b.id desc, a.received_at desc
    limit ${maxPairs}`.execute(db);
  return rows.map((raw) => ({
    first: sideOf(raw, 'a'),
    second: sideOf(raw, 'b'),
    reason: raw.reason as DuplicateReason,
    similarity: Math.round(Number(raw.similarity) * 100) / 100,
  }));
}
