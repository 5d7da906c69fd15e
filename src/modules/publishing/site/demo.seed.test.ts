import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { fixedClock } from '../../../platform/clock/index.ts';
import { accountsModule } from '../../accounts/index.ts';
import { archiveCount, demoPublishingSeeder } from './demo.seed.ts';

const logger = { info: () => undefined, warn: () => undefined };

describe('the demo publications', () => {
  let handle: TestDatabase;
  const clock = fixedClock('2026-09-30T09:30:00+08:00');
  let seconds = 0;
  const notes: string[] = [];
  before(async () => {
    handle = await createTestDatabase();
    for (const seeder of accountsModule.seeders)
      await seeder.run({ db: handle.db, clock, logger, notes: [] });
    const start = Date.now();
    await demoPublishingSeeder.run({ db: handle.db, clock, logger, notes });
    seconds = (Date.now() - start) / 1000;
  });
  after(() => handle.close());

  const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(handle.db)).rows;

  it('spreads a few hundred publications over two years up to today, in many channels', async () => {
    const [span] = await rows(sql<{ n: number; first: string; last: string; channels: number }>`
      select count(*)::int as n, min(published_on)::text as first, max(published_on)::text as last,
             count(distinct channel_id)::int as channels
      from publishing_items where state in ('published', 'superseded')`);
    assert.ok(span!.n >= archiveCount + 40, `${span!.n} publications`);
    assert.ok(span!.first.startsWith('2025-01'), span!.first);
    assert.equal(span!.last, '2026-09-30');
    assert.ok(span!.channels >= 15);
    assert.match(notes.join('\n'), /主动公开演示信息/);
    console.log(`publishing.demo: ${span!.n} items in ${seconds.toFixed(1)} s`);
  });

  it('has the 五证合一 registration reform with its interpretation, replacing a repealed policy', async () => {
    const [policy] = await rows(sql<{ id: number; docNumber: string; validity: string }>`
      select id, doc_number, validity from publishing_items
      where title like '%五证合一、一照一码%' and type = 'policy'`);
    assert.equal(policy!.docNumber, '清政发〔2025〕12号');
    assert.equal(policy!.validity, 'valid');
    const readings = await rows(sql<{ n: number }>`
      select count(*)::int as n from publishing_items
      where policy_id = ${policy!.id} and type = 'interpretation' and state = 'published'`);
    assert.equal(readings[0]!.n, 1);
    const [old] = await rows(sql<{ validity: string; replacedById: number }>`
      select validity, replaced_by_id from publishing_items where doc_number = '清政办发〔2025〕2号'`);
    assert.equal(old!.validity, 'repealed');
    assert.equal(Number(old!.replacedById), Number(policy!.id));
  });

  it('has a superseded edition, bulletins and profile pages, and the two-person rule held', async () => {
    const counts = await rows(sql<{ kind: string; n: number }>`
      select type || ':' || state as kind, count(*)::int as n from publishing_items group by 1`);
    const of = (kind: string) => counts.find((c) => c.kind === kind)?.n ?? 0;
    assert.equal(of('policy:superseded'), 1);
    assert.ok(of('bulletin:published') >= 6);
    assert.equal(of('page:published'), 4);
    assert.ok(of('interpretation:published') >= 8);
    const [same] = await rows(sql<{ n: number }>`
      select count(*)::int as n from publishing_items
      where approved_by = created_by and type <> 'news' and type <> 'notice'`);
    assert.equal(same!.n, 0);
    const [county] = await rows(sql<{ n: number }>`
      select count(*)::int as n from publishing_items where body_html like '%清原满族自治县%'`);
    assert.ok(county!.n >= 10);
  });

  it('runs again without adding anything', async () => {
    const count = async () =>
      (await rows(sql<{ n: number }>`select count(*)::int as n from publishing_items`))[0]!.n;
    const before = await count();
    await demoPublishingSeeder.run({ db: handle.db, clock, logger, notes: [] });
    assert.equal(await count(), before);
  });
});
