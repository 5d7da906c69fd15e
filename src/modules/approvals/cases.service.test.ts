import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { loadCalendar } from '../../platform/calendar/index.ts';
import { listCheckpoints } from '../../platform/checkpoints/index.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { isAppError } from '../../platform/errors/index.ts';
import { systemContext, type ActionContext } from '../../platform/http/index.ts';
import { readClock } from '../deadlines/index.ts';
import {
  acceptAndComplete,
  acceptCase,
  issueNotice,
  refuseCase,
  resubmitCase,
} from './case-acceptance.service.ts';
import { completeCase, issueCase, returnCase, withdrawCase } from './case-closing.service.ts';
import { decideCase, recordOpinion, startJointReview } from './case-review.service.ts';
import { processCase } from './case-workflow.service.ts';
import {
  actorWith,
  createTestCenter,
  createTestItem,
  createTestWindow,
} from './cases.factories.ts';
import { findCase, listCaseReviews } from './cases.queries.ts';
import { registerAtWindow } from './cases.service.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
// A Wednesday; 国庆 starts on Thursday 1 October 2026.
const clock = fixedClock('2026-09-16T09:00:00+08:00');
const system = systemContext('cases-test');
let clerk: ActionContext;
let officer: ActionContext;
let reviewerA: ActionContext;
let reviewerB: ActionContext;
let windowId: number;
let joint: { id: number; materialIds: number[] };
let instant: { id: number; materialIds: number[] };

const applicant = {
  type: 'person' as const,
  name: '王小明',
  idNumber: '11010519491231002X',
  phone: '13800000000',
};

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  const county = await createTestOrg(db, 'cs-county');
  const center = await createTestCenter(db, 'cs-center', county);
  const decider = await createTestOrg(db, 'cs-scj', county);
  const orgA = await createTestOrg(db, 'cs-gaj', county);
  const orgB = await createTestOrg(db, 'cs-xfj', county);
  joint = await createTestItem(db, {
    code: 'CS-JOINT',
    orgId: decider,
    promisedDays: 10,
    statutoryDays: 45,
    materials: [
      { name: '申请书' },
      { name: '章程' },
      { name: '住所证明' },
      { name: '说明', isRequired: false },
    ],
    reviewOrgs: [
      { orgId: orgA, stepDays: 3 },
      { orgId: orgB, stepDays: 8 },
    ],
  });
  instant = await createTestItem(db, {
    code: 'CS-INSTANT',
    orgId: decider,
    promisedDays: 0,
    materials: [{ name: '身份证' }],
  });
  windowId = await createTestWindow(db, center, '1', [joint.id, instant.id]);
  clerk = await actorWith(db, '窗口人员', [{ role: 'window_clerk', orgId: center }]);
  officer = await actorWith(db, '科长', [{ role: 'department_officer', orgId: decider }]);
  reviewerA = await actorWith(db, '公安审查员', [{ role: 'reviewer', orgId: orgA }]);
  reviewerB = await actorWith(db, '消防审查员', [{ role: 'reviewer', orgId: orgB }]);
});
after(() => database.close());
beforeEach(() => clock.set('2026-09-16T09:00:00+08:00'));

const register = (item: { materialIds: number[] }, code: string, provided = item.materialIds) =>
  registerAtWindow(db, clock, clerk, { windowId, itemCode: code, applicant, provided });

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  assert.fail('expected a refusal');
}

async function clockView(id: number) {
  return (await readClock(db, clock, id)).view;
}

