/** The console's lists: appeals the viewer may read, filtered and paged, with both clocks' state. */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Actor } from '../../../platform/http/index.ts';
import { scopePaths } from '../../accounts/index.ts';
import { deriveClocks, type ClockLight } from '../../deadlines/index.ts';
import type { AppealKind, AppealState } from '../feedback.model.ts';
import { appealRule, readablePaths } from '../feedback.policy.ts';

export const appealsPageSize = 50;

export interface ClockSummary {
  dueOn: string | null;
  light: ClockLight;
  stopped: boolean;
}

export interface AppealListItem {
  trackingNumber: string;
  kind: AppealKind;
  subject: string;
  state: AppealState;
  orgName: string | null;
  receivedOn: string;
  reply: ClockSummary;
  complete: ClockSummary;
}

export interface AppealFilter {
  state?: AppealState | '';
  kind?: AppealKind | '';
  org?: string;
  from?: string;
  to?: string;
}

interface Row {
  trackingNumber: string;
  kind: AppealKind;
  subject: string;
  state: AppealState;
  orgName: string | null;
  receivedOn: string;
  replyClockId: number;
  completeClockId: number;
}

/** Appeals whose handling org (or, at dispatch, dispatch org) lies under one of `paths`. */
function underPaths(paths: readonly string[], column: 'handling' | 'either'): RawBuilder<boolean> {
  if (paths.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(
    paths.map((p) =>
      column === 'either'
        ? sql`(h.path like ${`${p}%`} or d.path like ${`${p}%`})`
        : sql`coalesce(h.path, d.path) like ${`${p}%`}`,
    ),
    sql` or `,
  )})`;
}

const base = sql`
  from feedback_appeals a
  join accounts_orgs d on d.id = a.dispatch_org_id
  left join accounts_orgs h on h.id = a.org_id`;
const columns = sql`a.tracking_number, a.kind, a.subject, a.state, h.name as org_name,
  a.received_on, a.reply_clock_id, a.complete_clock_id`;

function filterOf(filter: AppealFilter): RawBuilder<boolean> {
  const parts = [sql`true`];
  if (filter.state) parts.push(sql`a.state = ${filter.state}`);
  if (filter.kind) parts.push(sql`a.kind = ${filter.kind}`);
  if (filter.org) parts.push(sql`h.code = ${filter.org}`);
  if (filter.from) parts.push(sql`a.received_on >= ${filter.from}`);
  if (filter.to) parts.push(sql`a.received_on <= ${filter.to}`);
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

async function withClocks(
  db: Kysely<unknown>,
  rows: Row[],
  today: string,
): Promise<AppealListItem[]> {
  const ids = rows.flatMap((r) => [Number(r.replyClockId), Number(r.completeClockId)]);
  const views = await deriveClocks(db, ids, today);
  const summary = (id: number): ClockSummary => {
    const view = views.get(Number(id));
    return {
      dueOn: view?.dueOn ?? null,
      light: view?.light ?? 'green',
      stopped: view?.state === 'stopped',
    };
  };
  return rows.map(({ replyClockId, completeClockId, ...row }) => ({
    ...row,
    receivedOn: String(row.receivedOn),
    reply: summary(replyClockId),
    complete: summary(completeClockId),
  }));
}

export async function listAppeals(
  db: Kysely<unknown>,
  actor: Actor,
  filter: AppealFilter,
  page: number,
  today: string,
): Promise<{ rows: AppealListItem[]; total: number }> {
  const where = sql`where ${underPaths(readablePaths(actor), 'either')} and ${filterOf(filter)}`;
  const { rows } = await sql<Row>`select ${columns} ${base} ${where}
    order by a.received_at desc, a.id desc
    limit ${appealsPageSize} offset ${(page - 1) * appealsPageSize}`.execute(db);
  const { rows: count } = await sql<{ n: string }>`select count(*) as n ${base} ${where}`.execute(
    db,
  );
  return { rows: await withClocks(db, rows, today), total: Number(count[0]?.n ?? 0) };
}

/** The viewer's queues: open appeals of the orgs they handle, and those waiting at dispatch. */
export async function listQueues(
  db: Kysely<unknown>,
  actor: Actor,
  today: string,
): Promise<{ mine: AppealListItem[]; dispatch: AppealListItem[] }> {
  const paths = scopePaths(actor, 'change', appealRule);
  const { rows: mine } = await sql<Row>`select ${columns} ${base}
    where a.state in ('assigned', 'in_progress', 'replied') and ${underPaths(paths, 'handling')}
    order by a.received_at, a.id limit 100`.execute(db);
  const { rows: dispatch } = await sql<Row>`select ${columns} ${base}
    where a.state = 'dispatch' and ${underPaths(paths, 'handling')}
    order by a.received_at, a.id limit 100`.execute(db);
  return {
    mine: await withClocks(db, mine, today),
    dispatch: await withClocks(db, dispatch, today),
  };
}
