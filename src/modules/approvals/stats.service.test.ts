import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { acceptAndComplete, acceptCase, refuseCase } from './case-acceptance.service.ts';
import {
  completeCase,
  extendCase,
  issueCase,
  returnCase,
  withdrawCase,
} from './case-closing.service.ts';
import { decideCase, recordOpinion, startJointReview } from './case-review.service.ts';
import {
  actorWith,
  createTestCenter,
  createTestItem,
  createTestWindow,
} from './cases.factories.ts';
import { registerAtWindow } from './cases.service.ts';
import { computeCaseStatistics, monthsOf, rate } from './stats.service.ts';

// Across 国庆 2026: 1–7 October off, Saturday 10 October a make-up working day. From Monday
// 28 September the working days are 29, 30 Sep, 8 (3rd), 9 (4th), 10 (5th), 12 (6th) … 16 (10th) Oct.
let database: TestDatabase;
let db: Kysely<unknown>;
const clock = fixedClock('2026-09-28T09:00:00+08:00');
let staff: ActionContext;
let scj: number;
let mzj: number;
let center: number;
let windowId: number;
const materials = new Map<string, number[]>();
const applicant = {
  type: 'person' as const,
  name: '李四',
  idNumber: '11010519491231002X',
  phone: '13800000000',
};
const on = (day: string) => clock.set(`${day}T09:00:00+08:00`);

async function register(itemCode: string, day: string): Promise<string> {
  on(day);
  const receipt = await registerAtWindow(db, clock, staff, {
    itemCode,
    applicant,
    provided: materials.get(itemCode)!,
    windowId,
  });
  return receipt.trackingNumber;
}

/** accept on `accepted`, decide, issue and complete on `completed`. */
async function promisedCase(accepted: string, completed: string): Promise<string> {
  const n = await register('ST-P5', accepted);
  await acceptCase(db, clock, staff, n);
  on(completed);
  await decideCase(db, clock, staff, n, { decision: 'approved' });
  await issueCase(db, clock, staff, n, { certificateNumber: `C-${n}` });
  await completeCase(db, clock, staff, n);
  return n;
}

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  const county = await createTestOrg(db, 'st-county');
  center = await createTestCenter(db, 'st-center', county);
  scj = await createTestOrg(db, 'st-scj', county);
  mzj = await createTestOrg(db, 'st-mzj', county);
  const gaj = await createTestOrg(db, 'st-gaj', county);
  const p5 = await createTestItem(db, {
    code: 'ST-P5',
    orgId: scj,
    promisedDays: 5,
    materials: [{ name: '申请书' }],
  });
  const joint = await createTestItem(db, {
    code: 'ST-J10',
    orgId: scj,
    promisedDays: 10,
    statutoryDays: 45,
    materials: [{ name: '申请书' }],
    reviewOrgs: [{ orgId: gaj, stepDays: 3 }],
  });
  const instant = await createTestItem(db, {
    code: 'ST-I0',
    orgId: mzj,
    promisedDays: 0,
    materials: [{ name: '身份证' }],
  });
  materials.set('ST-P5', p5.materialIds);
  materials.set('ST-J10', joint.materialIds);
  materials.set('ST-I0', instant.materialIds);
  windowId = await createTestWindow(db, center, '1', [p5.id, joint.id, instant.id]);
  staff = await actorWith(db, '综合人员', [
    { role: 'window_clerk', orgId: center },
    { role: 'department_officer', orgId: scj },
    { role: 'department_officer', orgId: mzj },
    { role: 'reviewer', orgId: gaj },
  ]);

  // 即办件: completed the day they are accepted (on time, never early).
  await acceptAndComplete(db, clock, staff, await register('ST-I0', '2026-09-28'));
  await acceptAndComplete(db, clock, staff, await register('ST-I0', '2026-10-08'));
  // Promised 5 working days from 28 September: due Saturday 10 October (make-up day).
  await promisedCase('2026-09-28', '2026-10-09'); // 4 working days: early
  await promisedCase('2026-09-28', '2026-10-10'); // the due day: on time
  await promisedCase('2026-09-28', '2026-10-12'); // 6 working days: late
  // Joint, promised 10 (due 16 October), extended by 10 on 12 October, completed 15 October:
  // on time, not early (an extension was granted).
  const j = await register('ST-J10', '2026-09-28');
  await acceptCase(db, clock, staff, j);
  await startJointReview(db, clock, staff, j);
  on('2026-10-08');
  await recordOpinion(db, clock, staff, j, { orgCode: 'st-gaj', approve: true, opinion: '同意' });
  on('2026-10-12');
  await extendCase(db, clock, staff, j, { days: 10, approver: '县长', reason: '现场核查' });
  on('2026-10-15');
  await decideCase(db, clock, staff, j, { decision: 'approved' });
  await issueCase(db, clock, staff, j, { certificateNumber: 'C-J' });
  await completeCase(db, clock, staff, j);
  // Refused on 29 September, returned on 8 October, withdrawn on 30 September.
  await refuseCase(db, clock, staff, await register('ST-P5', '2026-09-29'), {
    reason: '不属于受理范围',
  });
  const returned = await register('ST-P5', '2026-09-29');
  await acceptCase(db, clock, staff, returned);
  on('2026-10-08');
  await returnCase(db, clock, staff, returned, { reason: '申请人要求补充现场材料' });
  await withdrawCase(db, clock, staff, await register('ST-P5', '2026-09-30'), {
    reason: '不再需要',
  });
  // Open: accepted 29 September (due 12 October, red on 20 October) and 16 October (green).
  await acceptCase(db, clock, staff, await register('ST-P5', '2026-09-29'));
  await acceptCase(db, clock, staff, await register('ST-P5', '2026-10-16'));
});

