import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { allSeeders } from '../../app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { runSeeders } from '../../platform/seed/index.ts';
import { computeAnnualReport } from './annual-report.ts';
import { outcomes, requestStates } from './foi.model.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
const clock = fixedClock('2026-09-30T09:30:00+08:00');
const logger = { info: () => undefined, warn: () => undefined };

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  const started = Date.now();
  await runSeeders(allSeeders(), { db, clock, logger });
  process.stdout.write(`# demo seeding took ${Date.now() - started} ms\n`);
});
after(() => database.close());

describe('the demo requests', () => {
  it('cover every outcome and every state', async () => {
    const { rows } = await sql<{ outcome: string | null; state: string }>`
      select distinct outcome, state from foi_requests where is_demo`.execute(db);
    const seenOutcomes = new Set(rows.map((r) => r.outcome));
    assert.deepEqual(
      outcomes.filter((o) => !seenOutcomes.has(o)),
      [],
    );
    const seenStates = new Set(rows.map((r) => r.state));
    assert.deepEqual(
      requestStates.filter((s) => !seenStates.has(s)),
      [],
    );
  });

  for (const year of [2025, 2026]) {
    it(`give a ${year} report that passes every check and matches the ledger`, async () => {
      const report = await computeAnnualReport(db, year);
      assert.deepEqual(
        report.checks.filter((c) => !c.ok),
        [],
      );
      const value = (label: string) =>
        report.applications.rows.find((r) => r.label === label)!.values.at(-1);
      const { rows } = await sql<{ received: number; replied: number }>`
        select count(*) filter (where extract(year from received_on) = ${year})::int as received,
               count(*) filter (where extract(year from replied_on) = ${year})::int as replied
        from foi_requests`.execute(db);
      assert.equal(value('一、本年新收政府信息公开申请数量'), rows[0]!.received);
      assert.equal(value('（七）总计'), rows[0]!.replied);
      assert.ok(rows[0]!.replied > 5, 'a non-trivial report');
    });
  }

  it('include reviews for table 四', async () => {
    const report = await computeAnnualReport(db, 2025);
    assert.ok(report.reviews.values.reduce((a, b) => a + b, 0) > 0);
  });
});
