/**
 * `feedback.demo`: the demo county's year of appeals (demo.plan.ts), written in bulk — clocks
 * through deadlines' importClocks, then appeals, history, replies, ratings, rectifications (their
 * clocks in a second import), call-backs and checkpoints each in one statement from unnested
 * arrays — with the responders' rosters, duty and the routing rules (demo.people.ts). The rows
 * are the ones the feedback services would have written, marked is_demo; one audit record per
 * clock import stands for the history. Then a few appeals come in through the real submitAppeal,
 * so the newest look alive. Idempotent: nothing is done when demo appeals exist.
 */
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { addDays, loadCalendar, type Calendar } from '../../../platform/calendar/index.ts';
import { emitCheckpoints } from '../../../platform/checkpoints/index.ts';
import { localDateOf, type Clock } from '../../../platform/clock/index.ts';
import { systemContext } from '../../../platform/http/index.ts';
import { accessCodeHash } from '../../../platform/identifiers/index.ts';
import type { Seeder } from '../../../platform/seed/index.ts';
import { cachedCalendar, importClocks, type ImportedClock } from '../../deadlines/index.ts';
import { readFeedbackSettings } from '../feedback.settings.ts';
import { dispatchOrgId } from '../routing.ts';
import { keyOf } from '../submission.service.ts';
import { demoTopics } from './demo.texts.ts';
import {
  demoAppealCount,
  demoTownships,
  planAppeals,
  seededRandom,
  type AppealPlan,
  type DemoOrg,
} from './demo.plan.ts';
import { ensureResponderAccounts, writeRosters, writeRoutingRules } from './demo.people.ts';
import { checkpointsOf, clocksOf, demoAt, eventsOf, type DemoContext } from './demo.rows.ts';
import { writeAppeals } from './demo.appeals.ts';
import { submitLiveAppeals } from './demo.live.ts';
import { writeRatings, type RatingRefs } from './demo.ratings.ts';

const demoCtx = () => systemContext('演示数据 demo');

async function loadOrgs(db: Kysely<unknown>): Promise<Map<string, DemoOrg>> {
  const codes = [...new Set([...demoTopics.map((t) => t.org), ...demoTownships])];
  const { rows } = await sql<{ id: string; code: string; name: string }>`
    select id, code, name from accounts_orgs where code = any(${codes}::text[]) and is_active`.execute(
    db,
  );
  return new Map(rows.map((r) => [r.code, { id: Number(r.id), code: r.code, name: r.name }]));
}

/** FK + the day received + six digits, from the seeded generator (unique within the demo). */
function trackingNumbers(plans: AppealPlan[], random: () => number): string[] {
  const seen = new Set<string>();
  return plans.map((plan) => {
    for (;;) {
      const n = `FK${plan.receivedOn.replaceAll('-', '')}${String(Math.floor(random() * 1e6)).padStart(6, '0')}`;
      if (!seen.has(n)) {
        seen.add(n);
        return n;
      }
    }
  });
}

export interface Written {
  plan: AppealPlan;
  number: string;
  replyClockId: number;
  completeClockId: number;
}

async function writeClocks(
  db: Kysely<unknown>,
  calendar: Calendar,
  today: string,
  plans: AppealPlan[],
  numbers: string[],
  c: DemoContext,
): Promise<Written[]> {
  const clocks: ImportedClock[] = plans.flatMap((plan, i) => clocksOf(plan, numbers[i]!, c));
  const ids = await importClocks(db, demoCtx(), clocks, {
    today,
    recordedAt: (on) => demoAt(on, '10:00'),
    calendar,
  });
  return plans.map((plan, i) => ({
    plan,
    number: numbers[i]!,
    replyClockId: ids[2 * i]!.id,
    completeClockId: ids[2 * i + 1]!.id,
  }));
}

