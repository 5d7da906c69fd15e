import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { isAppError } from '../../../platform/errors/index.ts';
import { publishingDatabase } from '../test-support.ts';
import { seedSearchFixtures } from './search.fixtures.ts';
import { reindexPublications } from './search.index.ts';
import { newestPage } from './search.queries.ts';
import { searchPublications } from './search.service.ts';

describe('searching publications (Chinese, real rows through the workflow)', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  let db: Kysely<unknown>;
  let ids: Awaited<ReturnType<typeof seedSearchFixtures>>;
  before(async () => {
    t = await publishingDatabase();
    db = t.db;
    ids = await seedSearchFixtures(db, t.clock);
  });
  after(() => t.close());

  const search = (input: Record<string, unknown>) => searchPublications(db, t.clock, input);
  const idsOf = (r: { items: { id: number }[] }) => r.items.map((i) => i.id);

  it('五证合一 finds the registration policy first (title hit), then its interpretation', async () => {
    const r = await search({ q: '五证合一' });
    assert.deepEqual(idsOf(r), [ids.registration, ids.interpretation]);
    assert.equal(r.total, 2);
    const [first] = r.items;
    assert.equal(first!.title, '关于推行“五证合一、一照一码”登记制度改革的实施意见');
    assert.equal(
      first!.titleHtml,
      '关于推行“<mark>五证合一</mark>、一照一码”登记制度改革的实施意见',
    );
    assert.equal(first!.url, `/openness/items/${ids.registration}`);
    assert.equal(first!.org.code, 'scjgj');
    assert.equal(first!.publishedOn, '2025-03-10');
    assert.match(r.items[1]!.snippetHtml, /读懂<mark>五证合一<\/mark>/);
  });

  it('清原 finds a document that says only 清原满族自治县, with the match marked', async () => {
    const r = await search({ q: '清原' });
    assert.ok(idsOf(r).includes(ids.meeting));
    assert.ok(idsOf(r).includes(ids.registration));
    const meeting = r.items.find((i) => i.id === ids.meeting)!;
    assert.match(meeting.snippetHtml, /<mark>清原满族自治县<\/mark>|<mark>清原<\/mark>满族自治县/);
    // The body's `&amp;` comes back escaped once, never as markup.
    assert.match(meeting.snippetHtml, /校园安全&amp;食品安全/);
  });

  it('清原县 (the alias) finds it too and marks the full name', async () => {
    const r = await search({ q: '清原县' });
    assert.ok(idsOf(r).includes(ids.meeting));
    const meeting = r.items.find((i) => i.id === ids.meeting)!;
    assert.match(meeting.snippetHtml, /<mark>清原满族自治县<\/mark>/);
  });

  it('counts facets over the hits, with the other filters applied', async () => {
    const r = await search({ q: '五证合一' });
    assert.deepEqual(r.facets.type, [
      { value: 'interpretation', count: 1 },
      { value: 'policy', count: 1 },
    ]);
    assert.deepEqual(r.facets.org, [{ value: 'scjgj', label: '县市场监督管理局', count: 2 }]);
    assert.deepEqual(r.facets.year, [{ value: '2025', count: 2 }]);
    assert.deepEqual(r.facets.validity, [{ value: 'amended', count: 1 }]);
    const policies = await search({ q: '五证合一', type: 'policy' });
    assert.deepEqual(idsOf(policies), [ids.registration]);
    assert.deepEqual(policies.facets.type, [{ value: 'policy', count: 1 }]);
    const byOrg = await search({ q: '清原', org: 'jyj' });
    assert.deepEqual(idsOf(byOrg), [ids.meeting]);
    const byYear = await search({ q: '清原', year: '2025' });
    assert.deepEqual(idsOf(byYear), [ids.registration]);
  });

  it('follows a policy’s validity', async () => {
    assert.deepEqual(idsOf(await search({ q: '五证合一', validity: 'amended' })), [
      ids.registration,
    ]);
    assert.equal((await search({ q: '五证合一', validity: 'valid' })).total, 0);
  });

  it('a withdrawn item is gone from the results', async () => {
    const r = await search({ q: '南口前镇' });
    assert.equal(r.total, 0);
    const rows = await sql<{ n: number }>`select count(*)::int as n from publishing_search_entries
      where item_id = ${ids.withdrawn}`.execute(db);
    assert.equal(rows.rows[0]!.n, 0);
  });

  it('a superseded edition is replaced by the new one', async () => {
    const r = await search({ q: '招生入学' });
    assert.deepEqual(idsOf(r), [ids.schoolV2]);
    assert.equal(r.items[0]!.title, '义务教育阶段招生入学工作方案（修订）');
  });

  it('finds by 文号 and by a town name', async () => {
    assert.deepEqual(idsOf(await search({ q: '清政发〔2025〕3号' })), [ids.registration]);
    assert.deepEqual(idsOf(await search({ q: '红透山镇' })), [ids.schoolV2]);
  });

  it('falls back to a title substring for a 2-character non-word, and to any word', async () => {
    const short = await search({ q: '粮收' });
    assert.deepEqual(idsOf(short), [ids.grain]);
    assert.equal(short.relaxed, false);
    const anyWord = await search({ q: '五证合一 国庆节' });
    assert.equal(anyWord.relaxed, true);
    assert.deepEqual(
      new Set(idsOf(anyWord)),
      new Set([ids.registration, ids.interpretation, ids.holiday]),
    );
  });

  it('an empty query lists the newest publications, with filters', async () => {
    const r = await search({});
    assert.equal(r.total, 6);
    assert.equal(r.items[0]!.id, ids.schoolV2);
    assert.deepEqual(
      r.items.map((i) => i.publishedOn),
      [...r.items.map((i) => i.publishedOn)].sort().reverse(),
    );
    const notices = await search({ q: '', type: 'notice' });
    assert.deepEqual(idsOf(notices), [ids.holiday, ids.grain]);
  });

  it('lists a very common word newest first (the date-index path of large hit sets)', async () => {
    const page = { limit: 20, offset: 0 };
    const words = await newestPage(db, { tsquery: "'清原'" }, {}, page);
    assert.deepEqual(
      words.map((r) => r.id),
      [ids.meeting, ids.registration],
    );
    const withTitle = await newestPage(
      db,
      { tsquery: "'清原'", titleLike: '%秋粮%' },
      { type: 'notice' },
      page,
    );
    assert.deepEqual(
      withTitle.map((r) => r.id),
      [ids.grain],
    );
  });

  it('hostile queries return normally', async () => {
    for (const q of ["' & | ! :* \\", '%_%', '<script>alert(1)</script>', '())(', '   ']) {
      const r = await search({ q });
      assert.ok(r.total >= 0, q);
      for (const item of r.items) assert.doesNotMatch(item.snippetHtml, /<script/);
    }
  });

  it('refuses bad parameters with a field error naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ q: '政'.repeat(101) }, 'q'],
      [{ type: 'memo' }, 'type'],
      [{ page: '0' }, 'page'],
      [{ page: 'abc' }, 'page'],
      [{ year: '26' }, 'year'],
      [{ validity: 'void' }, 'validity'],
      [{ org: 'nowhere' }, 'org'],
      [{ org: '<b>' }, 'org'],
    ];
    for (const [input, field] of cases) {
      await assert.rejects(
        search(input),
        (e: unknown) =>
          isAppError(e) &&
          e.kind === 'validation' &&
          e.details.fields?.[0]?.field === field &&
          /[\u4e00-\u9fff]/.test(e.message),
        field,
      );
    }
  });

  it('reindex re-segments rows cut with another dictionary version, or all', async () => {
    await sql`update publishing_search_entries set search_version = 'old', tsv = ''::tsvector
      where item_id = ${ids.meeting}`.execute(db);
    assert.equal((await search({ q: '中小学' })).total, 0);
    const stale = await reindexPublications(db);
    assert.equal(stale.indexed, 1);
    assert.equal(stale.removed, 0);
    assert.deepEqual(idsOf(await search({ q: '中小学' })), [ids.meeting]);
    const all = await reindexPublications(db, { all: true, batchSize: 3 });
    assert.equal(all.indexed, 6);
    assert.equal((await reindexPublications(db)).indexed, 0);
  });
});
