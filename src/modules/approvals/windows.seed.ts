/**
 * The demo centers' windows: the county center (zwfw) with numbered windows by department, each
 * active item accepted at one of them at least (the 综合受理窗口 takes every 联办件 and any item no
 * department window took), and two windows at each township's 便民服务中心. Batched; idempotent
 * (a center that has windows is left alone).
 */
import type { Seeder } from '../../platform/seed/index.ts';
import { itemsDb, listActiveOrgs, type ItemsDb } from './items.queries.ts';

/** [number, name, resident departments, item code prefixes ('*joint' = every 联办件)]. */
const countyWindows: [string, string, string[], string[]][] = [
  ['1', '综合受理窗口', ['xzspb', 'yshjj'], ['*joint']],
  ['2', '市场准入窗口', ['scjgj'], ['SC-']],
  ['3', '不动产登记窗口', ['zrzyj'], ['ZR-BDC-']],
  ['4', '规划用地窗口', ['zrzyj', 'lcj'], ['ZR-YDGH', 'ZR-GCGH', 'ZR-XCGH', 'ZR-CKXK', 'LC-']],
  ['5', '工程建设窗口', ['zjj'], ['ZJ-']],
  ['6', '社保就业窗口', ['rsj'], ['RS-']],
  ['7', '医疗保障窗口', ['ybj'], ['YB-']],
  ['8', '民政事务窗口', ['mzj', 'tyjrj'], ['MZ-', 'TY-']],
  ['9', '交通运输窗口', ['jtj'], ['JT-']],
  ['10', '农业农村窗口', ['nyj'], ['NY-']],
  ['11', '卫生文旅教育窗口', ['wjj', 'wlj', 'jyj'], ['WJ-', 'WL-', 'JY-']],
  ['12', '公安户政窗口', ['gaj'], ['GA-']],
  ['13', '生态水利应急窗口', ['sthjj', 'slj', 'yjj'], ['HJ-', 'SL-', 'YJ-']],
  ['14', '商务公积金窗口', ['swj', 'gjjzx'], ['SW-', 'GJ-']],
];

const townshipWindows: [string, string, string[], string[]][] = [
  [
    '1',
    '社会事务窗口',
    ['mzj', 'rsj', 'ybj'],
    ['MZ-DBSQ-001', 'MZ-TKGY-001', 'RS-SBDJ-002', 'RS-JYDJ-001', 'YB-YBZY-001', 'TY-YFDX-001'],
  ],
  [
    '2',
    '农业与建房窗口',
    ['nyj', 'zrzyj'],
    ['NY-ZJD-001', 'ZR-XCGH-001', 'NY-NJDJ-001', 'LC-LMCF-001'],
  ],
];

interface ItemRef {
  id: number;
  code: string;
  joint: boolean;
}

function matches(item: ItemRef, patterns: string[]): boolean {
  return patterns.some((p) => (p === '*joint' ? item.joint : item.code.startsWith(p)));
}

async function seedWindows(db: ItemsDb): Promise<void> {
  const orgs = await listActiveOrgs(db);
  const orgId = new Map(orgs.map((o) => [o.code, o.id]));
  const seeded = new Set(
    (await db.selectFrom('approvalsWindows').select('centerOrgId').distinct().execute()).map(
      (r) => r.centerOrgId,
    ),
  );
  const items: ItemRef[] = (
    await db
      .selectFrom('approvalsItems as i')
      .select(['i.id', 'i.code'])
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('approvalsItemReviewOrgs as r')
              .select('r.itemId')
              .whereRef('r.itemId', '=', 'i.id'),
          )
          .as('joint'),
      )
      .where('i.status', '=', 'active')
      .execute()
  ).map((i) => ({ id: i.id, code: i.code, joint: Boolean(i.joint) }));
  const plan: {
    centerOrgId: number;
    number: string;
    name: string;
    orgIds: number[];
    itemIds: number[];
  }[] = [];
  const add = (
    centerOrgId: number,
    [number, name, orgCodes, patterns]: (typeof countyWindows)[number],
  ) =>
    plan.push({
      centerOrgId,
      number,
      name,
      orgIds: orgCodes.flatMap((c) => (orgId.has(c) ? [orgId.get(c)!] : [])),
      itemIds: items.filter((i) => matches(i, patterns)).map((i) => i.id),
    });
  const county = orgId.get('zwfw');
  if (county !== undefined && !seeded.has(county)) {
    for (const w of countyWindows) add(county, w);
    // 一窗受理: whatever no department window takes, the 综合受理窗口 does.
    const taken = new Set(plan.flatMap((p) => p.itemIds));
    plan[0]!.itemIds.push(...items.filter((i) => !taken.has(i.id)).map((i) => i.id));
  }
  for (const center of orgs.filter((o) => o.kind === 'center' && o.code.endsWith('-bmfw'))) {
    if (!seeded.has(center.id)) for (const w of townshipWindows) add(center.id, w);
  }
  if (plan.length === 0) return;
  const inserted = await db
    .insertInto('approvalsWindows')
    .values(
      plan.map((p) => ({
        centerOrgId: p.centerOrgId,
        number: p.number,
        name: p.name,
        isDemo: true,
      })),
    )
    .returning('id')
    .execute();
  const links = plan.map((p, i) => ({ ...p, windowId: inserted[i]!.id }));
  const windowOrgs = links.flatMap((l) =>
    l.orgIds.map((o) => ({ windowId: l.windowId, orgId: o })),
  );
  const windowItems = links.flatMap((l) =>
    l.itemIds.map((it) => ({ windowId: l.windowId, itemId: it })),
  );
  if (windowOrgs.length > 0)
    await db.insertInto('approvalsWindowOrgs').values(windowOrgs).execute();
  if (windowItems.length > 0)
    await db.insertInto('approvalsWindowItems').values(windowItems).execute();
}

/** Windows of the county center and of the 14 township centers. */
export const demoWindowsSeeder: Seeder = {
  name: 'demo-windows',
  after: ['demo-approval-items'],
  run: ({ db }) => seedWindows(itemsDb(db)),
};
