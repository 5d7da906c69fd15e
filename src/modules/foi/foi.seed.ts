/**
 * Demo requests: over last year and this year, for several orgs, in every outcome and every state,
 * through the same services staff use — so the clocks, the timeline, the audit log and the annual
 * report all have real, checkable numbers. Deterministic for a given day; idempotent.
 */
import { sql, type Kysely } from 'kysely';
import { loadCalendar, type Calendar } from '../../platform/calendar/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import type { Seeder } from '../../platform/seed/index.ts';
import { getOrgByCode } from '../accounts/index.ts';
import {
  archiveRequest,
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
import { recordReview } from './foi-reviews.service.ts';
import {
  applicantTypes,
  correctionLapsedOutcome,
  feeLapsedOutcome,
  outcomes,
} from './foi.model.ts';
import type { ApplicationInput } from './foi.schemas.ts';
import { receiveRequest } from './foi.service.ts';

const ctx = systemContext('seed-demo');
const demoCount = 44;
const orgCodes = ['xzfb', 'mzj', 'jyj', 'zrzyj', 'qyz'];
const subjects = [
  '本县2024年城乡居民最低生活保障资金发放情况',
  '某小区旧城改造项目的房屋征收补偿方案',
  '县教育局2025年中小学校舍维修工程招标文件',
  '清原镇农村土地承包经营权流转合同备案情况',
  '县自然资源局某地块土地出让批复',
  '2025年县本级部门预算中三公经费明细',
];
/** Resident IDs with a right check digit (fictitious people) and valid credit codes from the vectors. */
const personIds = ['11010519491231002X', '210423198803150013', '210423197501010037'];
const orgCodesCredit = ['91330100716105852F', '91440300708461136T', '12100000425006133D'];

function applicationFor(i: number): ApplicationInput {
  const type = applicantTypes[i % 11 < 6 ? 0 : (i % 5) + 1]!;
  const person = type === 'person';
  return {
    applicant: {
      type,
      name: person
        ? ['王秀英', '李建国', '赵丽'][i % 3]!
        : ['清原某农业公司', '某大学研究所', '某公益协会'][i % 3]!,
      idType: person ? 'resident_id' : 'credit_code',
      idNumber: person ? personIds[i % 3]! : orgCodesCredit[i % 3]!,
      phone: `024-5503${String(1000 + i).slice(-4)}`,
      address: i % 4 === 0 ? '清原镇人民路 1 号' : '',
    },
    description: `请公开${subjects[i % subjects.length]}`,
    form: i % 3 === 0 ? 'paper' : 'electronic',
    delivery: i % 4 === 0 ? 'post' : 'online',
  };
}

type Step = (tracking: string) => Promise<unknown>;

/** The path of demo request i: its steps, each dated in working days after receipt. */
function pathOf(
  i: number,
  calendar: Calendar,
  receivedOn: string,
  today: string,
  db: Kysely<unknown>,
  clock: Clock,
): Step[] {
  const day = (n: number) => calendar.addWorkingDays(receivedOn, n).value;
  const fits = (n: number) => day(n) <= today;
  const outcome = outcomes[i % outcomes.length]!;
  const reply =
    (n: number, chosen = outcome): Step =>
    (t) =>
      replyToRequest(db, clock, ctx, t, {
        on: day(n),
        outcome: chosen,
        legalBasis: chosen === '予以公开' ? '' : '条例第36条',
        text: `关于您申请的政府信息，答复如下：${chosen}。`,
      });
  // The newest requests wait: for a correction, another agency, a payment; one is just in.
  const waiting: Record<number, Step> = {
    [demoCount - 1]: (t) =>
      noticeCorrection(db, clock, ctx, t, { on: day(1), note: '请补充申请人身份证明复印件' }),
    [demoCount - 2]: (t) =>
      startConsultation(db, clock, ctx, t, { on: day(1), party: 'other_agency' }),
    [demoCount - 3]: (t) =>
      noticeFee(db, clock, ctx, t, { on: day(1), basis: 'perVolume', units: 60 }),
  };
  if (waiting[i] && fits(1)) return [waiting[i]];
  if (i === demoCount - 4) return []; // just received: being handled
  const steps: Step[] = [];
  let last = 0;
  if ((chosenPath(i) === 'correction' || outcome === correctionLapsedOutcome) && fits(12)) {
    steps.push((t) =>
      noticeCorrection(db, clock, ctx, t, { on: day(3), note: '请写明所需信息的年份和范围' }),
    );
    if (outcome === correctionLapsedOutcome) return [...steps, reply(12)];
    steps.push((t) => receiveCorrection(db, clock, ctx, t, { on: day(6) }));
    last = 6;
  }
  if (chosenPath(i) === 'consultation' && fits(16)) {
    steps.push((t) => startConsultation(db, clock, ctx, t, { on: day(2), party: 'third_party' }));
    steps.push((t) => endConsultation(db, clock, ctx, t, { on: day(9) }));
    last = 9;
  }
  if (chosenPath(i) === 'extension' && fits(24)) {
    last = 15;
    steps.push((t) =>
      extendRequest(db, clock, ctx, t, {
        on: day(15),
        days: 10,
        approver: '县政府办公室主任',
        reason: '涉及档案调取',
      }),
    );
  }
  if (outcome === feeLapsedOutcome && fits(24)) {
    return [
      (t) => noticeFee(db, clock, ctx, t, { on: day(2), basis: 'perVolume', units: 150 }),
      reply(24),
    ];
  }
  if (chosenPath(i) === 'fee' && fits(12)) {
    steps.push((t) => noticeFee(db, clock, ctx, t, { on: day(2), basis: 'perVolume', units: 60 }));
    steps.push((t) => receiveFee(db, clock, ctx, t, { on: day(5) }));
    last = 5;
  }
  const replyDay = Math.max(8 + (i % 14), last + 1);
  if (!fits(replyDay + 3) || outcome === correctionLapsedOutcome || outcome === feeLapsedOutcome)
    return steps;
  steps.push(reply(replyDay));
  if (i % 3 !== 0)
    steps.push((t) => deliverReply(db, clock, ctx, t, { on: day(replyDay + 1), method: 'online' }));
  if (i % 3 === 1)
    steps.push((t) =>
      archiveRequest(db, clock, ctx, t, {
        on: day(replyDay + 2),
        archiveNumber: `GK-${receivedOn.slice(0, 4)}-${String(i).padStart(3, '0')}`,
      }),
    );
  return steps;
}

function chosenPath(i: number): 'plain' | 'correction' | 'consultation' | 'extension' | 'fee' {
  return (['plain', 'correction', 'consultation', 'plain', 'extension', 'fee', 'plain'] as const)[
    i % 7
  ]!;
}

export const demoFoiSeeder: Seeder = {
  name: 'foi.requests',
  after: ['accounts.orgs'],
  async run({ db, clock, notes }) {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from foi_requests where is_demo`.execute(db);
    if ((rows[0]?.n ?? 0) > 0) return;
    const calendar = await loadCalendar(db);
    const today = localDateOf(clock.now());
    const orgs = await Promise.all(orgCodes.map((code) => getOrgByCode(db as never, code)));
    const start = `${Number(today.slice(0, 4)) - 1}-01-05`;
    const span = calendar.workingDaysBetween(start, today).value;
    for (let i = 0; i < demoCount; i++) {
      const receivedOn = calendar.addWorkingDays(start, Math.floor((span * i) / demoCount)).value;
      const receipt = await receiveRequest(db, clock, ctx, applicationFor(i), {
        channel: i % 5 === 0 ? 'post' : 'online',
        receivedOn,
        orgId: orgs[i % orgs.length]!.id,
        isDemo: true,
      });
      for (const step of pathOf(i, calendar, receivedOn, today, db as Kysely<unknown>, clock))
        await step(receipt.trackingNumber);
      const filedOn = calendar.addWorkingDays(receivedOn, 30).value;
      const decidedOn = calendar.addWorkingDays(filedOn, 40).value;
      if (i % 9 === 4 && filedOn <= today) {
        await recordReview(db, clock, ctx, receipt.trackingNumber, {
          kind: i % 2 === 0 ? 'reconsideration' : 'litigation_direct',
          filedOn,
          ...(decidedOn <= today
            ? { result: i % 4 === 0 ? 'corrected' : 'upheld', decidedOn }
            : { result: 'pending' }),
        });
      }
    }
    notes.push(`依申请公开演示数据 Demo information requests: ${demoCount}`);
  },
};
