/**
 * The demo county's service items (items.seed-data.ts) in a few batched inserts, each item at
 * version 1, linked to the demo powers of its department that its name best matches. Idempotent:
 * items whose code exists are left alone.
 */
import type { Seeder } from '../../platform/seed/index.ts';
import { demoPowersSeederName } from '../powers/index.ts';
import type { ItemContent, MaterialContent } from './items.model.ts';
import { bestPowerAmong, listApplicablePowers } from './items.powers.ts';
import { itemsDb, listActiveOrgs, type ItemsDb } from './items.queries.ts';
import { demoItems, type DemoItem } from './items.seed-data.ts';
import type { MaterialForm } from './items.tables.ts';

const forms: Record<string, MaterialForm> = {
  o: 'original',
  c: 'copy',
  oc: 'original_and_copy',
  e: 'electronic',
};

/** `name|form*copies` as a material. */
export function materialOf(text: string): MaterialContent {
  const [name = '', rest = 'o'] = text.split('|');
  const [form = 'o', copies = '1'] = rest.split('*');
  return {
    name,
    form: forms[form] ?? 'original',
    copies: Number(copies),
    isRequired: true,
    note: '',
    templateFileId: null,
  };
}

const hours = '周一至周五 8:30—11:30，13:00—17:00（法定节假日除外）';

function flowOf(item: DemoItem, orgName: (code: string) => string): string {
  if (item.r) {
    const orgs = item.r.map(([code]) => orgName(code)).join('、');
    return `申请 → 综合窗口一次受理 → 并联审查（${orgs}） → 决定 → 送达`;
  }
  if (item.promised === 0) return '申请 → 窗口受理 → 当场审查 → 当场办结';
  return '申请 → 受理 → 审查 → 决定 → 送达';
}

/** The content a demo item has at version 1. */
export function demoContentOf(item: DemoItem, orgName: (code: string) => string): ItemContent {
  const [feeFen, feeBasis] = item.fee ?? [0, ''];
  return {
    code: item.code,
    name: item.name,
    nameEn: '',
    orgCode: item.org,
    basis: item.basis,
    conditions: item.conditions,
    place: `县政务服务中心（清原镇政府路 8 号）${orgName(item.org)}窗口`,
    hours,
    phone: `024-5302${String(1000 + ((item.code.charCodeAt(0) * 37 + item.code.length) % 9000))}`,
    flow: flowOf(item, orgName),
    feeFen,
    feeBasis,
    statutoryDays: item.statutory,
    promisedDays: item.promised,
    online: true,
    status: 'active',
    materials: item.materials.map(materialOf),
    reviewOrgs: (item.r ?? []).map(([orgCode, stepDays]) => ({ orgCode, stepDays })),
    powerCodes: [],
  };
}

async function seedItems(db: ItemsDb, at: Date): Promise<void> {
  const existing = new Set(
    (await db.selectFrom('approvalsItems').select('code').execute()).map((r) => r.code),
  );
  const orgs = new Map((await listActiveOrgs(db)).map((o) => [o.code, o]));
  const orgName = (code: string) => orgs.get(code)?.name ?? code;
  const todo = demoItems.filter((i) => !existing.has(i.code) && orgs.has(i.org));
  if (todo.length === 0) return;
  const contents = todo.map((i) => demoContentOf(i, orgName));
  const powerOf = new Map<string, number>();
  const applicable = await listApplicablePowers(db);
  for (const content of contents) {
    const power = bestPowerAmong(applicable, orgs.get(content.orgCode)!.id, content.name);
    if (power) {
      content.powerCodes = [power.code];
      powerOf.set(content.code, power.id);
    }
  }
  const inserted = await db
    .insertInto('approvalsItems')
    .values(
      contents.map(({ materials: _m, reviewOrgs: _r, powerCodes: _p, orgCode, ...c }) => ({
        ...c,
        orgId: orgs.get(orgCode)!.id,
        isDemo: true,
        createdAt: at,
        updatedAt: at,
      })),
    )
    .returning(['id', 'code'])
    .execute();
  const idOf = new Map(inserted.map((r) => [r.code, r.id]));
  const rows = contents.map((c) => ({ c, itemId: idOf.get(c.code)! }));
  await db
    .insertInto('approvalsItemMaterials')
    .values(
      rows.flatMap(({ c, itemId }) =>
        c.materials.map((m, position) => ({ ...m, itemId, position })),
      ),
    )
    .execute();
  const reviews = rows.flatMap(({ c, itemId }) =>
    c.reviewOrgs.flatMap((r, position) => {
      const org = orgs.get(r.orgCode);
      return org ? [{ itemId, orgId: org.id, stepDays: r.stepDays, position }] : [];
    }),
  );
  if (reviews.length > 0) await db.insertInto('approvalsItemReviewOrgs').values(reviews).execute();
  const powers = rows.flatMap(({ c, itemId }) => {
    const powerId = powerOf.get(c.code);
    return powerId === undefined ? [] : [{ itemId, powerId }];
  });
  if (powers.length > 0) await db.insertInto('approvalsItemPowers').values(powers).execute();
  await db
    .insertInto('approvalsItemVersions')
    .values(
      rows.map(({ c, itemId }) => ({
        itemId,
        version: 1,
        content: JSON.stringify(c),
        note: '演示数据 / demo data',
        changedBy: 'system',
        changedAt: at,
      })),
    )
    .execute();
}

/** About 70 guides of 19 departments: 即办件, 承诺件 and 联办件, SC-QYDJ-001 among them. */
export const demoItemsSeeder: Seeder = {
  name: 'demo-approval-items',
  after: ['accounts.orgs', demoPowersSeederName],
  run: ({ db, clock }) => seedItems(itemsDb(db), clock.now()),
};
