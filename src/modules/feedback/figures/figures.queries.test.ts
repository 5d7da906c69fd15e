import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { fixedClock } from '../../../platform/clock/index.ts';
import { systemContext } from '../../../platform/http/index.ts';
import { readFeedbackSettings, updateFeedbackSettings } from '../feedback.settings.ts';
import { closeAppeal, invalidateAppeal, replyToAppeal } from '../handling/steps.ts';
import { rateAppeal } from '../ratings/ratings.service.ts';
import { submitAppeal } from '../submission.service.ts';
import { computeFigures, listFigureRecords } from './figures.queries.ts';
import { countFigures } from './figures.sql.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
const ctx = systemContext('figures-test');
// Friday 2026-09-25: a consultation's first-reply and completion limits (3 working days) fall on
// Wednesday 2026-09-30; a reply on 12 October (after 国庆节 1–7 October 2026) is late.
const received = fixedClock('2026-09-25T10:00:00+08:00');
const onTime = fixedClock('2026-09-28T10:00:00+08:00');
const late = fixedClock('2026-10-12T10:00:00+08:00');
const september = { from: '2026-09-01', to: '2026-09-30' };
const october = { from: '2026-10-01', to: '2026-10-31' };
const levels = [
  'very_satisfied',
  'very_satisfied',
  'very_satisfied',
  'satisfied',
  'satisfied',
  'satisfied',
  'basic',
  'basic',
  'dissatisfied',
  'very_dissatisfied',
] as const;

