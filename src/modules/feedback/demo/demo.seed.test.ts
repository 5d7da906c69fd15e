import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { allSeeders } from '../../../app.ts';
import { fixedClock } from '../../../platform/clock/index.ts';
import { runSeeders } from '../../../platform/seed/index.ts';
import { seedDemoAppeals } from './demo.seed.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
// The demo template's instant (test/demo-template.ts).
const clock = fixedClock('2026-09-30T09:30:00+08:00');
const today = '2026-09-30';

before(async () => {
  database = await createTestDatabase({ demo: true });
  db = database.db;
  if (!database.demoSeeded) {
    const logger = { info: () => undefined, warn: () => undefined };
    await runSeeders(allSeeders(), { db, clock, logger });
  }
});

after(async () => {
  await database.close();
});

const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows[0]!;
const count = async (query: ReturnType<typeof sql<{ n: number }>>) => (await one(query)).n;

describe('feedback.demo', () => {
  it('has about 1,200 demo appeals over the year up to today, every kind and channel, and runs once', async () => {
    const range = await one(sql<{ n: number; demo: number; first: string; last: string }>`
      select count(*)::int as n, count(*) filter (where is_demo)::int as demo,
        min(received_on)::text as first, max(received_on)::text as last from feedback_appeals`);
    assert.ok(range.n >= 1150 && range.n <= 1250, String(range.n));
    assert.equal(range.demo, range.n);
    assert.ok(range.first >= '2025-09-30' && range.last === today, `${range.first}…${range.last}`);
    const kinds = (
      await sql<{ kind: string; n: number }>`select kind, count(*)::int as n
        from feedback_appeals group by kind`.execute(db)
    ).rows;
    assert.equal(kinds.length, 5);
    for (const k of kinds) assert.ok(k.n >= 50, `${k.kind}: ${k.n}`);
    const channels = (
      await sql<{ channel: string; n: number }>`select channel, count(*)::int as n
        from feedback_appeals group by channel order by n desc`.execute(db)
    ).rows;
    assert.equal(channels[0]!.channel, 'web');
    assert.ok(channels.length >= 6);
    assert.equal(await seedDemoAppeals(db, clock), 0);
  });

  it('has the outcomes: closed, replied, open (a few overdue), invalid, merged, extended, late', async () => {
    const mix = await one(sql<Record<string, number>>`
      select count(*) filter (where a.state = 'closed')::int as closed,
        count(*) filter (where a.state = 'invalid')::int as invalid,
        count(*) filter (where a.state = 'merged')::int as merged,
        count(*) filter (where a.state in ('dispatch', 'assigned', 'in_progress'))::int as open,
        count(*) filter (where a.state in ('assigned', 'in_progress') and r.due_on < ${today}::date
          and a.first_reply_on is null)::int as overdue,
        count(*) filter (where a.first_reply_on > r.due_on)::int as late,
        count(*) filter (where a.first_reply_on <= r.due_on)::int as on_time,
        count(*) filter (where exists (select 1 from deadlines_clock_events e
          where e.clock_id = a.complete_clock_id and e.kind = 'extend'))::int as extended,
        count(*) filter (where a.public_reply_at is not null)::int as public
      from feedback_appeals a join deadlines_clocks r on r.id = a.reply_clock_id`);
    assert.ok(mix.closed! > 900, JSON.stringify(mix));
    assert.ok(mix.invalid! >= 5 && mix.merged! >= 5, JSON.stringify(mix));
    assert.ok(mix.open! >= 10 && mix.overdue! >= 2, JSON.stringify(mix));
    assert.ok(mix.late! >= 30 && mix.onTime! > 8 * mix.late!, JSON.stringify(mix));
    assert.ok(mix.extended! >= 10 && mix.public! >= 200, JSON.stringify(mix));
    // A merged appeal points at a valid one; an invalid one carries its reason.
    assert.equal(
      await count(sql<{ n: number }>`select count(*)::int as n from feedback_appeals a
        join feedback_appeals t on t.id = a.merged_into_id
        where t.state in ('invalid', 'merged') or t.received_at > a.received_at`),
      0,
    );
    assert.equal(
      await count(sql<{ n: number }>`select count(*)::int as n from feedback_appeals
        where state = 'invalid' and invalid_reason = ''`),
      0,
    );
  });

  it('gives every appeal its two clocks, stopped when the services would have stopped them', async () => {
    const bad = await one(sql<Record<string, number>>`
      select count(*) filter (where r.id is null or c.id is null)::int as missing,
        count(*) filter (where r.stopped_on is distinct from coalesce(a.first_reply_on,
          case when a.state in ('invalid', 'merged') then a.updated_at::date end))::int as reply,
        count(*) filter (where (c.stopped_on is null) <> (a.state in
          ('dispatch', 'assigned', 'in_progress', 'replied')))::int as complete,
        count(*) filter (where c.limit_days <> case a.kind when 'consultation' then 3 else 5 end)::int
          as limits
      from feedback_appeals a
      left join deadlines_clocks r on r.id = a.reply_clock_id and r.purpose = 'first_reply'
        and r.matter_type = 'appeal' and r.matter_id = a.tracking_number
      left join deadlines_clocks c on c.id = a.complete_clock_id and c.purpose = 'completion'
        and c.matter_id = a.tracking_number`);
    assert.deepEqual(bad, { missing: 0, reply: 0, complete: 0, limits: 0 });
    // Checkpoints: one acceptance per appeal, one first-reply step per reply, one close per close.
    const cp = await one(sql<Record<string, number>>`
      select count(*) filter (where kind = 'accepted')::int as accepted,
        count(*) filter (where kind = 'step_completed')::int as replied,
        count(*) filter (where kind = 'completed')::int as completed
      from checkpoints where matter_type = 'appeal'`);
    const appeals = await one(sql<Record<string, number>>`
      select count(*)::int as accepted, count(first_reply_on)::int as replied,
        count(*) filter (where state = 'closed')::int as completed from feedback_appeals`);
    assert.deepEqual(cp, appeals);
  });

  it('rates only replied appeals, mostly well; every bad rating has a rectification', async () => {
    const r = await one(sql<Record<string, number>>`
      select count(*)::int as ratings,
        count(*) filter (where a.first_reply_at is null or g.at < a.first_reply_at)::int as unreplied,
        count(*) filter (where g.level in ('very_satisfied', 'satisfied'))::int as good,
        count(distinct g.level)::int as levels,
        count(*) filter (where g.level in ('dissatisfied', 'very_dissatisfied')
          and not exists (select 1 from feedback_rectifications x where x.rating_id = g.id))::int
          as bad_without
      from feedback_ratings g join feedback_appeals a on a.id = g.appeal_id`);
    assert.equal(r.unreplied, 0);
    assert.equal(r.badWithout, 0);
    assert.equal(r.levels, 5);
    assert.ok(r.good! > r.ratings! * 0.6, JSON.stringify(r));
    const replied = await count(sql<{ n: number }>`select count(first_reply_on)::int as n
      from feedback_appeals`);
    assert.ok(r.ratings! > replied * 0.6, `${r.ratings} of ${replied}`);
    const rect = await one(sql<Record<string, number>>`
      select count(*) filter (where x.state = 'rectified' and x.finished_on is not null
          and k.stopped_on = x.finished_on)::int as rectified,
        count(*) filter (where x.state = 'open' and k.stopped_on is null)::int as open,
        count(*)::int as n,
        count(*) filter (where k.purpose <> 'rectification:' || x.rating_id)::int as wrong_clock,
        (select count(*)::int from feedback_callbacks) as callbacks
      from feedback_rectifications x join deadlines_clocks k on k.id = x.clock_id`);
    assert.equal(rect.wrongClock, 0);
    // The history names them as the ratings service writes it.
    const history = await one(sql<Record<string, number>>`
      select count(*) filter (where e.kind = 'rated' and not exists (select 1
          from feedback_ratings g where g.id = (e.data->>'ratingId')::bigint
          and g.appeal_id = e.appeal_id))::int as unnamed,
        count(*) filter (where e.kind = 'called_back')::int as called,
        count(*) filter (where e.kind = 'merged_in')::int as merged_in,
        (select count(*)::int from feedback_appeals where state = 'merged') as merged
      from feedback_appeal_events e`);
    assert.equal(history.unnamed, 0);
    assert.equal(history.called, rect.callbacks);
    assert.equal(history.mergedIn, history.merged);
    assert.equal(rect.rectified! + rect.open!, rect.n);
    assert.ok(rect.rectified! > 0 && rect.open! > 0 && rect.callbacks! > 0, JSON.stringify(rect));
  });

  it('shows no personal data in public replies, and public replies only where allowed', async () => {
    const r = await one(sql<Record<string, number>>`
      select count(*) filter (where p.public_text is not null and not a.public_allowed)::int
          as not_allowed,
        count(*) filter (where p.public_text ~ '1[3-9][0-9]{9}'
          or position(a.submitter_name in p.public_text) > 0
          or position(a.submitter_phone in p.public_text) > 0)::int as personal,
        count(p.public_text)::int as public
      from feedback_replies p join feedback_appeals a on a.id = p.appeal_id`);
    assert.equal(r.notAllowed, 0);
    assert.equal(r.personal, 0);
    assert.ok(r.public! > 0);
    assert.equal(
      await count(sql<{ n: number }>`select count(*)::int as n from feedback_appeals
        where submitter_phone !~ '^1380000[0-9]{4}$'`),
      0,
    );
  });

  it('keeps the figures sane: replied ≤ valid ≤ received, per org too; 民政局 among the busiest', async () => {
    const orgs = (
      await sql<{ code: string; received: number; valid: number; replied: number }>`
        select o.code, count(*)::int as received,
          count(*) filter (where a.state not in ('invalid', 'merged'))::int as valid,
          count(a.first_reply_on)::int as replied
        from feedback_appeals a join accounts_orgs o on o.id = a.org_id
        group by o.code order by received desc`.execute(db)
    ).rows;
    for (const o of orgs) assert.ok(o.replied <= o.valid && o.valid <= o.received, o.code);
    assert.ok(orgs.length >= 15, String(orgs.length));
    assert.ok(
      orgs.slice(0, 3).some((o) => o.code === 'mzj'),
      orgs.map((o) => o.code).join(','),
    );
  });

  it('has rosters with duty and sign-ins, routing rules, and live appeals routed by them', async () => {
    const huiying = await count(sql<{ n: number }>`select count(*)::int as n
      from feedback_responders r join accounts_users u on u.id = r.user_id
      join accounts_orgs o on o.id = r.org_id where u.username = 'huiying' and o.code = 'mzj'`);
    assert.equal(huiying, 1);
    const unrostered = await count(sql<{ n: number }>`select count(distinct a.org_id)::int as n
      from feedback_appeals a where a.org_id is not null and not exists (
        select 1 from feedback_responders r where r.org_id = a.org_id)`);
    assert.equal(unrostered, 0);
    const duty = await one(sql<{ shifts: number; signins: number }>`
      select (select count(*)::int from feedback_duty_shifts) as shifts,
        (select count(*)::int from feedback_duty_signins) as signins`);
    assert.ok(duty.shifts > 500 && duty.signins > duty.shifts * 0.85, JSON.stringify(duty));
    const live = (
      await sql<{ subject: string; code: string | null }>`select a.subject, o.code
        from feedback_appeals a left join accounts_orgs o on o.id = a.org_id
        where a.received_on = ${today}::date order by a.received_at`.execute(db)
    ).rows;
    assert.ok(live.length >= 3, JSON.stringify(live));
    assert.equal(live.find((a) => a.subject.includes('路灯'))?.code, 'zjj');
  });
});
