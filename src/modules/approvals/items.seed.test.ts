import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { runSeeders } from '../../platform/seed/index.ts';
import { seedersFor } from './items.testing.ts';
import { defaultLimitCaps } from './items.model.ts';
import { demoItems } from './items.seed-data.ts';
import { demoContentOf } from './items.seed.ts';
import { validateItem } from './items.validate.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
const clock = fixedClock('2026-09-30T09:30:00+08:00');
const logger = { info: () => undefined, warn: () => undefined };

let itemsMs = 0;
before(async () => {
  database = await createTestDatabase();
  db = database.db;
  const seeders = seedersFor(['demo-windows']);
  const mine = ['demo-approval-items', 'demo-windows'];
  await runSeeders(
    seeders.filter((s) => !mine.includes(s.name)),
    { db, clock, logger },
  );
  const started = Date.now();
  for (const seeder of seeders.filter((s) => mine.includes(s.name))) {
    await seeder.run({ db, clock, logger, notes: [] });
  }
  itemsMs = Date.now() - started;
});
after(() => database.close());

describe('the demo items and windows', () => {
  it('keep every rule a staff edit would check', () => {
    const orgName = (code: string) => code;
    for (const item of demoItems) {
      assert.deepEqual(
        validateItem({ ...demoContentOf(item, orgName) }, defaultLimitCaps),
        [],
        item.code,
      );
    }
  });

  it('seed at least 60 items of at least 8 departments, instant, promised and joint ones', async () => {
    const { rows } = await sql<{ items: number; orgs: number; instant: number; joint: number }>`
      select count(*)::int as items, count(distinct org_id)::int as orgs,
        count(*) filter (where promised_days = 0)::int as instant,
        count(*) filter (where exists (select 1 from approvals_item_review_orgs r where r.item_id = i.id))::int as joint
      from approvals_items i where is_demo`.execute(db);
    const [counts] = rows;
    assert.ok(counts!.items >= 60, `${counts!.items} items`);
    assert.ok(counts!.orgs >= 8);
    assert.ok(counts!.instant >= 5);
    assert.ok(counts!.joint >= 5);
    process.stdout.write(`# items and windows seeded in ${itemsMs} ms\n`);
  });

  it('include SC-QYDJ-001 of scjgj with rsj, tjj and gaj reviewing in 1–2 days', async () => {
    const { rows } = await sql<{
      org: string;
      reviewer: string;
      stepDays: number;
      promised: number;
      statutory: number;
    }>`
      select o.code as org, ro.code as reviewer, r.step_days as "stepDays",
        i.promised_days as promised, i.statutory_days as statutory
      from approvals_items i join accounts_orgs o on o.id = i.org_id
      join approvals_item_review_orgs r on r.item_id = i.id join accounts_orgs ro on ro.id = r.org_id
      where i.code = 'SC-QYDJ-001' order by r.position`.execute(db);
    assert.deepEqual(
      rows.map((r) => r.reviewer),
      ['rsj', 'tjj', 'gaj'],
    );
    assert.ok(rows.every((r) => r.org === 'scjgj' && r.promised === 3 && r.statutory === 15));
    assert.ok(rows.every((r) => r.stepDays >= 1 && r.stepDays <= 2));
  });

  it('accept every active item at a window of the county center', async () => {
    const { rows } = await sql<{ code: string }>`
      select i.code from approvals_items i where i.status = 'active' and not exists (
        select 1 from approvals_window_items wi join approvals_windows w on w.id = wi.window_id
        join accounts_orgs c on c.id = w.center_org_id
        where wi.item_id = i.id and c.code = 'zwfw')`.execute(db);
    assert.deepEqual(rows, []);
  });

  it('give the county center about 12 windows and each of the 14 township centers two', async () => {
    const { rows } = await sql<{ code: string; n: number }>`
      select c.code, count(*)::int as n from approvals_windows w
      join accounts_orgs c on c.id = w.center_org_id group by c.code`.execute(db);
    const county = rows.find((r) => r.code === 'zwfw');
    assert.ok(county && county.n >= 12);
    const townships = rows.filter((r) => r.code.endsWith('-bmfw'));
    assert.equal(townships.length, 14);
    assert.ok(townships.every((r) => r.n === 2));
  });

  it('seed in under a second, and link items to demo powers of their departments', async () => {
    assert.ok(itemsMs < 1000, `${itemsMs} ms`);
    const { rows } = await sql<{ linked: number; foreign: number }>`
      select count(distinct ip.item_id)::int as linked,
        count(*) filter (where p.org_id <> i.org_id)::int as foreign
      from approvals_item_powers ip join approvals_items i on i.id = ip.item_id
      join powers p on p.id = ip.power_id`.execute(db);
    assert.ok(rows[0]!.linked >= 20, `${rows[0]!.linked} linked`);
    assert.equal(rows[0]!.foreign, 0);
  });

  it('keep version 1 of each item and mark every row as demo', async () => {
    const { rows } = await sql<{ missing: number }>`
      select count(*)::int as missing from approvals_items i
      where not exists (select 1 from approvals_item_versions v where v.item_id = i.id and v.version = i.version)
        or not i.is_demo`.execute(db);
    assert.equal(rows[0]!.missing, 0);
  });

  it('runs again without adding anything', async () => {
    const count = async () =>
      (
        await sql<{
          n: number;
        }>`select (select count(*) from approvals_items) + (select count(*) from approvals_windows) as n`.execute(
          db,
        )
      ).rows[0]!.n;
    const before = await count();
    for (const seeder of seedersFor(['demo-windows']).filter((s) => s.name.startsWith('demo-'))) {
      await seeder.run({ db, clock, logger, notes: [] });
    }
    assert.equal(await count(), before);
  });
});