describe('feedback figures on a constructed scenario', () => {
  let roadsCode = '';
  before(async () => {
    database = await createTestDatabase();
    db = database.db;
    const county = await createTestOrg(db, 'fig-county');
    const roads = await createTestOrg(db, 'fig-roads', county);
    const parks = await createTestOrg(db, 'fig-parks', county);
    roadsCode = 'fig-roads';
    await sql`insert into feedback_routing_rules (priority, kind, keyword, org_id, created_at, updated_at)
      values (10, 'consultation', '路灯', ${roads}, now(), now()),
             (20, 'consultation', '公园', ${parks}, now(), now())`.execute(db);
    // 291 valid messages to 路灯 (the first 100 allowing public display), 3 more invalidated.
    const numbers: { number: string; code: string }[] = [];
    for (let i = 0; i < 294; i += 1) {
      const receipt = await submitAppeal(
        db,
        received,
        ctx,
        {
          kind: 'consultation',
          subject: `路灯咨询 ${i}`,
          content: `第 ${i} 条留言：小区门口的路灯什么时候修好？`,
          phone: `1380000${String(i).padStart(4, '0')}`,
          publicAllowed: i < 100,
        },
        { channel: 'phone' },
      );
      numbers.push({ number: receipt.trackingNumber, code: receipt.accessCode });
    }
    for (const { number } of numbers.slice(291)) {
      await invalidateAppeal(db, onTime, ctx, number, { reason: '与政务无关的广告内容' });
    }
    // 271 replied: 250 on 28 September (on time; the first 50 replied and closed), 21 on
    // 12 October (after the 9 October limit).
    for (const [i, { number }] of numbers.slice(0, 271).entries()) {
      await replyToAppeal(db, i < 250 ? onTime : late, ctx, number, {
        privateText: '您好，路灯已安排维修。',
        ...(i < 100 ? { publicText: '路灯已安排维修，预计本周内完成。' } : {}),
        ...(i < 50 ? { close: true } : {}),
      });
    }
    await closeAppeal(db, late, ctx, numbers[260]!.number, { outcome: 'resolved' });
    for (const [i, level] of levels.entries()) {
      const { number, code } = numbers[i]!;
      await rateAppeal(db, onTime, systemContext('citizen'), number, code, { level });
    }
    // One appeal to parks, unreplied.
    await submitAppeal(
      db,
      received,
      ctx,
      {
        kind: 'consultation',
        subject: '公园开放时间',
        content: '公园几点关门？',
        phone: '13900000000',
      },
      { channel: 'phone' },
    );
  });
  after(() => database.close());

  it('counts 291 valid messages of which 271 replied: reply rate 0.9313', async () => {
    const settings = await readFeedbackSettings(db);
    const figures = await computeFigures(db, september, settings);
    const roads = figures.orgs.find((o) => o.code === roadsCode)!;
    assert.equal(roads.counts.received, 294);
    assert.equal(roads.counts.valid, 291);
    assert.equal(roads.counts.replied, 271);
    assert.equal(roads.rates.replyRate, 0.9313);
    assert.equal(roads.counts.publicReplied, 100);
    assert.equal(roads.rates.publicReplyRate, 0.369);
    // 按时反馈率: 250 first replies on or before 9 October ÷ 291.
    assert.equal(roads.counts.onTimeReplied, 250);
    assert.equal(roads.rates.onTimeReplyRate, 0.8591);
    assert.equal(roads.counts.completed, 51);
    // The county adds the parks' one unreplied message.
    assert.equal(figures.county.counts.valid, 292);
    assert.equal(figures.county.counts.replied, 271);
    assert.equal(figures.county.rates.replyRate, 0.9281);
  });

  it('counts completion due in the period, wherever it was received', async () => {
    const settings = await readFeedbackSettings(db);
    // Consultations: completion due 3 working days after 25 September, on 30 September.
    const sept = await computeFigures(db, september, settings);
    assert.equal(sept.county.counts.completionDue, 292);
    // 50 closed on 28 September; the one closed on 12 October was late.
    assert.equal(sept.county.counts.completedOnTime, 50);
    assert.equal(sept.county.rates.onTimeCompletionRate, 0.1712);
    const oct = await computeFigures(db, october, settings);
    assert.equal(oct.county.counts.received, 0);
    assert.equal(oct.county.counts.completionDue, 0);
    assert.equal(oct.county.rates.onTimeCompletionRate, null);
  });

  it('rates satisfaction broad or strict, and the star composite', async () => {
    const broad = await computeFigures(db, september, await readFeedbackSettings(db));
    assert.equal(broad.county.counts.rated, 10);
    assert.equal(broad.county.counts.level_very_satisfied, 3);
    assert.equal(broad.county.counts.level_basic, 2);
    assert.equal(broad.county.rates.satisfactionRate, 0.8);
    // (3×5 + 3×4 + 2×3 + 2 + 1) ÷ 10
    assert.equal(broad.county.rates.starComposite, 3.6);
    const settings = await readFeedbackSettings(db);
    await updateFeedbackSettings(db, onTime, ctx, { ...settings, satisfaction: 'strict' });
    const strict = await computeFigures(db, september, await readFeedbackSettings(db));
    assert.equal(strict.county.rates.satisfactionRate, 0.6);
    await updateFeedbackSettings(db, onTime, ctx, settings);
  });

  it('lists exactly the appeals each count counts', async () => {
    const settings = await readFeedbackSettings(db);
    for (const period of [september, october]) {
      const figures = await computeFigures(db, period, settings);
      for (const figure of countFigures) {
        const records = await listFigureRecords(db, period, settings, figure, {});
        assert.equal(records.length, figures.county.counts[figure], `${figure} ${period.from}`);
        const roads = await listFigureRecords(db, period, settings, figure, {
          orgCode: roadsCode,
        });
        const count = figures.orgs.find((o) => o.code === roadsCode)?.counts[figure] ?? 0;
        assert.equal(roads.length, count, `${figure} roads ${period.from}`);
      }
    }
    const replied = await listFigureRecords(db, september, settings, 'replied', {});
    assert.ok(replied.every((r) => r.firstReplyOn !== null));
    assert.equal(new Set(replied.map((r) => r.trackingNumber)).size, 271);
  });
});