after(async () => {
  await database.close();
});

const period = { from: '2026-09-01', to: '2026-10-31' };
const today = '2026-10-20';

describe('computeCaseStatistics', () => {
  it('counts per department, with the rates of RULES.md §4.5', async () => {
    const stats = await computeCaseStatistics(db, { ...period, groupBy: 'org' }, today);
    const of = (id: number) => stats.groups.find((g) => g.key === String(id))!;
    assert.deepEqual(
      { ...of(scj), key: undefined, code: undefined, name: undefined, nameEn: undefined },
      {
        key: undefined,
        code: undefined,
        name: undefined,
        nameEn: undefined,
        received: 9,
        accepted: 7,
        completed: 4,
        instant: 0,
        onTime: 3,
        early: 1,
        refused: 1,
        returned: 1,
        withdrawn: 1,
        openOverdue: 1,
        instantShare: 0,
        onTimeRate: 0.75,
        earlyRate: 0.25,
      },
    );
    const instant = of(mzj);
    assert.equal(instant.code, 'st-mzj');
    assert.deepEqual(
      [instant.received, instant.accepted, instant.completed, instant.instant, instant.onTime],
      [2, 2, 2, 2, 2],
    );
    assert.deepEqual([instant.instantShare, instant.onTimeRate, instant.earlyRate], [1, 1, 0]);
    assert.deepEqual(
      [stats.total.received, stats.total.completed, stats.total.onTime, stats.total.early],
      [11, 6, 5, 1],
    );
    assert.deepEqual(
      [stats.total.instantShare, stats.total.onTimeRate, stats.total.earlyRate],
      [0.1818, 0.8333, 0.1667],
    );
  });

  it('counts each figure in the month of its own date', async () => {
    const stats = await computeCaseStatistics(db, { ...period, groupBy: 'month' }, today);
    assert.deepEqual(
      stats.groups.map((g) => g.key),
      ['2026-09', '2026-10'],
    );
    const [september, october] = stats.groups;
    assert.deepEqual(
      [september!.received, september!.accepted, september!.completed, september!.onTime],
      [9, 7, 1, 1],
    );
    assert.deepEqual([september!.refused, september!.withdrawn, september!.returned], [1, 1, 0]);
    assert.equal(september!.openOverdue, 1);
    assert.deepEqual(
      [october!.received, october!.accepted, october!.completed, october!.onTime, october!.early],
      [2, 2, 5, 4, 1],
    );
    assert.deepEqual(
      [october!.onTimeRate, october!.earlyRate, october!.instantShare],
      [0.8, 0.2, 0.5],
    );
    assert.equal(october!.returned, 1);
  });

  it('groups by center and window with the same totals; nothing overdue before the due day', async () => {
    const byCenter = await computeCaseStatistics(db, { ...period, groupBy: 'center' }, today);
    assert.deepEqual(
      byCenter.groups.map((g) => [g.code, g.received, g.completed]),
      [['st-center', 11, 6]],
    );
    const byWindow = await computeCaseStatistics(
      db,
      { ...period, groupBy: 'window' },
      '2026-10-12',
    );
    assert.equal(byWindow.groups[0]!.key, String(windowId));
    assert.equal(byWindow.groups[0]!.openOverdue, 0);
    const byItem = await computeCaseStatistics(db, { ...period, groupBy: 'item' }, today);
    assert.deepEqual(
      byItem.groups.map((g) => [g.code, g.received]),
      [
        ['ST-I0', 2],
        ['ST-J10', 1],
        ['ST-P5', 8],
      ],
    );
  });

  it('gives null rates over nothing, and refuses a period that ends before it starts', async () => {
    const empty = await computeCaseStatistics(
      db,
      { from: '2025-01-01', to: '2025-12-31', groupBy: 'org' },
      today,
    );
    assert.deepEqual(empty.groups, []);
    assert.deepEqual([empty.total.onTimeRate, empty.total.instantShare], [null, null]);
    await assert.rejects(
      computeCaseStatistics(db, { from: '2026-10-01', to: '2026-09-01', groupBy: 'org' }, today),
      (error: { kind?: string }) => error.kind === 'validation',
    );
  });
});

describe('rate and monthsOf', () => {
  it('rounds to 4 decimals and lists every month of a period', () => {
    assert.equal(rate(1, 3), 0.3333);
    assert.equal(rate(2, 3), 0.6667);
    assert.equal(rate(0, 0), null);
    assert.deepEqual(monthsOf({ from: '2025-11-15', to: '2026-02-01' }), [
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});
