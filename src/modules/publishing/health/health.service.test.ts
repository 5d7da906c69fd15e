import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { isAppError } from '../../../platform/errors/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { actorWith, publishingDatabase } from '../test-support.ts';
import { columnStatus, defaultHealthSettings, monthsBefore } from './health.model.ts';
import { asOfDate, evaluateHealth, type HealthReport } from './health.service.ts';
import { readHealthSettings, updateHealthSettings } from './health.settings.ts';
import { publishAt } from './health.testing.ts';
import { submitAppeal } from '../../feedback/index.ts';
import { sql } from 'kysely';
import { systemContext } from '../../../platform/http/index.ts';

const rule = (report: HealthReport, id: string) => report.rules.find((r) => r.id === id)!;
const named = (report: HealthReport, id: string) =>
  (rule(report, id).columns ?? []).map((c) => `${c.channelCode}/${c.type}`);

describe('site health: the single-veto rules (国办秘函〔2019〕19号)', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  let db: Kysely<unknown>;
  let office: ActionContext;
  before(async () => {
    t = await publishingDatabase();
    db = t.db;
    office = await actorWith(db, 'disclosure_officer', 'xzfb');
    // jyj's news is 27 days old on 11-28; mzj's is 8 days old; 210423's notice 3 months old.
    await publishAt(db, t.clock, 'jyj', 'news', '2026-11-01');
    await publishAt(db, t.clock, 'mzj', 'news', '2026-11-20');
    await publishAt(db, t.clock, '210423', 'notice', '2026-08-28');
  });
  after(() => t.close());

  it('flags exactly the column made stale, and passes the fresh one', async () => {
    const report = await evaluateHealth(db, office.actor, '2026-11-28');
    assert.deepEqual(named(report, 'staleColumns'), ['jyj/news']);
    const mzj = report.columns.find((c) => c.channelCode === 'mzj' && c.type === 'news')!;
    assert.equal(mzj.status, 'fresh');
    assert.equal(mzj.lastPublishedOn, '2026-11-20');
    assert.equal(mzj.cutoff, '2026-11-14');
    const notice = report.columns.find((c) => c.channelCode === '210423' && c.type === 'notice')!;
    assert.equal(notice.status, 'fresh');
    assert.equal(notice.cutoff, '2026-05-28');
    // One stale column is not yet the veto (5 columns are).
    assert.equal(rule(report, 'staleColumns').status, 'pass');
    // The home page was updated 8 days before.
    assert.equal(rule(report, 'home').status, 'pass');
    assert.equal(rule(report, 'home').lastPublishedOn, '2026-11-20');
  });

  it('judges as of the chosen date: before jyj published, its news column was blank', async () => {
    const report = await evaluateHealth(db, office.actor, '2026-10-31');
    const jyj = report.columns.find((c) => c.channelCode === 'jyj' && c.type === 'news')!;
    assert.equal(jyj.status, 'blank');
    assert.ok(named(report, 'blankColumns').includes('jyj/news'));
    assert.equal(named(report, 'staleColumns').length, 0);
    // Nothing published on the home page in the 14 days up to 10-31.
    assert.equal(rule(report, 'home').status, 'fail');
    assert.equal(report.verdict, 'fail');
  });

  it('names blank required columns: the county channel has five, a department three', async () => {
    const report = await evaluateHealth(db, office.actor, '2026-11-28');
    const county = named(report, 'blankColumns').filter((c) => c.startsWith('210423/'));
    assert.deepEqual(county, [
      '210423/news',
      '210423/policy',
      '210423/interpretation',
      '210423/bulletin',
    ]);
    const jyj = named(report, 'blankColumns').filter((c) => c.startsWith('jyj/'));
    assert.deepEqual(jyj, ['jyj/notice', 'jyj/policy']);
    assert.equal(rule(report, 'blankColumns').status, 'fail');
    assert.equal(report.verdict, 'fail');
  });

  it('reports undated items as passing with 0, and interaction passing with no appeals', async () => {
    const report = await evaluateHealth(db, office.actor, '2026-11-28');
    assert.equal(rule(report, 'undated').status, 'pass');
    assert.equal(rule(report, 'undated').count, 0);
    assert.equal(rule(report, 'interaction').status, 'pass');
    assert.equal(rule(report, 'interaction').cutoff, '2026-08-28');
  });

  it('thresholds change the outcome, and the change is validated', async () => {
    await assert.rejects(
      updateHealthSettings(db, t.clock, office, { ...defaultHealthSettings, newsDays: '0' }),
      (e: unknown) =>
        isAppError(e) &&
        e.details.fields?.[0]?.field === 'newsDays' &&
        /动态要闻未更新天数/.test(e.message),
    );
    await updateHealthSettings(db, t.clock, office, {
      ...defaultHealthSettings,
      newsDays: 30,
      staleColumnsVeto: 1,
    });
    let report = await evaluateHealth(db, office.actor, '2026-11-28');
    assert.deepEqual(named(report, 'staleColumns'), []);
    await updateHealthSettings(db, t.clock, office, {
      ...defaultHealthSettings,
      noticeMonths: 3,
      staleColumnsVeto: 1,
    });
    report = await evaluateHealth(db, office.actor, '2026-11-28');
    // 3 months before 11-28 is 08-28: the notice of 08-28 is now stale, and one column vetoes.
    assert.deepEqual(named(report, 'staleColumns'), ['210423/notice', 'jyj/news']);
    assert.equal(rule(report, 'staleColumns').status, 'fail');
    await updateHealthSettings(db, t.clock, office, defaultHealthSettings);
    assert.deepEqual(await readHealthSettings(db), defaultHealthSettings);
  });

  it('counts blank required catalog categories (条例第20–21条) of the orgs seen, named by org', async () => {
    const own = await actorWith(db, 'disclosure_officer', 'jyj');
    const report = await evaluateHealth(db, own.actor, '2026-11-28');
    const catalog = rule(report, 'catalogBlank');
    assert.ok(catalog.count > 0);
    assert.deepEqual([...new Set(catalog.nodes!.map((n) => n.orgCode))], ['jyj']);
    assert.equal(catalog.status, catalog.count >= 5 ? 'fail' : 'pass');
    const county = rule(await evaluateHealth(db, office.actor, '2026-11-28'), 'catalogBlank');
    assert.ok(county.count > catalog.count);
  });

  it('a department officer may not change the thresholds nor read the report', async () => {
    const officer = await actorWith(db, 'department_officer', 'jyj');
    await assert.rejects(
      updateHealthSettings(db, t.clock, officer, defaultHealthSettings),
      (e: unknown) => isAppError(e) && e.kind === 'forbidden',
    );
    await assert.rejects(
      evaluateHealth(db, officer.actor, '2026-11-28'),
      (e: unknown) => isAppError(e) && e.kind === 'forbidden',
    );
  });

  it('a department disclosure officer sees only the columns of the orgs covered', async () => {
    const own = await actorWith(db, 'disclosure_officer', 'jyj');
    const report = await evaluateHealth(db, own.actor, '2026-11-28');
    assert.equal(report.wholeCounty, false);
    assert.deepEqual([...new Set(report.columns.map((c) => c.channelCode))], ['jyj']);
    const leader = await actorWith(db, 'leader', '210423');
    assert.equal((await evaluateHealth(db, leader.actor, '2026-11-28')).wholeCounty, true);
  });
});

