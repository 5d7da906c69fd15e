/** Reading rectifications for the staff pages: the viewer's orgs only, with the clock's due date and light. */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../../platform/http/index.ts';
import { hasCountyRole, scopePaths } from '../../accounts/index.ts';
import { deriveClocks } from '../../deadlines/index.ts';
import type { RatingLevel, RectificationState } from '../feedback.model.ts';
import { appealRule, readablePaths } from '../feedback.policy.ts';

export interface RectificationRow {
  id: number;
  trackingNumber: string;
  subject: string;
  orgId: number;
  orgName: string;
  level: RatingLevel;
  comment: string;
  state: RectificationState;
  openedOn: string;
  finishedOn: string | null;
  finding: string;
  action: string;
  clockId: number;
  dueOn: string | null;
  light: string;
}

export interface CallbackRow {
  at: Date;
  method: string;
  reached: boolean;
  level: RatingLevel | null;
  note: string;
  byName: string;
}

/** null: everything (county roles); else the org path prefixes the actor covers. */
export function visiblePaths(actor: Actor): string[] | null {
  if (hasCountyRole(actor, ['admin', 'supervisor', 'leader'])) return null;
  return [...new Set([...readablePaths(actor), ...scopePaths(actor, 'change', appealRule)])];
}

const columns = sql`r.id, a.tracking_number, a.subject, r.org_id, o.name as org_name, g.level,
  g.comment, r.state, r.opened_on::text as opened_on, r.finished_on::text as finished_on,
  r.finding, r.action, r.clock_id`;
const from = sql`from feedback_rectifications r
  join feedback_appeals a on a.id = r.appeal_id
  join feedback_ratings g on g.id = r.rating_id
  join accounts_orgs o on o.id = r.org_id`;

async function withClocks(
  db: Kysely<unknown>,
  rows: Omit<RectificationRow, 'dueOn' | 'light'>[],
  today: string,
): Promise<RectificationRow[]> {
  const views = await deriveClocks(
    db,
    rows.map((r) => Number(r.clockId)),
    today,
  );
  return rows.map((row) => {
    const view = views.get(Number(row.clockId)) ?? views.get(String(row.clockId) as never);
    return {
      ...row,
      id: Number(row.id),
      orgId: Number(row.orgId),
      clockId: Number(row.clockId),
      dueOn: view?.dueOn ?? null,
      light: view?.light ?? 'green',
    };
  });
}

export async function listRectifications(
  db: Kysely<unknown>,
  actor: Actor,
  today: string,
): Promise<RectificationRow[]> {
  const paths = visiblePaths(actor);
  if (paths !== null && paths.length === 0) return [];
  const scope =
    paths === null
      ? sql`true`
      : sql`(${sql.join(
          paths.map((p) => sql`o.path like ${`${p}%`}`),
          sql` or `,
        )})`;
  const { rows } = await sql<Omit<RectificationRow, 'dueOn' | 'light'>>`
    select ${columns} ${from} where ${scope}
    order by (r.state in ('open', 'review_requested')) desc, r.opened_on, r.id
    limit 500`.execute(db);
  return withClocks(db, rows, today);
}

export async function findRectification(
  db: Kysely<unknown>,
  id: number,
  today: string,
): Promise<(RectificationRow & { orgPath: string; callbacks: CallbackRow[] }) | undefined> {
  const { rows } = await sql<Omit<RectificationRow, 'dueOn' | 'light'> & { orgPath: string }>`
    select ${columns}, o.path as org_path ${from} where r.id = ${id}`.execute(db);
  if (!rows[0]) return undefined;
  const [row] = await withClocks(db, rows, today);
  const callbacks = await sql<CallbackRow>`
    select at, method, reached, level, note, by_name from feedback_callbacks
    where rectification_id = ${id} order by id`.execute(db);
  return { ...row!, orgPath: rows[0].orgPath, callbacks: callbacks.rows };
}
