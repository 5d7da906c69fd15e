import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { loadCalendar } from '../../platform/calendar/index.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { readClock } from '../deadlines/index.ts';
import { computeAnnualReport } from './annual-report.ts';
import { computeFoiStatistics } from './foi-statistics.ts';
import {
  archiveRequest,
  assignRequest,
  deliverReply,
  endConsultation,
  extendRequest,
  noticeCorrection,
  noticeFee,
  receiveCorrection,
  receiveFee,
  replyToRequest,
  startConsultation,
} from './foi-handling.service.ts';
import { feeLapsedOutcome } from './foi.model.ts';
import type { ApplicationInput } from './foi.schemas.ts';
import { receiveRequest } from './foi.service.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
const clock = fixedClock('2026-01-31T10:00:00+08:00');
const ctx = systemContext('foi-test');

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

const received = (receivedOn: string, applicant: Partial<ApplicationInput['applicant']> = {}) =>
  receiveRequest(
    db,
    clock,
    ctx,
    { ...application, applicant: { ...application.applicant, ...applicant } },
    {
      channel: 'post',
      receivedOn,
    },
  );

async function clockOf(trackingNumber: string) {
  const row = await (db as Kysely<{ foiRequests: { trackingNumber: string; clockId: number } }>)
    .selectFrom('foiRequests')
    .select('clockId')
    .where('trackingNumber', '=', trackingNumber)
    .executeTakeFirstOrThrow();
  return readClock(db, clock, row.clockId);
}

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  await createTestOrg(db, 'foi-county');
});
after(() => database.close());

describe('receiving a request', () => {
  it('gives a tracking number, an access code and the due date across 国庆 (条例第33条)', async () => {
    const receipt = await received('2025-09-26');
    assert.match(receipt.trackingNumber, /^2025-\d{4}-\d{4}$/);
    assert.match(receipt.accessCode, /^[A-Z2-9]{8}$/);
    assert.equal(receipt.dueOn, '2025-10-30');
  });

  it('refuses a resident ID with a wrong check digit, naming the field', async () => {
    await assert.rejects(
      received('2025-09-26', { idNumber: '110105194912310021' }),
      (error: { kind: string; details: { fields: { field: string; message: string }[] } }) => {
        assert.equal(error.kind, 'validation');
        assert.deepEqual(error.details.fields, [
          { field: 'applicant.idNumber', message: 'foi.error.residentId' },
        ]);
        return true;
      },
    );
  });
});

