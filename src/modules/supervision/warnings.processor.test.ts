import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { ingestCheckpoints } from './ingest.service.ts';
import { processCheckpoints } from './processor.ts';
import { sweepOverdue } from './violations.ts';

const event = (eventId: string, matterId: string, kind: string, at: string, extra = {}) => ({
  source: 'lnzwfw',
  eventId,
  matterType: 'approval',
  matterId,
  org: 'wp-org',
  kind,
  at,
  ...extra,
});

describe('warnings from ingested checkpoints, through the outbox consumer', () => {
  let database: TestDatabase;
  let db: Kysely<unknown>;
  const clock = fixedClock('2026-09-30T09:30:00+08:00');
  const batch = [
    event('a1', 'LN-1', 'accepted', '2026-09-25T10:00:00+08:00', { promisedDays: 3 }),
    event('a2', 'LN-2', 'accepted', '2026-09-28T10:00:00+08:00', { promisedDays: 5 }),
    event('r2', 'LN-2', 'returned', '2026-09-29T10:00:00+08:00'),
    event('a3', 'LN-3', 'accepted', '2026-09-28T10:00:00+08:00', { promisedDays: 10 }),
    event('s3', 'LN-3', 'step_started', '2026-09-28T11:00:00+08:00', {
      org: 'wp-review',
      step: 'wp-review',
      stepDays: 1,
    }),
    event('c3', 'LN-3', 'step_completed', '2026-09-30T11:00:00+08:00', {
      org: 'wp-review',
      step: 'wp-review',
      stepDays: 1,
    }),
  ];
  const warnings = () =>
    sql<{ matterId: string; rule: string; severity: string }>`select m.matter_id, w.rule, w.severity
      from supervision_warnings w join supervision_matters m on m.id = w.supervised_id
      order by m.matter_id, w.rule`
      .execute(db)
      .then((r) => r.rows.map((w) => [w.matterId, w.rule, w.severity]));

  before(async () => {
    database = await createTestDatabase();
    db = database.db;
    await createTestOrg(db, 'wp-org');
    await createTestOrg(db, 'wp-review');
  });
  after(() => database.close());

  it('raises each rule once; re-sending the batch changes nothing', async () => {
    const report = await ingestCheckpoints(db, clock, systemContext(), batch);
    assert.equal(report.accepted, batch.length);
    await processCheckpoints(db, clock);
    const raised = [
      ['LN-2', 'returned_without_reason', 'high'],
      ['LN-3', 'step_overrun', 'medium'],
    ];
    assert.deepEqual(await warnings(), raised);
    const again = await ingestCheckpoints(db, clock, systemContext(), batch);
    assert.equal(again.duplicates, batch.length);
    await processCheckpoints(db, clock);
    assert.deepEqual(await warnings(), raised);
  });

  it('sweeps the open matter past its due date across 国庆, once', async () => {
    // LN-1: accepted 09-25 with 3 working days → due 09-30; red from 10-01 (in the holiday).
    assert.equal(await sweepOverdue(db, clock), 0);
    clock.set('2026-10-02T09:00:00+08:00');
    assert.equal(await sweepOverdue(db, clock), 1);
    assert.equal(await sweepOverdue(db, clock), 0);
    // LN-3 (10 working days from 09-28) is still green; LN-2 was returned, so it is not open.
    assert.deepEqual(
      (await warnings()).filter((w) => w[1] === 'overdue'),
      [['LN-1', 'overdue', 'high']],
    );
  });
});
