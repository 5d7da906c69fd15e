/** What the window desk offers a clerk: the windows of their centers, and each window's items. */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/http/index.ts';
import { scopePaths } from '../accounts/index.ts';
import { windowRule } from './cases.policy.ts';
import { casesDb } from './cases.queries.ts';

export interface DeskWindow {
  id: number;
  number: string;
  name: string;
  centerName: string;
}

export interface DeskItem {
  id: number;
  code: string;
  name: string;
  promisedDays: number;
}

/** Active windows of the centers where the actor is a window clerk (or above). */
export async function listDeskWindows(db: Kysely<unknown>, actor: Actor): Promise<DeskWindow[]> {
  const paths = actor.kind === 'system' ? ['/'] : scopePaths(actor, 'change', windowRule);
  if (paths.length === 0) return [];
  const rows = await casesDb(db)
    .selectFrom('approvalsWindows as w')
    .innerJoin('accountsOrgs as o', 'o.id', 'w.centerOrgId')
    .select(['w.id', 'w.number', 'w.name', 'o.name as centerName'])
    .where('w.isActive', '=', true)
    .where(sql<boolean>`o.path like any(${sql.val(paths.map((p) => `${p}%`))}::text[])`)
    .orderBy('o.path')
    .orderBy('w.number')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** The active items a window accepts, instant items (即办件) first. */
export async function listDeskItems(db: Kysely<unknown>, windowId: number): Promise<DeskItem[]> {
  const rows = await casesDb(db)
    .selectFrom('approvalsWindowItems as wi')
    .innerJoin('approvalsItems as i', 'i.id', 'wi.itemId')
    .select(['i.id', 'i.code', 'i.name', 'i.promisedDays'])
    .where('wi.windowId', '=', windowId)
    .where('i.status', '=', 'active')
    .orderBy(sql`i.promised_days = 0`, 'desc')
    .orderBy('i.code')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