describe('a joint-review case from the window to completion', () => {
  it('runs accept → parallel reviews → decision → issue → complete with a checkpoint at each', async () => {
    const receipt = await register(joint, 'CS-JOINT');
    assert.match(receipt.trackingNumber, /^SP2026-\d{6}$/);
    assert.match(receipt.accessCode, /^[A-Z2-9]{8}$/);
    const n = receipt.trackingNumber;
    const accepted = await acceptCase(db, clock, clerk, n);
    assert.equal(accepted.state, 'accepted');
    assert.equal(accepted.acceptedOn, '2026-09-16');
    // The promised 10 working days count from the day of acceptance (which does not count).
    const caseClock = await clockView(accepted.clockId!);
    assert.equal(caseClock.rule.limitDays, 10);
    assert.equal(caseClock.rule.extensionCapDays, 15);
    const calendar = await loadCalendar(db);
    assert.equal(caseClock.dueOn, calendar.addWorkingDays('2026-09-16', 10).value);

    await startJointReview(db, clock, clerk, n);
    const reviews = await listCaseReviews(db, accepted.id);
    assert.deepEqual(
      reviews.map((r) => [r.orgCode, r.state, r.stepDays]),
      [
        ['cs-gaj', 'pending', 3],
        ['cs-xfj', 'pending', 8],
      ],
    );
    // Deciding before every review is finished is refused, naming the departments still out.
    const early = await rejection(decideCase(db, clock, officer, n, { decision: 'approved' }));
    assert.equal(early.kind, 'validation');
    assert.equal(early.details.fields?.length, 2);

    clock.set('2026-09-17T10:00:00+08:00');
    await recordOpinion(db, clock, reviewerA, n, {
      orgCode: 'cs-gaj',
      approve: true,
      opinion: '同意',
    });
    await recordOpinion(db, clock, reviewerB, n, {
      orgCode: 'cs-xfj',
      approve: true,
      opinion: '符合',
    });
    const decided = await decideCase(db, clock, officer, n, { decision: 'approved' });
    assert.equal(decided.state, 'decided');
    assert.ok(decided.issueClockId);
    await issueCase(db, clock, clerk, n, { certificateNumber: 'XK-2026-0001' });
    const done = await completeCase(db, clock, clerk, n);
    assert.equal(done.state, 'completed');
    assert.equal((await clockView(accepted.clockId!)).state, 'stopped');
    assert.equal((await clockView(accepted.clockId!)).light, 'green');

    const kinds = (await listCheckpoints(db, 'approval', n)).map((c) => [
      c.kind,
      c.orgCode,
      c.data.step,
    ]);
    assert.deepEqual(kinds, [
      ['accepted', 'cs-center', undefined],
      ['step_started', 'cs-gaj', 'cs-gaj'],
      ['step_started', 'cs-xfj', 'cs-xfj'],
      ['step_completed', 'cs-gaj', 'cs-gaj'],
      ['step_completed', 'cs-xfj', 'cs-xfj'],
      ['decided', 'cs-scj', undefined],
      ['step_completed', 'cs-center', 'issue'],
      ['completed', 'cs-scj', undefined],
    ]);
    const acceptedEvent = (await listCheckpoints(db, 'approval', n))[0]!;
    assert.deepEqual(acceptedEvent.data, {
      promisedDays: 10,
      statutoryDays: 45,
      limitUnit: 'working',
    });
  });

  it('shows a late department: its step clock red while the case clock is still green', async () => {
    const { trackingNumber: n } = await register(joint, 'CS-JOINT');
    const accepted = await acceptCase(db, clock, clerk, n);
    await startJointReview(db, clock, clerk, n);
    clock.set('2026-09-17T09:00:00+08:00');
    await recordOpinion(db, clock, reviewerB, n, {
      orgCode: 'cs-xfj',
      approve: true,
      opinion: '同意',
    });
    // 3 working days after Wed 16 Sep end by Mon 21 Sep; on Tue 22 Sep the review is late.
    clock.set('2026-09-22T09:00:00+08:00');
    const [late, onTime] = await listCaseReviews(db, accepted.id);
    assert.equal((await clockView(late!.clockId)).light, 'red');
    assert.equal((await clockView(onTime!.clockId)).state, 'stopped');
    assert.equal((await clockView(onTime!.clockId)).light, 'green');
    assert.equal((await clockView(accepted.clockId!)).light, 'green');
  });

  it('lets only a reviewer of that department give its opinion', async () => {
    const { trackingNumber: n } = await register(joint, 'CS-JOINT');
    await acceptCase(db, clock, clerk, n);
    await startJointReview(db, clock, clerk, n);
    const error = await rejection(
      recordOpinion(db, clock, reviewerB, n, { orgCode: 'cs-gaj', approve: true, opinion: '同意' }),
    );
    assert.equal(error.kind, 'forbidden');
    const clerkError = await rejection(decideCase(db, clock, clerk, n, { decision: 'approved' }));
    assert.equal(clerkError.kind, 'forbidden');
  });
});

describe('materials at the window (行政许可法第32条)', () => {
  it('refuses acceptance with materials missing, naming every missing one', async () => {
    const { trackingNumber: n } = await register(joint, 'CS-JOINT', [joint.materialIds[0]!]);
    const error = await rejection(acceptCase(db, clock, clerk, n));
    assert.equal(error.kind, 'validation');
    assert.deepEqual(
      error.details.fields?.map((f) => f.vars?.name),
      ['章程', '住所证明'],
    );
    const row = await findCase(db, n);
    assert.equal(row?.state, 'submitted');
    assert.equal(row?.clockId, null);
  });

  it('gives one notice listing every missing material; the clock does not start until acceptance', async () => {
    const { trackingNumber: n } = await register(joint, 'CS-JOINT', [joint.materialIds[1]!]);
    const noticed = await issueNotice(db, clock, clerk, n);
    assert.equal(noticed.state, 'notice');
    assert.deepEqual(
      noticed.missing.map((m) => m.name),
      ['申请书', '住所证明'],
    );
    assert.match(noticed.noticeText!, /1\. 申请书\n2\. 住所证明/);
    assert.equal(noticed.clockId, null);
    const checkpoints = await listCheckpoints(db, 'approval', n);
    assert.deepEqual(
      checkpoints.map((c) => c.kind),
      ['notice'],
    );
    assert.match(String(checkpoints[0]!.data.reason), /申请书/);
    clock.set('2026-09-21T09:00:00+08:00');
    await resubmitCase(db, clock, clerk, n, { provided: joint.materialIds });
    const accepted = await acceptCase(db, clock, clerk, n);
    assert.equal(accepted.acceptedOn, '2026-09-21');
    assert.equal((await clockView(accepted.clockId!)).startOn, '2026-09-21');
  });

  it('counts an application as accepted on receipt when no notice came within 5 days', async () => {
    const { trackingNumber: n } = await register(joint, 'CS-JOINT');
    clock.set('2026-09-28T09:00:00+08:00');
    const accepted = await acceptCase(db, clock, clerk, n);
    assert.equal(accepted.acceptedOn, '2026-09-16');
  });
});