describe('site health: dates', () => {
  it('2 weeks: published 14 days before the check is stale, 13 days before fresh', () => {
    const s = defaultHealthSettings;
    assert.equal(columnStatus('news', '2026-11-14', '2026-11-28', s), 'stale');
    assert.equal(columnStatus('news', '2026-11-15', '2026-11-28', s), 'fresh');
    assert.equal(columnStatus('notice', '2026-05-28', '2026-11-28', s), 'stale');
    assert.equal(columnStatus('notice', '2026-05-29', '2026-11-28', s), 'fresh');
    assert.equal(columnStatus('bulletin', '2020-01-01', '2026-11-28', s), 'present');
    assert.equal(columnStatus('policy', null, '2026-11-28', s), 'blank');
  });

  it('6 calendar months, clamped to the end of a shorter month', () => {
    assert.equal(monthsBefore('2026-08-31', 6), '2026-02-28');
    assert.equal(monthsBefore('2026-03-31', 1), '2026-02-28');
    assert.equal(monthsBefore('2026-01-15', 3), '2025-10-15');
  });

  it('today is the Asia/Shanghai date, not the UTC one', () => {
    const clock = { now: () => new Date('2026-11-27T16:30:00Z') };
    assert.equal(asOfDate(clock), '2026-11-28');
    assert.equal(asOfDate(clock, ' 2026-11-01 '), '2026-11-01');
    assert.throws(
      () => asOfDate(clock, '2026-02-30'),
      (e: unknown) => isAppError(e) && e.details.fields?.[0]?.field === 'asOf',
    );
  });
});

