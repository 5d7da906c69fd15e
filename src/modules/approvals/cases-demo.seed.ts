/**
 * `demo-approval-cases`: the demo county's year of cases (cases-demo.plan.ts), written in bulk —
 * clocks through the deadlines module's importClocks, then cases, reviews, timeline, materials
 * and checkpoints each in one statement from unnested arrays — so it takes well under two
 * seconds on PGlite. The rows are the ones the case services would have written, marked
 * is_demo; one audit record stands for the import (not one per step). Idempotent: nothing is
 * done when demo cases exist.
 */
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { loadCalendar, type Calendar } from '../../platform/calendar/index.ts';
import { emitCheckpoints, type CheckpointInput } from '../../platform/checkpoints/index.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import type { Seeder } from '../../platform/seed/index.ts';
import { accessCodeHash } from '../../platform/identifiers/index.ts';
import { cachedCalendar, importClocks, type ImportedClock } from '../deadlines/index.ts';
import { planCases, type CasePlan } from './cases-demo.plan.ts';
import { loadDemoPlaces } from './cases-demo.queries.ts';
import { certificateOf, clocksOf, demoAt, noticeTextOf, stepsOf } from './cases-demo.rows.ts';

export const demoCaseCount = 3000;

interface Written {
  plan: CasePlan;
  trackingNumber: string;
  clockId: number | null;
  issueClockId: number | null;
  reviewClockIds: number[];
}

async function trackingNumbers(db: Kysely<unknown>, plans: CasePlan[]): Promise<string[]> {
  const { rows } = await sql<{ n: number }>`select nextval('approvals_case_number_seq')::int as n
    from generate_series(1, ${plans.length}::int) order by 1`.execute(db);
  return plans.map(
    (p, i) => `SP${p.receivedOn.slice(0, 4)}-${String(rows[i]!.n).padStart(6, '0')}`,
  );
}

/** Every clock of every case in one import; returns the ids back on each case. */
async function writeClocks(
  db: Kysely<unknown>,
  calendar: Calendar,
  today: string,
  plans: CasePlan[],
  numbers: string[],
): Promise<Written[]> {
  const all: ImportedClock[] = [];
  const slots = plans.map((plan, i) => {
    const clocks = clocksOf(plan, numbers[i]!);
    const at = (clock: ImportedClock | null) => (clock ? all.push(clock) - 1 : -1);
    return {
      caseClock: at(clocks.caseClock),
      issueClock: at(clocks.issueClock),
      reviews: clocks.reviewClocks.map((c) => at(c)),
    };
  });
  const ctx = systemContext('演示数据 demo');
  const ids = (await importClocks(db, ctx, all, { today, recordedAt: demoAt, calendar })).map(
    (r) => r.id,
  );
  const idAt = (slot: number) => (slot < 0 ? null : ids[slot]!);
  return plans.map((plan, i) => ({
    plan,
    trackingNumber: numbers[i]!,
    clockId: idAt(slots[i]!.caseClock),
    issueClockId: idAt(slots[i]!.issueClock),
    reviewClockIds: slots[i]!.reviews.map((s) => ids[s]!),
  }));
}

async function writeCases(db: Kysely<unknown>, written: Written[]): Promise<number[]> {
  const col = <T>(pick: (w: Written, p: CasePlan) => T) => written.map((w) => pick(w, w.plan));
  const { rows } = await sql<{ id: string; trackingNumber: string }>`
    insert into approvals_cases (tracking_number, access_code_hash, item_id, org_id, center_org_id,
      window_id, channel, applicant_type, applicant_name, id_number, phone, state, clock_id,
      issue_clock_id, is_instant, is_joint, promised_days, statutory_days, received_on, noticed_on,
      notice_text, accepted_on, decision, decision_reason, decided_on, certificate_number,
      issued_on, completed_on, closed_on, close_reason, legal_basis, is_demo, created_at)
    select t.*, true, (received_on::text || 'T09:30:00+08:00')::timestamptz
    from unnest(${col((w) => w.trackingNumber)}::text[],
      ${col((w) => accessCodeHash(w.trackingNumber, crypto.randomBytes(6).toString('hex')))}::text[],
      ${col((_, p) => p.place.item.id)}::bigint[], ${col((_, p) => p.place.item.orgId)}::bigint[],
      ${col((_, p) => p.place.centerOrgId)}::bigint[], ${col((_, p) => p.place.windowId)}::bigint[],
      ${col((_, p) => p.channel)}::text[], ${col((_, p) => p.applicant.type)}::text[],
      ${col((_, p) => p.applicant.name)}::text[], ${col((_, p) => p.applicant.idNumber)}::text[],
      ${col((_, p) => p.applicant.phone)}::text[], ${col((_, p) => p.state)}::text[],
      ${col((w) => w.clockId)}::bigint[], ${col((w) => w.issueClockId)}::bigint[],
      ${col((_, p) => p.place.item.promisedDays === 0)}::boolean[],
      ${col((_, p) => p.place.item.reviewOrgs.length > 0)}::boolean[],
      ${col((_, p) => p.place.item.promisedDays)}::int[],
      ${col((_, p) => p.place.item.statutoryDays)}::int[],
      ${col((_, p) => p.receivedOn)}::date[], ${col((_, p) => p.noticedOn)}::date[],
      ${col((_, p) => (p.noticedOn ? noticeTextOf(p) : ''))}::text[],
      ${col((_, p) => p.acceptedOn)}::date[], ${col((_, p) => p.decision)}::text[],
      ${col((_, p) => p.decisionReason)}::text[], ${col((_, p) => p.decidedOn)}::date[],
      ${col((w, p) => certificateOf(p, w.trackingNumber))}::text[],
      ${col((_, p) => p.issuedOn)}::date[], ${col((_, p) => p.completedOn)}::date[],
      ${col((_, p) => p.closedOn)}::date[], ${col((_, p) => p.closeReason)}::text[],
      ${col((_, p) => p.legalBasis)}::text[])
      as t(tracking_number, access_code_hash, item_id, org_id, center_org_id, window_id, channel,
        applicant_type, applicant_name, id_number, phone, state, clock_id, issue_clock_id,
        is_instant, is_joint, promised_days, statutory_days, received_on, noticed_on, notice_text,
        accepted_on, decision, decision_reason, decided_on, certificate_number, issued_on,
        completed_on, closed_on, close_reason, legal_basis)
    returning id, tracking_number as "trackingNumber"`.execute(db);
  const idOf = new Map(rows.map((r) => [r.trackingNumber, Number(r.id)]));
  return written.map((w) => idOf.get(w.trackingNumber)!);
}

