import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { listCheckpoints, type CheckpointRecord } from '../../platform/checkpoints/index.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { checkpointOfClockEvent } from './foi-checkpoints.ts';
import {
  assignRequest,
  extendRequest,
  noticeCorrection,
  noticeFee,
  receiveCorrection,
  receiveFee,
  replyToRequest,
} from './foi-handling.service.ts';
import { correctionLapsedOutcome, feeLapsedOutcome, outcomes } from './foi.model.ts';
import type { ApplicationInput } from './foi.schemas.ts';
import { receiveRequest } from './foi.service.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
let orgId: number;
let otherOrgId: number;
const clock = fixedClock('2026-01-31T10:00:00+08:00');
const ctx = systemContext('foi-checkpoints-test');

const application: ApplicationInput = {
  applicant: {
    type: 'person',
    name: '张三',
    idType: 'resident_id',
    idNumber: '11010519491231002X',
    phone: '13800000000',
  },
  description: '请公开本县2024年城乡低保资金发放情况',
  form: 'electronic',
  delivery: 'online',
};

const receive = async (receivedOn: string) =>
  (await receiveRequest(db, clock, ctx, application, { channel: 'post', receivedOn, orgId }))
    .trackingNumber;

/** The checkpoints as comparable facts: kind, date, org and the kind's own fields. */
async function checkpointsOf(trackingNumber: string) {
  const rows = await listCheckpoints(db, 'foi', trackingNumber);
  return rows.map((r: CheckpointRecord) => ({
    kind: r.kind,
    on: r.onDate,
    org: r.orgCode,
    data: r.data,
    rest: [r.source, r.matterType, r.matterId, r.itemCode],
  }));
}

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  orgId = await createTestOrg(db, 'foi-cp-county');
  otherOrgId = await createTestOrg(db, 'foi-cp-mzj');
});
after(() => database.close());

describe('an information request’s checkpoints', () => {
  it('receipt, a correction notice and the reply: accepted, paused, completed — nothing else', async () => {
    const t = await receive('2025-09-26');
    await noticeCorrection(db, clock, ctx, t, { on: '2025-09-30', note: '请说明所需信息的年份' });
    await replyToRequest(db, clock, ctx, t, {
      on: '2025-10-20',
      outcome: '不予公开.属于国家秘密',
      legalBasis: '条例第14条',
      text: '不予公开。',
    });
    const rest = ['sunshine', 'foi', t, null];
    assert.deepEqual(await checkpointsOf(t), [
      {
        kind: 'accepted',
        on: '2025-09-26',
        org: 'foi-cp-county',
        data: { promisedDays: 20, statutoryDays: 20, limitUnit: 'working' },
        rest,
      },
      {
        kind: 'paused',
        on: '2025-09-30',
        org: 'foi-cp-county',
        data: { reason: '等待申请人补正', legalBasis: '条例第30条' },
        rest,
      },
      {
        kind: 'completed',
        on: '2025-10-20',
        org: 'foi-cp-county',
        data: { reason: '不予公开.属于国家秘密', legalBasis: '条例第14条' },
        rest,
      },
    ]);
  });

  it('a step on today is at the step’s instant; the org is the handling org after assignment', async () => {
    const t = await receive('2026-01-31');
    await assignRequest(db, clock, ctx, t, otherOrgId);
    await extendRequest(db, clock, ctx, t, {
      on: '2026-01-31',
      days: 10,
      approver: '公开办主任',
      reason: '需调取档案',
    });
    const rows = await listCheckpoints(db, 'foi', t);
    assert.deepEqual(
      rows.map((r) => [r.kind, r.orgCode, r.at.toISOString()]),
      [
        ['accepted', 'foi-cp-county', '2026-01-31T02:00:00.000Z'],
        ['extended', 'foi-cp-mzj', '2026-01-31T02:00:00.000Z'],
      ],
    );
    assert.deepEqual(rows[1]!.data, { days: 10, reason: '需调取档案' });
  });

  it('a correction received resumes; a lapsed correction is a withdrawal (视为放弃申请, 条例第30条)', async () => {
    const resumed = await receive('2025-09-26');
    await noticeCorrection(db, clock, ctx, resumed, { on: '2025-09-30', note: '请补充' });
    await receiveCorrection(db, clock, ctx, resumed, { on: '2025-10-09' });
    const lapsed = await receive('2025-09-26');
    await noticeCorrection(db, clock, ctx, lapsed, { on: '2025-09-30', note: '请补充' });
    await replyToRequest(db, clock, ctx, lapsed, {
      on: '2025-11-10',
      outcome: correctionLapsedOutcome,
      legalBasis: '条例第30条',
      text: '视为放弃申请。',
    });
    const kinds = async (t: string) => (await checkpointsOf(t)).map((c) => [c.kind, c.data]);
    assert.deepEqual((await kinds(resumed)).slice(2), [
      ['resumed', { reason: '补正后重新起算（条例第30条）' }],
    ]);
    assert.deepEqual((await kinds(lapsed)).slice(2), [
      ['withdrawn', { reason: '申请人逾期不补正，视为放弃申请', legalBasis: '条例第30条' }],
    ]);
  });

  it('a fee notice pauses and the payment resumes with the fee charged (国办函〔2020〕109号)', async () => {
    const t = await receive('2025-03-03');
    await noticeFee(db, clock, ctx, t, { on: '2025-03-05', basis: 'perVolume', units: 150 });
    await receiveFee(db, clock, ctx, t, { on: '2025-03-10' });
    const rows = (await checkpointsOf(t)).slice(1).map((c) => [c.kind, c.on, c.data]);
    assert.equal(rows.length, 3);
    assert.deepEqual(rows.slice(0, 2), [
      ['paused', '2025-03-05', { reason: '等待申请人缴纳费用', legalBasis: '国办函〔2020〕109号' }],
      ['resumed', '2025-03-10', {}],
    ]);
    const [kind, on, data] = rows[2]!;
    assert.deepEqual([kind, on], ['fee_charged', '2025-03-10']);
    assert.ok((data as { amount: number }).amount > 0);
  });

  it('every reply outcome completes the request except the two deemed withdrawals', () => {
    const kinds = outcomes.map(
      (outcome) =>
        [
          outcome,
          checkpointOfClockEvent({ kind: 'stop', on: '2025-10-20', outcome })?.kind,
        ] as const,
    );
    const withdrawn = kinds.filter(([, kind]) => kind === 'withdrawn').map(([o]) => o);
    assert.deepEqual(withdrawn, [correctionLapsedOutcome, feeLapsedOutcome]);
    assert.ok(kinds.every(([, kind]) => kind === 'withdrawn' || kind === 'completed'));
  });
});