describe('handling a request', () => {
  it('a correction notice pauses the clock and the corrected request restarts it (条例第30条)', async () => {
    const { trackingNumber } = await received('2025-09-26');
    await noticeCorrection(db, clock, ctx, trackingNumber, {
      on: '2025-09-30',
      note: '请说明所需信息的年份',
    });
    await assert.rejects(
      noticeCorrection(db, clock, ctx, trackingNumber, { on: '2025-10-09', note: 'x' }),
      { code: 'foi_wrong_state' },
    );
    await receiveCorrection(db, clock, ctx, trackingNumber, { on: '2025-10-09' });
    const { view } = await clockOf(trackingNumber);
    // 20 working days from 10-09, counting the make-up Saturday 10-11.
    assert.equal(view.dueOn, '2025-11-05');
    await assert.rejects(
      noticeCorrection(db, clock, ctx, trackingNumber, { on: '2025-10-10', note: 'x' }),
      /只能告知一次/,
    );
  });

  it('refuses a correction notice later than 7 working days after receipt', async () => {
    const { trackingNumber } = await received('2025-09-26');
    // 7 working days after 09-26 across 国庆 (09-28 make-up Sunday counts): 10-13.
    await assert.rejects(
      noticeCorrection(db, clock, ctx, trackingNumber, { on: '2025-10-14', note: '补充材料' }),
      /2025-10-13/,
    );
  });

  it('a consultation pauses the clock: the vector with a pause, due 2025-04-14', async () => {
    const { trackingNumber } = await received('2025-03-03');
    const consulting = await startConsultation(db, clock, ctx, trackingNumber, {
      on: '2025-03-10',
      party: 'third_party',
    });
    assert.equal(consulting.state, 'consulting');
    await endConsultation(db, clock, ctx, trackingNumber, { on: '2025-03-21' });
    const { view, row } = await clockOf(trackingNumber);
    assert.equal(view.dueOn, '2025-04-14');
    assert.equal(row.dueOn, '2025-04-14');
  });

  it('one extension of at most 20 working days (条例第33条)', async () => {
    const { trackingNumber } = await received('2025-09-26');
    await extendRequest(db, clock, ctx, trackingNumber, {
      on: '2025-10-20',
      days: 20,
      approver: '公开办主任',
      reason: '需调取档案',
    });
    const calendar = await loadCalendar(db);
    assert.equal(
      (await clockOf(trackingNumber)).view.dueOn,
      calendar.addWorkingDays('2025-09-26', 40).value,
    );
    await assert.rejects(
      extendRequest(db, clock, ctx, trackingNumber, {
        on: '2025-10-21',
        days: 5,
        approver: 'x',
        reason: 'y',
      }),
      { code: 'clock_extension_limit' },
    );
  });

  it('an unpaid fee after 20 working days closes the request as the report counts it (109号)', async () => {
    const { trackingNumber } = await received('2025-12-01', {
      type: 'business',
      idType: 'credit_code',
      idNumber: '91330100716105852F',
      name: '某公司',
    });
    const noticed = await noticeFee(db, clock, ctx, trackingNumber, {
      on: '2025-12-05',
      basis: 'perVolume',
      units: 150,
    });
    const request = await (
      db as Kysely<{ foiRequests: { trackingNumber: string; feeAmount: number; feeDueOn: string } }>
    )
      .selectFrom('foiRequests')
      .select(['feeAmount', 'feeDueOn'])
      .where('trackingNumber', '=', trackingNumber)
      .executeTakeFirstOrThrow();
    assert.equal(noticed.state, 'awaiting_fee');
    assert.equal(request.feeAmount, 1700);
    // Across 元旦 2026 (01-01..01-03 off, Sunday 01-04 worked).
    assert.equal(request.feeDueOn, '2026-01-05');
    const lapse = {
      outcome: feeLapsedOutcome,
      legalBasis: '国办函〔2020〕109号',
      text: '逾期未缴费，不再处理。',
    };
    await assert.rejects(
      replyToRequest(db, clock, ctx, trackingNumber, { ...lapse, on: '2026-01-05' }),
      /届满后/,
    );
    await assert.rejects(receiveFee(db, clock, ctx, trackingNumber, { on: '2026-01-06' }), /届满/);
    const closed = await replyToRequest(db, clock, ctx, trackingNumber, {
      ...lapse,
      on: '2026-01-06',
    });
    assert.equal(closed.state, 'replied');
  });

  it('assignment moves the request and its clock to the handling org', async () => {
    const { trackingNumber } = await received('2025-10-09');
    const department = await createTestOrg(db, 'foi-dept');
    const moved = await assignRequest(db, clock, ctx, trackingNumber, department);
    assert.equal(moved.state, 'open');
    const { row } = await clockOf(trackingNumber);
    assert.equal(row.orgId, department);
  });

  it('replies, delivers, archives, and then refuses another reply', async () => {
    const { trackingNumber } = await received('2025-10-09');
    await assert.rejects(
      deliverReply(db, clock, ctx, trackingNumber, { on: '2025-10-10', method: 'online' }),
      {
        code: 'foi_wrong_state',
      },
    );
    await assert.rejects(
      replyToRequest(db, clock, ctx, trackingNumber, {
        on: '2025-10-20',
        outcome: '不予公开.属于国家秘密',
        legalBasis: ' ',
        text: 'x',
      }),
      /法律依据/,
    );
    await replyToRequest(db, clock, ctx, trackingNumber, {
      on: '2025-10-20',
      outcome: '予以公开',
      legalBasis: '条例第36条第（二）项',
      text: '现予公开。',
    });
    await deliverReply(db, clock, ctx, trackingNumber, { on: '2025-10-21', method: 'online' });
    await archiveRequest(db, clock, ctx, trackingNumber, {
      on: '2025-10-22',
      archiveNumber: 'GK-2025-001',
    });
    await assert.rejects(
      replyToRequest(db, clock, ctx, trackingNumber, {
        on: '2025-10-23',
        outcome: '予以公开',
        legalBasis: '',
        text: '',
      }),
      { code: 'foi_wrong_state' },
    );
    const { view } = await clockOf(trackingNumber);
    assert.deepEqual([view.state, view.light], ['stopped', 'green']);
  });
});

describe('the annual report from these requests', () => {
  it('counts 2025 and passes every 勾稽 check', async () => {
    const report = await computeAnnualReport(db, 2025);
    const value = (label: string) =>
      report.applications.rows.find((r) => r.label === label)!.values;
    assert.deepEqual(
      report.checks.filter((c) => !c.ok),
      [],
    );
    assert.equal(value('一、本年新收政府信息公开申请数量').at(-1), 8);
    assert.equal(value('（一）予以公开').at(-1), 1);
    assert.equal(value('（七）总计').at(-1), 1);
    // Everything not replied in 2025 is carried over, the business's fee case included.
    assert.equal(value('四、结转下年度继续办理').at(-1), 7);
    assert.equal(value('四、结转下年度继续办理')[1], 1);
    const next = await computeAnnualReport(db, 2026);
    assert.equal(next.applications.rows[1]!.values.at(-1), 7);
    assert.equal(
      next.applications.rows.find(
        (r) =>
          r.label === '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      )!.values[1],
      1,
    );
    assert.deepEqual(
      next.checks.filter((c) => !c.ok),
      [],
    );
  });
});

describe('public statistics from these requests', () => {
  it('count received and replied, the on-time rate and the median working days, hiding small numbers', async () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const shown = await computeFoiStatistics(db, year, 1);
    assert.equal(shown.county.received, 8);
    assert.equal(shown.county.replied, 1);
    assert.equal(shown.county.onTimeRate, 1);
    // Received 10-09, replied 10-20: 10-10, Saturday 10-11 (make-up day), 10-13..10-17, 10-20.
    assert.equal(shown.county.medianDays, 8);
    assert.equal(shown.county.outcomes['予以公开'], 1);
    const hidden = await computeFoiStatistics(db, year);
    assert.equal(hidden.county.onTimeRate, null);
    assert.equal(hidden.county.medianDays, null);
    assert.equal(hidden.county.replied, 1);
  });
});
