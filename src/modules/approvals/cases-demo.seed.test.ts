import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { allSeeders } from '../../app.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { runSeeders } from '../../platform/seed/index.ts';
import { clockLightSql } from '../deadlines/index.ts';
import { demoCaseCount, seedDemoCases } from './cases-demo.seed.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
const clock = fixedClock('2026-09-30T09:30:00+08:00');
const today = '2026-09-30';
let seedMs = 0;

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  // Supervision's projection of the demo runs after the cases: left out with them.
  const later = new Set(['demo-approval-cases', 'supervision.matters']);
  const others = allSeeders().filter((s) => !later.has(s.name));
  await runSeeders(others, { db, clock, logger: { info: () => undefined, warn: () => undefined } });
  const started = performance.now();
  await seedDemoCases(db, clock.now());
  seedMs = performance.now() - started;
});

after(async () => {
  await database.close();
});

const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows[0]!;
const count = async (query: ReturnType<typeof sql<{ n: number }>>) => (await one(query)).n;

describe('demo-approval-cases', () => {
  it('writes about 3,000 cases over the year before today, quickly, and only once', async () => {
    process.stdout.write(`# demo cases seeded in ${seedMs.toFixed(0)} ms\n`);
    const range = await one(sql<{ n: number; first: string; last: string; demo: number }>`
      select count(*)::int as n, min(received_on)::text as first, max(received_on)::text as last,
        count(*) filter (where is_demo)::int as demo from approvals_cases`);
    assert.equal(range.n, demoCaseCount);
    assert.equal(range.demo, demoCaseCount);
    assert.ok(range.first >= '2025-10-01' && range.last <= today, `${range.first}…${range.last}`);
    assert.equal(await seedDemoCases(db, clock.now()), 0);
    // The budget is 1.5 s on a quiet machine (bench/README.md); this bound only catches a regression.
    assert.ok(seedMs < 20000, `seeding took ${seedMs} ms`);
  });

  it('has the mix of the brief: instant, on time, early, late, open, refused, returned, withdrawn, joint', async () => {
    const mix = await one(sql<Record<string, number>>`
      select count(*) filter (where c.is_instant and c.state = 'completed'
          and c.completed_on = c.received_on)::float / count(*) as instant,
        count(*) filter (where c.state = 'refused')::int as refused,
        count(*) filter (where c.state = 'returned')::int as returned,
        count(*) filter (where c.state = 'withdrawn')::int as withdrawn,
        count(*) filter (where c.state not in ('completed', 'refused', 'returned', 'withdrawn'))::int as open,
        count(*) filter (where c.state = 'completed' and not c.is_instant and c.completed_on < k.due_on)::int as early,
        count(*) filter (where c.state = 'completed' and c.completed_on > k.due_on)::int as late,
        count(*) filter (where c.state = 'completed')::int as completed,
        count(*) filter (where c.is_joint and exists (select 1 from approvals_case_reviews r
          where r.case_id = c.id))::int as joint
      from approvals_cases c left join deadlines_clocks k on k.id = c.clock_id`);
    assert.ok(mix.instant! > 0.3 && mix.instant! < 0.4, `instant share ${mix.instant}`);
    assert.ok(mix.late! > 0 && mix.late! < mix.completed! * 0.1, `late ${mix.late}`);
    assert.ok(mix.early! > mix.completed! * 0.15, `early ${mix.early}`);
    for (const name of ['refused', 'returned', 'withdrawn', 'open', 'joint']) {
      assert.ok(mix[name]! > 0, `${name}: ${mix[name]}`);
    }
    const lights = await one(sql<{ red: number; yellow: number }>`
      select count(*) filter (where ${clockLightSql(today, 'k')} = 'red')::int as red,
        count(*) filter (where ${clockLightSql(today, 'k')} = 'yellow')::int as yellow
      from approvals_cases c join deadlines_clocks k on k.id = c.clock_id
      where c.state not in ('completed', 'refused', 'returned', 'withdrawn')`);
    assert.ok(lights.red > 0 && lights.yellow > 0, JSON.stringify(lights));
  });

  it('is consistent with what the services write', async () => {
    // Every completed case has a stopped case clock, stopped the day it completed.
    assert.equal(
      await count(sql<{ n: number }>`select count(*)::int as n from approvals_cases c
        left join deadlines_clocks k on k.id = c.clock_id
        where c.state = 'completed' and (k.state is distinct from 'stopped'
          or k.stopped_on <> c.completed_on)`),
      0,
    );
    // Closed cases have no clock left running; open accepted ones have theirs running.
    assert.equal(
      await count(sql<{ n: number }>`select count(*)::int as n from deadlines_clocks k
        join approvals_cases c on c.tracking_number = k.matter_id and k.matter_type = 'approval'
        where (c.state in ('completed', 'refused', 'returned', 'withdrawn')) = (k.state <> 'stopped')
          and k.purpose = 'case'`),
      0,
    );
    // On time means completed by the due date; the light of an open overdue case is red.
    const onTime = await one(sql<{ onTime: number; green: number }>`
      select count(*)::int as "onTime", count(*) filter (where k.fixed_light <> 'red')::int as green
      from approvals_cases c join deadlines_clocks k on k.id = c.clock_id
      where c.state = 'completed' and c.completed_on <= k.due_on`);
    assert.equal(onTime.green, onTime.onTime);
    assert.equal(
      await count(sql<{ n: number }>`select count(*)::int as n from approvals_cases c
        join deadlines_clocks k on k.id = c.clock_id
        where c.state not in ('completed', 'refused', 'returned', 'withdrawn')
          and k.due_on < ${today}::date and ${clockLightSql(today, 'k')} <> 'red'`),
      0,
    );
    // Each clock has its start event first; every case its 'submitted' entry; joint reviews clocks.
    assert.equal(
      await count(sql<{ n: number }>`select count(*)::int as n from deadlines_clocks k
        where k.matter_type = 'approval' and not exists (select 1 from deadlines_clock_events e where e.clock_id = k.id
          and e.seq = 1 and e.kind = 'start' and e.on_date = k.start_on)`),
      0,
    );
    assert.equal(
      await count(sql<{ n: number }>`select count(*)::int as n from approvals_cases c
        where not exists (select 1 from approvals_case_events e where e.case_id = c.id
          and e.kind = 'submitted')`),
      0,
    );
    assert.equal(
      await count(sql<{ n: number }>`select count(*)::int as n from approvals_case_reviews r
        join deadlines_clocks k on k.id = r.clock_id
        where k.purpose <> 'review:' || (select code from accounts_orgs o where o.id = r.org_id)`),
      0,
    );
    // Checkpoints: one 'accepted' per accepted case.
    assert.equal(
      await count(sql<{ n: number }>`select count(*)::int as n from checkpoints
        where kind = 'accepted' and matter_type = 'approval'`),
      await count(sql<{ n: number }>`select count(*)::int as n from approvals_cases
        where accepted_on is not null`),
    );
  });
});