describe('site health: a publication just after midnight in Beijing', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  before(async () => {
    t = await publishingDatabase();
  });
  after(() => t.close());

  it('counts by the Shanghai date of publication and of the check', async () => {
    // 2026-11-13T16:30Z is 11-14 00:30 in Beijing: published on 11-14.
    await publishAt(t.db, t.clock, 'jyj', 'news', '2026-11-13T16:30:00Z');
    const office = await actorWith(t.db, 'disclosure_officer', 'xzfb');
    // 2026-11-27T16:30Z is 11-28 in Beijing: 14 days after — stale (by UTC dates it would be 13).
    const asOf = asOfDate({ now: () => new Date('2026-11-27T16:30:00Z') });
    const report = await evaluateHealth(t.db, office.actor, asOf);
    assert.deepEqual(named(report, 'staleColumns'), ['jyj/news']);
    const before = await evaluateHealth(t.db, office.actor, '2026-11-27');
    assert.deepEqual(named(before, 'staleColumns'), []);
  });
});

describe('site health: messages unanswered for more than 3 months (互动回应差)', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  let office: ActionContext;
  const numbers: Record<string, string> = {};
  const receive = async (
    name: string,
    on: string,
    channel: 'web' | 'phone',
    orgCode = 'mzj',
  ): Promise<void> => {
    const receipt = await submitAppeal(
      t.db,
      t.clock,
      systemContext('health-test'),
      {
        kind: 'consultation',
        subject: `低保申请咨询${name}`,
        content: '请问低保申请需要准备哪些材料？',
        phone: '13800000001',
        orgCode,
      },
      { channel, receivedAt: new Date(`${on}T10:00:00+08:00`) },
    );
    numbers[name] = receipt.trackingNumber;
  };
  const reply = (name: string, on: string) =>
    sql`update feedback_appeals set state = 'replied', first_reply_on = ${on}::date,
      first_reply_at = ${`${on}T10:00:00+08:00`}::timestamptz
      where tracking_number = ${numbers[name]!}`.execute(t.db);
  before(async () => {
    t = await publishingDatabase();
    office = await actorWith(t.db, 'disclosure_officer', 'xzfb');
    await receive('old', '2026-07-01', 'web');
    await receive('answered', '2026-07-02', 'web');
    await receive('byPhone', '2026-07-03', 'phone');
    await receive('recent', '2026-09-01', 'web');
    await receive('spam', '2026-07-06', 'web', 'jyj');
    await reply('answered', '2026-07-05');
    await sql`update feedback_appeals set state = 'invalid', invalid_reason = '广告'
      where tracking_number = ${numbers['spam']!}`.execute(t.db);
  });
  after(() => t.close());

  it('fails with the one valid online message received before the cutoff and still unanswered', async () => {
    const report = await evaluateHealth(t.db, office.actor, '2026-11-28');
    const interaction = rule(report, 'interaction');
    assert.equal(interaction.status, 'fail');
    assert.equal(interaction.count, 1);
    assert.equal(interaction.cutoff, '2026-08-28');
    assert.deepEqual(
      interaction.appeals!.map((a) => [a.trackingNumber, a.receivedOn, a.orgName]),
      [[numbers['old'], '2026-07-01', '县民政局']],
    );
    assert.equal(report.verdict, 'fail');
  });

  it('as of an earlier day, the reply given later does not count yet', async () => {
    // 2026-10-04: cutoff 07-04; "answered" was replied on 07-05, "old" never.
    const report = await evaluateHealth(t.db, office.actor, '2026-10-04');
    assert.equal(rule(report, 'interaction').count, 1);
    const early = await evaluateHealth(t.db, office.actor, '2026-10-01');
    assert.equal(rule(early, 'interaction').status, 'pass');
  });

  it('passes once the message is answered, and a replied one never counts', async () => {
    await reply('old', '2026-11-20');
    const report = await evaluateHealth(t.db, office.actor, '2026-11-28');
    assert.equal(rule(report, 'interaction').status, 'pass');
    assert.equal(rule(report, 'interaction').count, 0);
    assert.deepEqual(rule(report, 'interaction').appeals, []);
    // Before the reply of 11-20 it was still unanswered.
    const before = await evaluateHealth(t.db, office.actor, '2026-11-19');
    assert.equal(rule(before, 'interaction').status, 'fail');
  });

  it("a department's officer is judged on its own orgs' appeals", async () => {
    await sql`update feedback_appeals set state = 'assigned', first_reply_on = null,
      first_reply_at = null where tracking_number = ${numbers['old']!}`.execute(t.db);
    const jyj = await actorWith(t.db, 'disclosure_officer', 'jyj');
    assert.equal(rule(await evaluateHealth(t.db, jyj.actor, '2026-11-28'), 'interaction').count, 0);
    const mzj = await actorWith(t.db, 'disclosure_officer', 'mzj');
    assert.equal(rule(await evaluateHealth(t.db, mzj.actor, '2026-11-28'), 'interaction').count, 1);
  });
});
