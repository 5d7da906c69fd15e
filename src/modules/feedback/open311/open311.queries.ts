/** The appeals Open311 lists: every one that is not merged or invalid, newest first. */
import { sql, type Kysely } from 'kysely';
import type { Open311Row } from './open311.format.ts';
import { maxRequests, type RequestFilter } from './open311.schemas.ts';

interface RawRow extends Omit<Open311Row, 'receivedAt' | 'updatedAt' | 'latitude' | 'longitude'> {
  receivedAt: Date | string;
  updatedAt: Date | string;
  latitude: number | string | null;
  longitude: number | string | null;
}

const num = (v: number | string | null) => (v === null ? null : Number(v));
const instant = (v: Date | string) => (v instanceof Date ? v : new Date(v));

function rowOf(raw: RawRow): Open311Row {
  return {
    ...raw,
    latitude: num(raw.latitude),
    longitude: num(raw.longitude),
    receivedAt: instant(raw.receivedAt),
    updatedAt: instant(raw.updatedAt),
  };
}

const openStates = sql`('dispatch', 'assigned', 'in_progress', 'replied')`;

/** Reads the appeals matching the filter (at most 1000), newest first. */
export async function listOpen311Requests(
  db: Kysely<unknown>,
  filter: RequestFilter,
): Promise<Open311Row[]> {
  const conditions = [sql`a.state not in ('merged', 'invalid')`];
  if (filter.ids !== null) {
    // GeoReport v2: service_request_id overrides every other filter.
    conditions.push(sql`a.tracking_number in (${sql.join(filter.ids)})`);
  } else {
    conditions.push(sql`a.received_at >= ${filter.from} and a.received_at <= ${filter.to}`);
    if (filter.kind !== null) conditions.push(sql`a.kind = ${filter.kind}`);
    if (filter.status === 'open') conditions.push(sql`a.state in ${openStates}`);
    if (filter.status === 'closed') conditions.push(sql`a.state = 'closed'`);
  }
  const { rows } = await sql<RawRow>`
    select a.tracking_number, a.kind, a.state, a.content, a.place,
      a.latitude, a.longitude, a.public_allowed,
      coalesce(o.name, '') as org_name, a.received_at,
      a.updated_at, k.due_on::text as complete_due_on,
      a.submitter_name, a.submitter_phone,
      a.submitter_email
    from feedback_appeals a
    left join accounts_orgs o on o.id = coalesce(a.org_id, a.dispatch_org_id)
    left join deadlines_clocks k on k.id = a.complete_clock_id
    where ${sql.join(conditions, sql` and `)}
    order by a.received_at desc, a.id desc
    limit ${maxRequests}`.execute(db);
  return rows.map(rowOf);
}

/** One appeal by tracking number, or undefined (also when merged or invalid). */
export async function findOpen311Request(
  db: Kysely<unknown>,
  trackingNumber: string,
): Promise<Open311Row | undefined> {
  const rows = await listOpen311Requests(db, {
    ids: [trackingNumber],
    kind: null,
    from: new Date(0),
    to: new Date(0),
    status: null,
  });
  return rows[0];
}