async function writeReviews(db: Kysely<unknown>, written: Written[], caseIds: number[]) {
  const rows = written.flatMap((w, i) =>
    w.plan.reviews.map((r, n) => ({ ...r, caseId: caseIds[i]!, clockId: w.reviewClockIds[n]! })),
  );
  if (rows.length === 0) return;
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
  await sql`insert into approvals_case_reviews (case_id, org_id, position, step_days, clock_id,
      state, opinion, reviewer_name, started_on, finished_on)
    select case_id, org_id, position, step_days, clock_id,
      case when finished_on is null then 'pending' else 'approved' end,
      case when finished_on is null then '' else '同意' end,
      case when finished_on is null then '' else '并联审查人员' end, started_on, finished_on
    from unnest(${col((r) => r.caseId)}::bigint[], ${col((r) => r.orgId)}::bigint[],
      ${col((r) => r.position)}::int[], ${col((r) => r.stepDays)}::int[],
      ${col((r) => r.clockId)}::bigint[], ${col((r) => r.startedOn)}::date[],
      ${col((r) => r.finishedOn)}::date[])
      as t(case_id, org_id, position, step_days, clock_id, started_on, finished_on)`.execute(db);
}

async function writeMaterials(db: Kysely<unknown>, written: Written[], caseIds: number[]) {
  const rows = written.flatMap((w, i) => {
    const missing = w.plan.noticedOn ? w.plan.place.item.materials.find((m) => m.isRequired) : null;
    return w.plan.place.item.materials.map((m) => ({
      ...m,
      caseId: caseIds[i]!,
      provided: m !== missing,
    }));
  });
  if (rows.length === 0) return;
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
  await sql`insert into approvals_case_materials (case_id, material_id, name, is_required, provided)
    select * from unnest(${col((r) => r.caseId)}::bigint[], ${col((r) => r.id)}::bigint[],
      ${col((r) => r.name)}::text[], ${col((r) => r.isRequired)}::boolean[],
      ${col((r) => r.provided)}::boolean[])`.execute(db);
}

async function writeSteps(
  db: Kysely<unknown>,
  calendar: Calendar,
  written: Written[],
  caseIds: number[],
) {
  const timeline: { caseId: number; kind: string; on: string; note: string; actorName: string }[] =
    [];
  const checkpoints: CheckpointInput[] = [];
  written.forEach((w, i) => {
    const { caseClock } = clocksOf(w.plan, w.trackingNumber);
    const steps = stepsOf(w.plan, w.trackingNumber, calendar, caseClock);
    for (const row of steps.timeline) timeline.push({ ...row, caseId: caseIds[i]! });
    for (const { on, ...checkpoint } of steps.checkpoints) {
      checkpoints.push({
        ...checkpoint,
        matterType: 'approval',
        matterId: w.trackingNumber,
        itemCode: w.plan.place.item.code,
        at: demoAt(on),
      });
    }
  });
  const col = <T>(pick: (r: (typeof timeline)[number]) => T) => timeline.map(pick);
  await sql`insert into approvals_case_events (case_id, kind, on_date, note, is_public, actor_name, at)
    select case_id, kind, on_date, note, true, actor_name, (on_date::text || 'T10:00:00+08:00')::timestamptz
    from unnest(${col((r) => r.caseId)}::bigint[], ${col((r) => r.kind)}::text[],
      ${col((r) => r.on)}::date[], ${col((r) => r.note)}::text[], ${col((r) => r.actorName)}::text[])
      with ordinality as t(case_id, kind, on_date, note, actor_name, n)
    order by n`.execute(db);
  await emitCheckpoints(db, checkpoints);
}

export async function seedDemoCases(
  db: Kysely<unknown>,
  now: Date,
  count = demoCaseCount,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from approvals_cases
    where is_demo`.execute(db);
  if ((rows[0]?.n ?? 0) > 0) return 0;
  const places = await loadDemoPlaces(db);
  if (places.places.length === 0 || !places.onlineCenter) return 0;
  return db.transaction().execute(async (trx) => {
    const calendar = cachedCalendar(await loadCalendar(trx));
    const today = localDateOf(now);
    const plans = planCases({
      calendar,
      today,
      places: places.places,
      onlineCenter: places.onlineCenter!,
      count,
    });
    const numbers = await trackingNumbers(trx, plans);
    const written = await writeClocks(trx, calendar, today, plans, numbers);
    const caseIds = await writeCases(trx, written);
    await writeReviews(trx, written, caseIds);
    await writeMaterials(trx, written, caseIds);
    await writeSteps(trx, calendar, written, caseIds);
    return plans.length;
  });
}

/** About 3,000 cases over the year before today, at the demo windows. */
export const demoCasesSeeder: Seeder = {
  name: 'demo-approval-cases',
  after: ['demo-approval-items', 'demo-windows'],
  run: async ({ db, clock }) => {
    await seedDemoCases(db, clock.now());
  },
};
