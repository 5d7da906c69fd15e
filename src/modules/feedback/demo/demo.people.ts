/**
 * The demo's responders (网络回应人, 辽政办发〔2015〕1号) and routing rules: huiying answers for
 * 民政局; every other org the demo's appeals reach gets one demo responder account (created through
 * accounts' createUser, password `Sunshine-<username>-2026` like every demo login), each on its
 * org's roster with duty shifts and sign-ins on the working days of the last three months.
 */
import { sql, type Kysely } from 'kysely';
import { addDays, type Calendar, type LocalDate } from '../../../platform/calendar/index.ts';
import type { Clock } from '../../../platform/clock/index.ts';
import { systemContext } from '../../../platform/http/index.ts';
import { createUser, type AccountsTables } from '../../accounts/index.ts';
import type { DemoOrg } from './demo.plan.ts';
import type { Responder } from './demo.rows.ts';
import { demoAt } from './demo.rows.ts';

export const demoResponderUsername = (code: string) =>
  code === 'mzj' ? 'huiying' : `huiying.${code}`;

/** Makes sure each org has its demo responder account; returns them by org code. */
export async function ensureResponderAccounts(
  db: Kysely<unknown>,
  clock: Clock,
  orgs: DemoOrg[],
): Promise<Map<string, Responder>> {
  const names = orgs.map((o) => demoResponderUsername(o.code));
  const existing = async () =>
    (
      await sql<{ id: string; username: string; displayName: string }>`
        select id, username, display_name from accounts_users
        where username = any(${names}::text[])`.execute(db)
    ).rows;
  const have = new Set((await existing()).map((u) => u.username));
  // Side by side: the password hashes (argon2) run on the thread pool while the inserts queue.
  await Promise.all(
    orgs
      .filter((org) => !have.has(demoResponderUsername(org.code)))
      .map((org) => {
        const username = demoResponderUsername(org.code);
        return createUser(db as Kysely<AccountsTables>, clock, systemContext('seed-demo'), {
          username,
          displayName: `${org.name}网络回应人`,
          password: `Sunshine-${username}-2026`,
          grants: [{ role: 'responder', orgCode: org.code }],
          isDemo: true,
        });
      }),
  );
  const byName = new Map((await existing()).map((u) => [u.username, u]));
  const out = new Map<string, Responder>();
  for (const org of orgs) {
    const user = byName.get(demoResponderUsername(org.code));
    if (user) out.set(org.code, { userId: Number(user.id), name: user.displayName });
  }
  return out;
}

/** Rosters, duty shifts on every working day of the last 92 days, and most days' sign-ins. */
export async function writeRosters(
  db: Kysely<unknown>,
  calendar: Calendar,
  today: LocalDate,
  orgs: DemoOrg[],
  responders: Map<string, Responder>,
  random: () => number,
): Promise<void> {
  const rostered = orgs.filter((o) => responders.has(o.code));
  const { rows } = await sql<{ id: string; userId: string }>`
    insert into feedback_responders (org_id, user_id, title, since, created_at)
    select org_id, user_id, '网络回应人', ${addDays(today, -365)}::date, ${demoAt(addDays(today, -365), '09:00')}
    from unnest(${rostered.map((o) => o.id)}::bigint[],
      ${rostered.map((o) => responders.get(o.code)!.userId)}::bigint[]) as t(org_id, user_id)
    on conflict (org_id, user_id) do nothing
    returning id, user_id`.execute(db);
  const days: LocalDate[] = [];
  for (let d = addDays(today, -92); d < today; d = addDays(d, 1)) {
    if (calendar.isWorkday(d).value) days.push(d);
  }
  const shifts = rows.flatMap((r) => days.map((on) => ({ id: Number(r.id), on })));
  const signins = rows.flatMap((r) =>
    days
      .filter(() => random() < 0.94)
      .map((on) => ({
        userId: Number(r.userId),
        on,
        at: demoAt(on, `08:${String(Math.floor(random() * 50)).padStart(2, '0')}`).toISOString(),
      })),
  );
  await sql`insert into feedback_duty_shifts (responder_id, on_date)
    select * from unnest(${shifts.map((s) => s.id)}::bigint[], ${shifts.map((s) => s.on)}::date[])
    on conflict do nothing`.execute(db);
  await sql`insert into feedback_duty_signins (user_id, on_date, first_at)
    select * from unnest(${signins.map((s) => s.userId)}::bigint[],
      ${signins.map((s) => s.on)}::date[], ${signins.map((s) => s.at)}::timestamptz[])
    on conflict do nothing`.execute(db);
}

/** Keywords to orgs (路灯/道路 → 住建, 社保/就业 → 人社, …); township place names to the township. */
export const demoRoutingRules: readonly {
  keyword: string | null;
  place: string | null;
  org: string;
}[] = [
  { keyword: '路灯、道路、路面', place: null, org: 'zjj' },
  { keyword: '社保、养老保险、就业、工资', place: null, org: 'rsj' },
  { keyword: '低保、救助、养老院、高龄津贴、养老', place: null, org: 'mzj' },
  { keyword: '学校、教育、招生、培训机构', place: null, org: 'jyj' },
  { keyword: '污染、排污、油烟', place: null, org: 'sthjj' },
  { keyword: '医院、挂号', place: null, org: 'wjj' },
  { keyword: '医保', place: null, org: 'ybj' },
  { keyword: '占道', place: null, org: 'cgj' },
  { keyword: '过期食品、超市', place: null, org: 'scjgj' },
  { keyword: '客运、班次、公交', place: null, org: 'jtj' },
  { keyword: '补贴、种粮', place: null, org: 'nyj' },
  { keyword: null, place: '清原镇', org: 'qyz' },
  { keyword: null, place: '红透山镇', org: 'httsz' },
  { keyword: null, place: '草市镇', org: 'csz' },
  { keyword: null, place: '英额门镇', org: 'yemz' },
  { keyword: null, place: '南口前镇', org: 'nkqz' },
  { keyword: null, place: '南山城镇', org: 'nscz' },
];

/** The demo's routing rules (keywords first, place names after), unless rules exist already. */
export async function writeRoutingRules(
  db: Kysely<unknown>,
  orgs: Map<string, DemoOrg>,
  at: Date,
): Promise<void> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from feedback_routing_rules`.execute(db);
  if ((rows[0]?.n ?? 0) > 0) return;
  const rules = demoRoutingRules.filter((r) => orgs.has(r.org));
  await sql`insert into feedback_routing_rules (priority, keyword, place, org_id, created_at,
      updated_at)
    select priority, keyword, place, org_id, ${at}, ${at}
    from unnest(${rules.map((r) => (r.keyword ? 10 : 50))}::int[],
      ${rules.map((r) => r.keyword)}::text[], ${rules.map((r) => r.place)}::text[],
      ${rules.map((r) => orgs.get(r.org)!.id)}::bigint[]) with ordinality
      as t(priority, keyword, place, org_id, n)
    order by n`.execute(db);
}
