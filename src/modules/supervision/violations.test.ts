import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { runJobOnce } from '../../platform/jobs/index.ts';
import { startClock, workingDaysRule } from '../deadlines/index.ts';
import { raiseViolations, sweepOverdue } from './violations.ts';
import { warningsPart } from './warnings.part.ts';
import { countRows, emitAndProcess, insertItem, insertMatter } from './warnings.testing.ts';

const at = (iso: string) => new Date(iso);

describe('violation rules', () => {
  let database: TestDatabase;
  let db: Kysely<unknown>;
  let orgId: number;
  let reviewOrgId: number;
  const clock = fixedClock('2026-09-30T09:30:00+08:00');
  let n = 0;
  const matter = async (extra: { itemCode?: string } = {}) => {
    const matterId = `SP-${++n}`;
    const supervisedId = await insertMatter(db, {
      matterId,
      orgId,
      receivedOn: '2026-09-29',
      ...extra,
    });
    return { supervisedId, orgId, matterId };
  };
  const warnings = () =>
    sql<{
      supervisedId: string;
      orgId: string;
      rule: string;
      severity: string;
      stage: string;
      detail: Record<string, unknown>;
    }>`select supervised_id, org_id, rule, severity, stage, detail from supervision_warnings
      order by id`
      .execute(db)
      .then((r) => r.rows);

  before(async () => {
    database = await createTestDatabase();
    db = database.db;
    orgId = await createTestOrg(db, 'wz-org');
    reviewOrgId = await createTestOrg(db, 'wz-review');
    await sql`update accounts_orgs set contact_phone = '13812345678' where id = ${orgId}`.execute(
      db,
    );
    await insertItem(db, 'FREE-1', orgId, 0);
    await insertItem(db, 'PAID-1', orgId, 5000);
  });
  beforeEach(async () => {
    await sql`delete from supervision_warnings`.execute(db);
    await sql`delete from notifications`.execute(db);
    await sql`delete from notification_messages`.execute(db);
  });
  after(() => database.close());

  it('raises a refusal or return without reason (high) or legal basis (medium), once', async () => {
    const refused = await matter();
    const returned = await matter();
    const fine = await matter();
    const events = [
      ...(await emitAndProcess(db, refused, [
        { org: 'wz-org', kind: 'refused', at: at('2026-09-30T10:00:00+08:00') },
      ])),
      ...(await emitAndProcess(db, returned, [
        {
          org: 'wz-org',
          kind: 'returned',
          at: at('2026-09-30T10:00:00+08:00'),
          reason: '材料不全',
        },
      ])),
      ...(await emitAndProcess(db, fine, [
        {
          org: 'wz-org',
          kind: 'returned',
          at: at('2026-09-30T10:00:00+08:00'),
          reason: '材料不全',
          legalBasis: '行政许可法第32条',
        },
      ])),
    ];
    await db.transaction().execute((trx) => raiseViolations(trx, clock, events));
    const raised = await warnings();
    assert.deepEqual(
      raised.map((w) => [Number(w.supervisedId), w.rule, w.severity, w.stage]),
      [
        [refused.supervisedId, 'refused_without_reason', 'high', 'open'],
        [returned.supervisedId, 'returned_without_reason', 'medium', 'open'],
      ],
    );
    assert.deepEqual(raised[1]!.detail, {
      reasonMissing: false,
      legalBasisMissing: true,
      on: '2026-09-30',
    });
    // Each warning is on the org's console home; one SMS to the org's contact for the batch.
    assert.equal(await countRows(db, 'notifications'), 2);
    const { rows: sms } = await sql<{ recipient: string; body: string }>`
      select recipient, body from notification_messages`.execute(db);
    assert.deepEqual(
      sms.map((m) => m.recipient),
      ['13812345678'],
    );
    assert.match(sms[0]!.body, /2 条新的电子监察预警/);
    // Re-processing the same checkpoints raises nothing and tells no one again.
    await db.transaction().execute((trx) => raiseViolations(trx, clock, events));
    assert.equal((await warnings()).length, 2);
    assert.equal(await countRows(db, 'notifications'), 2);
    assert.equal(await countRows(db, 'notification_messages'), 1);
    const { rows: audit } = await sql<{ action: string; actorName: string }>`
      select action, actor_name from audit_log
      where action = 'supervision.warnings.raise'`.execute(db);
    assert.equal(audit.length, 1);
  });

  it('raises a fee on an item whose guide says free, not on a paid or unknown item', async () => {
    const free = await matter();
    const paid = await matter();
    const freeByMatter = await matter({ itemCode: 'FREE-1' });
    const unknown = await matter();
    const fee = (itemCode?: string) => ({
      org: 'wz-org',
      kind: 'fee_charged' as const,
      at: at('2026-09-30T11:00:00+08:00'),
      amount: 50,
      ...(itemCode ? { itemCode } : {}),
    });
    const events = [
      ...(await emitAndProcess(db, free, [fee('FREE-1')])),
      ...(await emitAndProcess(db, paid, [fee('PAID-1')])),
      ...(await emitAndProcess(db, freeByMatter, [fee()])),
      ...(await emitAndProcess(db, unknown, [fee('NOT-AN-ITEM')])),
    ];
    await db.transaction().execute((trx) => raiseViolations(trx, clock, events));
    await db.transaction().execute((trx) => raiseViolations(trx, clock, events));
    assert.deepEqual(
      (await warnings()).map((w) => [Number(w.supervisedId), w.rule, w.severity, w.detail.amount]),
      [
        [free.supervisedId, 'fee_on_free_item', 'high', 50],
        [freeByMatter.supervisedId, 'fee_on_free_item', 'high', 50],
      ],
    );
  });

  it('raises a step overrun on working days across 国庆 2026, against the step’s own department', async () => {
    const onTime = await matter();
    const late = await matter();
    // Started 09-29 with 3 working days: 09-30, 10-08, 10-09 (10-01..07 are the holiday) → due 10-09.
    const step = (kind: 'step_started' | 'step_completed', iso: string, stepDays = 3) => ({
      org: 'wz-review',
      kind,
      at: at(iso),
      step: 'wz-review',
      stepDays,
    });
    const events = [
      ...(await emitAndProcess(db, onTime, [
        step('step_started', '2026-09-29T09:00:00+08:00'),
        step('step_completed', '2026-10-09T17:00:00+08:00'),
      ])),
      ...(await emitAndProcess(db, late, [
        step('step_started', '2026-09-29T09:00:00+08:00'),
        // 10-10 is a Saturday, but a make-up working day: one working day late.
        step('step_completed', '2026-10-10T09:00:00+08:00'),
      ])),
    ];
    await db.transaction().execute((trx) => raiseViolations(trx, clock, events));
    await db.transaction().execute((trx) => raiseViolations(trx, clock, events));
    const raised = await warnings();
    assert.deepEqual(
      raised.map((w) => [Number(w.supervisedId), Number(w.orgId), w.rule, w.severity]),
      [[late.supervisedId, reviewOrgId, 'step_overrun', 'medium']],
    );
    assert.deepEqual(raised[0]!.detail, {
      step: 'wz-review',
      stepDays: 3,
      startedOn: '2026-09-29',
      dueOn: '2026-10-09',
      completedOn: '2026-10-10',
    });
  });

  it('sweeps open matters red today across 国庆 2026, once each, as a job', async () => {
    const ctx = systemContext();
    const open = async (matterId: string, startOn: string, days: number) => {
      const { clockId } = await startClock(db, clock, ctx, {
        matterType: 'approval',
        matterId,
        purpose: 'case',
        orgId,
        rule: workingDaysRule(days),
        startOn,
      });
      return insertMatter(db, { matterId, orgId, receivedOn: startOn, clockId });
    };
    // Due 09-30 (09-28, 09-29, 09-30): red from 10-01, in the holiday.
    const dueBefore = await open('SW-1', '2026-09-25', 3);
    // Due 10-08 (09-30, then 10-08 after the holiday): not red during the holiday.
    const dueAfter = await open('SW-2', '2026-09-29', 2);
    // Completed late: not open, so not swept.
    await insertMatter(db, {
      matterId: 'SW-4',
      orgId,
      receivedOn: '2026-09-01',
      outcome: 'completed',
    });
    const sweep = warningsPart.jobs!.find((j) => j.name === 'supervision.warnings.sweep')!;
    const swept = () =>
      warnings().then((ws) =>
        ws.filter((w) => w.rule === 'overdue').map((w) => Number(w.supervisedId)),
      );

    assert.equal(await sweepOverdue(db, clock), 0);
    clock.set('2026-10-05T09:00:00+08:00');
    assert.equal(await runJobOnce(db, clock, sweep), 1);
    assert.deepEqual(await swept(), [dueBefore]);
    clock.set('2026-10-08T18:00:00+08:00');
    // A 即办件 accepted 10-08 (promised 0): red if not finished that day.
    const instant = await open('SW-3', '2026-10-08', 0);
    assert.equal(await runJobOnce(db, clock, sweep), 0);
    clock.set('2026-10-09T09:00:00+08:00');
    assert.equal(await runJobOnce(db, clock, sweep), 2);
    assert.equal(await runJobOnce(db, clock, sweep), 0);
    assert.deepEqual((await swept()).sort(), [dueBefore, dueAfter, instant].sort());
    const [first] = await warnings();
    assert.deepEqual(first!.detail, { dueOn: '2026-09-30', today: '2026-10-05' });
    assert.equal(first!.severity, 'high');
    clock.set('2026-09-30T09:30:00+08:00');
  });
});