async function writeEvents(
  db: Kysely<unknown>,
  written: Written[],
  ids: number[],
  c: DemoContext,
  ratings: RatingRefs,
) {
  const mergedIn = new Map<number, { from: string; on: string }[]>();
  for (const w of written) {
    if (!w.plan.merged) continue;
    const list = mergedIn.get(w.plan.merged.into) ?? [];
    list.push({ from: w.number, on: w.plan.merged.on });
    mergedIn.set(w.plan.merged.into, list);
  }
  const rows = written.flatMap((w, i) => {
    const refs = {
      into: w.plan.merged ? written[w.plan.merged.into]!.number : undefined,
      mergedIn: mergedIn.get(i),
      ...ratings.get(ids[i]!),
    };
    return eventsOf(w.plan, c, refs).map((e) => ({ ...e, appealId: ids[i]! }));
  });
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
  await sql`insert into feedback_appeal_events (appeal_id, kind, at, on_date, actor_user_id,
      actor_name, org_id, to_org_id, reason, data, is_public)
    select appeal_id, kind, at, (at at time zone 'Asia/Shanghai')::date, actor_user_id, actor_name,
      org_id, to_org_id, reason, data, is_public
    from unnest(${col((r) => r.appealId)}::bigint[], ${col((r) => r.kind)}::text[],
      ${col((r) => r.at.toISOString())}::timestamptz[], ${col((r) => r.actorUserId)}::bigint[],
      ${col((r) => r.actorName)}::text[], ${col((r) => r.orgId)}::bigint[],
      ${col((r) => r.toOrgId)}::bigint[], ${col((r) => r.reason)}::text[],
      ${col((r) => JSON.stringify(r.data))}::jsonb[], ${col((r) => r.isPublic)}::boolean[])
      with ordinality as t(appeal_id, kind, at, actor_user_id, actor_name, org_id, to_org_id,
        reason, data, is_public, n)
    order by n`.execute(db);
}

/** The year of appeals; returns how many were written (0 when demo appeals exist). */
export async function seedDemoAppeals(
  db: Kysely<unknown>,
  clock: Clock,
  appeals = demoAppealCount,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from feedback_appeals
    where is_demo`.execute(db);
  if ((rows[0]?.n ?? 0) > 0) return 0;
  const orgs = await loadOrgs(db);
  if (!orgs.has('mzj')) return 0;
  const orgList = [...orgs.values()];
  // Accounts are created outside the import's transaction (createUser opens its own).
  const responders = await ensureResponderAccounts(db, clock, orgList);
  const now = clock.now();
  const today = localDateOf(now);
  const count = await db.transaction().execute(async (trx) => {
    const calendar = cachedCalendar(await loadCalendar(trx));
    const settings = await readFeedbackSettings(trx);
    const dispatchId = await dispatchOrgId(trx, settings);
    const { rows: d } = await sql<{ code: string; name: string }>`
      select code, name from accounts_orgs where id = ${dispatchId}`.execute(trx);
    const c: DemoContext = {
      settings,
      dispatch: { id: dispatchId, code: d[0]!.code, name: d[0]!.name },
      responderOf: (org) => responders.get(org.code) ?? null,
    };
    const random = seededRandom(9300);
    await writeRoutingRules(trx, orgs, demoAt(addDays(today, -365), '09:00'));
    await writeRosters(trx, calendar, today, orgList, responders, random);
    const plans = planAppeals({ calendar, today, orgs, settings, count: appeals });
    const numbers = trackingNumbers(plans, random);
    const written = await writeClocks(trx, calendar, today, plans, numbers, c);
    // Demo access codes are thrown away: the citizen's view is shown with the live appeals' codes.
    const hashOf = (n: string) => accessCodeHash(n, crypto.randomBytes(6).toString('hex'));
    const ids = await writeAppeals(trx, written, c, hashOf, keyOf);
    const ratings = await writeRatings(trx, calendar, today, written, ids, c);
    await writeEvents(trx, written, ids, c, ratings);
    const into = (w: Written) => (w.plan.merged ? written[w.plan.merged.into]!.number : '');
    await emitCheckpoints(
      trx,
      written.flatMap((w) => checkpointsOf(w.plan, w.number, c, into(w))),
    );
    return plans.length;
  });
  return count;
}

export const feedbackDemoSeeder: Seeder = {
  name: 'feedback.demo',
  after: ['accounts.orgs', 'accounts.users'],
  run: async ({ db, clock, notes }) => {
    const written = await seedDemoAppeals(db, clock);
    if (written === 0) return;
    const live = await submitLiveAppeals(db, clock);
    notes.push(
      `民意诉求演示 Feedback demo: ${written + live.length} appeals; responders huiying (民政局) and huiying.<org code>, password Sunshine-<username>-2026`,
      ...live.map((r) => `    ${r.trackingNumber} 查询码 access code ${r.accessCode}`),
    );
  },
};
