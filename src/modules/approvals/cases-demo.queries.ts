/** What the demo cases are planned over: each active window with each active item it takes. */
import { sql, type Kysely } from 'kysely';
import type { DemoItemRef, DemoPlace } from './cases-demo.plan.ts';

interface ItemRow {
  id: string;
  code: string;
  name: string;
  orgId: string;
  orgCode: string;
  promisedDays: number;
  statutoryDays: number;
  limitUnit: 'working' | 'calendar';
  online: boolean;
}

async function loadItems(db: Kysely<unknown>): Promise<Map<number, DemoItemRef>> {
  const items = await sql<ItemRow>`select i.id, i.code, i.name, i.org_id as "orgId",
      o.code as "orgCode", i.promised_days as "promisedDays", i.statutory_days as "statutoryDays",
      i.limit_unit as "limitUnit", i.online
    from approvals_items i join accounts_orgs o on o.id = i.org_id
    where i.status = 'active' order by i.id`.execute(db);
  const byId = new Map<number, DemoItemRef>(
    items.rows.map((i) => [
      Number(i.id),
      { ...i, id: Number(i.id), orgId: Number(i.orgId), materials: [], reviewOrgs: [] },
    ]),
  );
  const materials = await sql<{ itemId: string; id: string; name: string; isRequired: boolean }>`
    select item_id as "itemId", id, name, is_required as "isRequired"
    from approvals_item_materials order by item_id, position, id`.execute(db);
  for (const m of materials.rows) {
    byId
      .get(Number(m.itemId))
      ?.materials.push({ id: Number(m.id), name: m.name, isRequired: m.isRequired });
  }
  const reviews = await sql<{
    itemId: string;
    orgId: string;
    orgCode: string;
    stepDays: number;
    position: number;
  }>`
    select r.item_id as "itemId", r.org_id as "orgId", o.code as "orgCode",
      r.step_days as "stepDays", r.position
    from approvals_item_review_orgs r join accounts_orgs o on o.id = r.org_id
    order by r.item_id, r.position`.execute(db);
  for (const r of reviews.rows) {
    byId.get(Number(r.itemId))?.reviewOrgs.push({ ...r, orgId: Number(r.orgId) });
  }
  return byId;
}

export async function loadDemoPlaces(
  db: Kysely<unknown>,
): Promise<{ places: DemoPlace[]; onlineCenter: { id: number; code: string } | null }> {
  const items = await loadItems(db);
  const links = await sql<{
    windowId: string;
    centerOrgId: string;
    centerCode: string;
    itemId: string;
  }>`
    select w.id as "windowId", w.center_org_id as "centerOrgId", c.code as "centerCode",
      wi.item_id as "itemId"
    from approvals_windows w join accounts_orgs c on c.id = w.center_org_id
      join approvals_window_items wi on wi.window_id = w.id
    where w.is_active order by w.id, wi.item_id`.execute(db);
  const places = links.rows.flatMap((l) => {
    const item = items.get(Number(l.itemId));
    return item
      ? [
          {
            windowId: Number(l.windowId),
            centerOrgId: Number(l.centerOrgId),
            centerCode: l.centerCode,
            item,
          },
        ]
      : [];
  });
  // Online applications go to the county's service center (the highest active center).
  const center = await sql<{ id: string; code: string }>`select id, code from accounts_orgs
    where kind = 'center' and is_active order by length(path), sort_order, id limit 1`.execute(db);
  const row = center.rows[0];
  return { places, onlineCenter: row ? { id: Number(row.id), code: row.code } : null };
}
