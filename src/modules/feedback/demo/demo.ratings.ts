/**
 * The demo's ratings (好差评, 国办发〔2019〕51号) on first replies; a bad rating's rectification
 * with its 15-working-day clock (`rectification:<ratingId>`, stopped when rectified) and the
 * call-back, in a few statements.
 */
import { sql, type Kysely } from 'kysely';
import type { Calendar, LocalDate } from '../../../platform/calendar/index.ts';
import { systemContext } from '../../../platform/http/index.ts';
import { importClocks, workingDaysRule, type ImportedClock } from '../../deadlines/index.ts';
import { appealMatterType, clockPurposes } from '../feedback.model.ts';
import { demoAt, type DemoContext } from './demo.rows.ts';
import type { Written } from './demo.seed.ts';
import { rectificationTexts } from './demo.texts.ts';

const iso = (on: LocalDate, hm: string) => demoAt(on, hm).toISOString();

/** The ids the history names, by appeal id. */
export type RatingRefs = Map<
  number,
  { ratingId: number; rectificationId?: number; callbackId?: number }
>;

export async function writeRatings(
  db: Kysely<unknown>,
  calendar: Calendar,
  today: LocalDate,
  written: Written[],
  ids: number[],
  c: DemoContext,
): Promise<RatingRefs> {
  const refs: RatingRefs = new Map();
  const rated = written.flatMap((w, i) => (w.plan.rating ? [{ w, appealId: ids[i]! }] : []));
  if (rated.length === 0) return refs;
  const col = <T>(pick: (r: (typeof rated)[number]) => T) => rated.map(pick);
  const { rows } = await sql<{ id: string; appealId: string }>`
    insert into feedback_ratings (appeal_id, reply_id, level, comment, at, on_date)
    select t.appeal_id, r.id, t.level, t.comment, t.at, (t.at at time zone 'Asia/Shanghai')::date
    from unnest(${col((r) => r.appealId)}::bigint[], ${col((r) => r.w.plan.rating!.level)}::text[],
      ${col((r) => r.w.plan.rating!.comment)}::text[],
      ${col((r) => iso(r.w.plan.rating!.on, '20:00'))}::timestamptz[]) with ordinality
      as t(appeal_id, level, comment, at, n)
    join feedback_replies r on r.appeal_id = t.appeal_id and r.is_first
    order by t.n
    returning id, appeal_id`.execute(db);
  const ratingOf = new Map(rows.map((r) => [Number(r.appealId), Number(r.id)]));
  for (const [appealId, ratingId] of ratingOf) refs.set(appealId, { ratingId });
  const bad = rated
    .filter((r) => r.w.plan.rectification)
    .map((r) => ({ ...r, ratingId: ratingOf.get(r.appealId)! }));
  if (bad.length === 0) return refs;
  const clocks: ImportedClock[] = bad.map(({ w, ratingId }) => {
    const rect = w.plan.rectification!;
    return {
      matterType: appealMatterType,
      matterId: w.number,
      purpose: `${clockPurposes.rectification}:${ratingId}`,
      title: `差评整改 ${w.number}`,
      orgId: w.plan.org.id,
      // 国办发〔2019〕51号: a bad rating is verified and rectified within 15 working days.
      rule: workingDaysRule(c.settings.rectificationDays),
      events: [
        { kind: 'start', on: rect.openedOn },
        ...(rect.finishedOn
          ? [{ kind: 'stop' as const, on: rect.finishedOn, outcome: 'rectified' }]
          : []),
      ],
    };
  });
  const clockIds = await importClocks(db, systemContext('演示数据 demo'), clocks, {
    today,
    recordedAt: (on) => demoAt(on, '10:00'),
    calendar,
  });
  await writeRectifications(
    db,
    bad,
    clockIds.map((r) => r.id),
    c,
    refs,
  );
  return refs;
}

type Bad = { w: Written; appealId: number; ratingId: number };

async function writeRectifications(
  db: Kysely<unknown>,
  bad: Bad[],
  clockIds: number[],
  c: DemoContext,
  refs: RatingRefs,
): Promise<void> {
  const col = <T>(pick: (r: Bad) => T) => bad.map(pick);
  const rect = (r: Bad) => r.w.plan.rectification!;
  const { rows } = await sql<{ id: string; appealId: string }>`
    insert into feedback_rectifications (appeal_id, rating_id, org_id, clock_id, state, finding,
      action, opened_at, opened_on, finished_at, finished_on)
    select appeal_id, rating_id, org_id, clock_id,
      case when finished_at is null then 'open' else 'rectified' end,
      case when finished_at is null then '' else ${rectificationTexts.finding} end,
      case when finished_at is null then '' else ${rectificationTexts.action} end,
      opened_at, (opened_at at time zone 'Asia/Shanghai')::date, finished_at,
      (finished_at at time zone 'Asia/Shanghai')::date
    from unnest(${col((r) => r.appealId)}::bigint[], ${col((r) => r.ratingId)}::bigint[],
      ${col((r) => r.w.plan.org.id)}::bigint[], ${clockIds}::bigint[],
      ${col((r) => iso(rect(r).openedOn, '20:00'))}::timestamptz[],
      ${col((r) => (rect(r).finishedOn ? iso(rect(r).finishedOn!, '16:00') : null))}::timestamptz[])
      with ordinality as t(appeal_id, rating_id, org_id, clock_id, opened_at, finished_at, n)
    order by n
    returning id, appeal_id`.execute(db);
  const rectOf = new Map(rows.map((r) => [Number(r.appealId), Number(r.id)]));
  for (const [appealId, rectificationId] of rectOf)
    refs.get(appealId)!.rectificationId = rectificationId;
  const calls = bad.filter((r) => r.w.plan.callback);
  const cc = <T>(pick: (r: Bad) => T) => calls.map(pick);
  const callback = (r: Bad) => r.w.plan.callback!;
  const { rows: called } = await sql<{
    id: string;
    appealId: string;
  }>`insert into feedback_callbacks (appeal_id, rectification_id, method, reached, level,
      note, by_user_id, by_name, at, on_date)
    select appeal_id, rectification_id, 'phone', reached, level, note, by_user_id, by_name, at,
      (at at time zone 'Asia/Shanghai')::date
    from unnest(${cc((r) => r.appealId)}::bigint[], ${cc((r) => rectOf.get(r.appealId)!)}::bigint[],
      ${cc((r) => callback(r).reached)}::boolean[], ${cc((r) => callback(r).level)}::text[],
      ${cc((r) => callbackNote(r))}::text[],
      ${cc((r) => c.responderOf(r.w.plan.org)?.userId ?? null)}::bigint[],
      ${cc((r) => c.responderOf(r.w.plan.org)?.name ?? '')}::text[],
      ${cc((r) => iso(callback(r).on, '10:30'))}::timestamptz[])
      as t(appeal_id, rectification_id, reached, level, note, by_user_id, by_name, at)
    returning id, appeal_id`.execute(db);
  for (const r of called) refs.get(Number(r.appealId))!.callbackId = Number(r.id);
}

function callbackNote(r: Bad): string {
  const cb = r.w.plan.callback!;
  if (!cb.reached) return '电话未接通，将再次回访';
  return cb.level ? '回访诉求人，对整改结果表示认可' : '已联系诉求人，说明整改安排和时限';
}