describe('instant items (即办件)', () => {
  it('accepts and completes in one step the same day: stopped and green', async () => {
    const { trackingNumber: n } = await register(instant, 'CS-INSTANT');
    const done = await acceptAndComplete(db, clock, clerk, n, { certificateNumber: 'JB-1' });
    assert.equal(done.state, 'completed');
    assert.equal(done.completedOn, '2026-09-16');
    const view = await clockView(done.clockId!);
    assert.equal(view.state, 'stopped');
    assert.equal(view.light, 'green');
    assert.deepEqual(
      (await listCheckpoints(db, 'approval', n)).map((c) => c.kind),
      ['accepted', 'decided', 'step_completed', 'completed'],
    );
  });

  it('is red the next day when left open after acceptance', async () => {
    const { trackingNumber: n } = await register(instant, 'CS-INSTANT');
    const accepted = await acceptCase(db, clock, clerk, n);
    assert.notEqual((await clockView(accepted.clockId!)).light, 'red');
    clock.set('2026-09-17T09:00:00+08:00');
    assert.equal((await clockView(accepted.clockId!)).light, 'red');
  });

  it('refuses the one-click path for an item that is not instant', async () => {
    const { trackingNumber: n } = await register(joint, 'CS-JOINT');
    const error = await rejection(acceptAndComplete(db, clock, clerk, n));
    assert.equal(error.details.fields?.[0]?.message, 'approvals.cases.error.notInstant');
    assert.equal((await findCase(db, n))?.state, 'submitted');
  });
});

describe('refusal, return and withdrawal', () => {
  it('requires a reason to refuse, and records refusal with its basis', async () => {
    const { trackingNumber: n } = await register(joint, 'CS-JOINT');
    const error = await rejection(refuseCase(db, clock, clerk, n, { reason: '  ' }));
    assert.equal(error.details.fields?.[0]?.field, 'reason');
    const refused = await refuseCase(db, clock, clerk, n, {
      reason: '不属于本机关职权范围',
      legalBasis: '行政许可法第32条第1款第2项',
    });
    assert.equal(refused.state, 'refused');
    const [checkpoint] = await listCheckpoints(db, 'approval', n);
    assert.equal(checkpoint!.kind, 'refused');
    assert.equal(checkpoint!.data.legalBasis, '行政许可法第32条第1款第2项');
  });

  it('requires a reason to return, and stops every clock', async () => {
    const { trackingNumber: n } = await register(joint, 'CS-JOINT');
    const accepted = await acceptCase(db, clock, clerk, n);
    await startJointReview(db, clock, clerk, n);
    const error = await rejection(returnCase(db, clock, officer, n, { reason: '' }));
    assert.equal(error.kind, 'validation');
    const returned = await returnCase(db, clock, officer, n, { reason: '申请事项需补充实地核查' });
    assert.equal(returned.state, 'returned');
    assert.equal((await clockView(accepted.clockId!)).state, 'stopped');
    for (const review of await listCaseReviews(db, accepted.id)) {
      assert.equal((await clockView(review.clockId)).state, 'stopped');
    }
    assert.equal((await listCheckpoints(db, 'approval', n)).at(-1)?.kind, 'returned');
  });

  it('lets the applicant withdraw with the access code, and a clerk on request', async () => {
    const first = await register(joint, 'CS-JOINT');
    const wrong = await rejection(
      withdrawCase(db, clock, system, first.trackingNumber, { accessCode: 'WRONG' }),
    );
    assert.equal(wrong.kind, 'not_found');
    const mine = await withdrawCase(db, clock, system, first.trackingNumber, {
      accessCode: first.accessCode,
    });
    assert.equal(mine.state, 'withdrawn');
    const second = await register(joint, 'CS-JOINT');
    const accepted = await acceptCase(db, clock, clerk, second.trackingNumber);
    await withdrawCase(db, clock, clerk, second.trackingNumber, { reason: '申请人书面申请撤回' });
    assert.equal((await clockView(accepted.clockId!)).state, 'stopped');
    const kinds = (await listCheckpoints(db, 'approval', second.trackingNumber)).map((c) => c.kind);
    assert.deepEqual(kinds, ['accepted', 'withdrawn']);
  });
});

describe('processCase (for business registration)', () => {
  it('runs a case to completion in one transaction with a certificate number computed at issue', async () => {
    const { row } = await processCase(db, clock, system, {
      itemCode: 'CS-JOINT',
      applicant: { ...applicant, type: 'business', name: '清原测试有限公司' },
      windowId,
      certificateNumber: async (_trx, caseRow) => `CODE-${caseRow.trackingNumber}`,
    });
    assert.equal(row.state, 'completed');
    assert.equal(row.certificateNumber, `CODE-${row.trackingNumber}`);
  });
});
