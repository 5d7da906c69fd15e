import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { setPolicyValidity, startNewEdition } from '../editions.service.ts';
import { approveItem, editDraft, submitItem } from '../items.service.ts';
import { publishItem, withdrawItem } from '../publish.service.ts';
import type { Channel } from '../publishing.queries.ts';
import { actorWith, channel, publishingDatabase } from '../test-support.ts';
import type { CatalogTables } from './catalog.tables.ts';
import { catalogColumns, publishNow, type Publisher } from './catalog.test-support.ts';
import { formatIndexNumber, indexPatternProblem } from './index-pattern.ts';

describe('index numbers (条例第12条)', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  let db: Kysely<unknown>;
  let jyj: Channel;
  let mzj: Channel;
  let p: Publisher;
  before(async () => {
    t = await publishingDatabase();
    db = t.db;
    jyj = await channel(db, 'jyj');
    mzj = await channel(db, 'mzj');
    // 教育局 has a credit code; 民政局 has none and falls back to its org code.
    await (db as Kysely<CatalogTables>)
      .updateTable('accountsOrgs')
      .set({ creditCode: '11210423MB1234567X' })
      .where('code', '=', 'jyj')
      .execute();
    p = {
      db,
      clock: t.clock,
      // Two people of the county office: they may author and approve in every channel.
      author: await actorWith(db, 'disclosure_officer', 'xzfb'),
      approver: await actorWith(db, 'disclosure_officer', 'xzfb'),
    };
  });
  beforeEach(() => t.clock.set('2026-09-30T09:30:00+08:00'));
  after(() => t.close());

  it('formats the default pattern and refuses patterns that could repeat a number', () => {
    const parts = { creditCode: '11210423MB1234567X', orgCode: 'jyj', year: 2026, serial: 7 };
    assert.equal(
      formatIndexNumber('{creditCode}/{year}-{serial:5}', parts),
      '11210423MB1234567X/2026-00007',
    );
    assert.equal(
      formatIndexNumber('{creditCode}/{year}-{serial:5}', { ...parts, creditCode: '' }),
      'jyj/2026-00007',
    );
    assert.equal(formatIndexNumber('QY-{orgCode}-{year}-{serial}', parts), 'QY-jyj-2026-7');
    assert.equal(indexPatternProblem('{creditCode}/{year}-{serial:5}'), null);
    assert.equal(
      indexPatternProblem('{creditCode}/{year}'),
      'publishingCatalog.error.patternSerial',
    );
    assert.equal(
      indexPatternProblem('{creditCode}/{serial}'),
      'publishingCatalog.error.patternYear',
    );
    assert.equal(indexPatternProblem('{year}-{serial}'), 'publishingCatalog.error.patternOrg');
    assert.equal(
      indexPatternProblem('{orgCode}/{year}-{serial:0}'),
      'publishingCatalog.error.patternWidth',
    );
    assert.equal(
      indexPatternProblem('{org}/{year}-{serial}'),
      'publishingCatalog.error.patternToken',
    );
    assert.equal(
      indexPatternProblem('{orgCode}/{year}-{serial}}'),
      'publishingCatalog.error.patternToken',
    );
    assert.equal(indexPatternProblem(''), 'publishingCatalog.error.patternLength');
  });

  it('gives a number once, at first publication, serials rising per org and year', async () => {
    const a = await publishNow(p, {
      channelId: jyj.id,
      title: '秋季学期开学通知',
      formedOn: '2026-09-28',
    });
    const b = await publishNow(p, {
      channelId: jyj.id,
      title: '教师节表彰通知',
      formedOn: '2026-09-28',
    });
    const c = await publishNow(p, {
      channelId: mzj.id,
      title: '低保标准调整通知',
      formedOn: '2026-09-28',
    });
    assert.equal((await catalogColumns(db, a)).indexNumber, '11210423MB1234567X/2026-00001');
    assert.equal((await catalogColumns(db, b)).indexNumber, '11210423MB1234567X/2026-00002');
    assert.equal((await catalogColumns(db, c)).indexNumber, 'mzj/2026-00001');

    t.clock.set('2026-10-09T10:00:00+08:00');
    await withdrawItem(db, t.clock, p.approver, a, { reason: '内容有误，撤回重发' });
    const withdrawn = await catalogColumns(db, a);
    assert.equal(withdrawn.state, 'withdrawn');
    assert.equal(withdrawn.indexNumber, '11210423MB1234567X/2026-00001');
    const next = await publishNow(p, {
      channelId: jyj.id,
      title: '秋季学期开学通知（更正）',
      formedOn: '2026-10-09',
    });
    assert.equal((await catalogColumns(db, next)).indexNumber, '11210423MB1234567X/2026-00003');
  });

  it('a drafted, submitted or approved item has no number', async () => {
    const item = await publishNowUntil('approve');
    assert.equal((await catalogColumns(db, item)).indexNumber, null);
  });

  async function publishNowUntil(step: 'approve'): Promise<number> {
    const { createDraft } = await import('../items.service.ts');
    const draft = await createDraft(db, t.clock, p.author, {
      channelId: jyj.id,
      type: 'notice',
      title: '待发布的通知',
      formedOn: '2026-09-29',
    });
    await submitItem(db, t.clock, p.author, draft.id);
    if (step === 'approve') await approveItem(db, t.clock, p.approver, draft.id);
    return draft.id;
  }

  it('takes the year of the Asia/Shanghai publication date: 2026-12-31T16:30Z is 2027', async () => {
    t.clock.set('2026-12-31T16:30:00Z');
    const id = await publishNow(p, {
      channelId: mzj.id,
      title: '元旦假期值班安排',
      formedOn: '2026-12-31',
    });
    const row = await catalogColumns(db, id);
    assert.equal(row.publishedOn, '2027-01-01');
    assert.equal(row.indexNumber, 'mzj/2027-00001');
  });

  it('keeps the number through a validity change; a new edition gets its own number', async () => {
    const policy = {
      type: 'policy',
      title: '县城乡居民最低生活保障实施办法',
      formedOn: '2026-09-25',
      docNumber: '清民发〔2026〕8号',
      issuingOrgId: mzj.orgId,
      writtenOn: '2026-09-24',
    };
    const mz = { ...p, author: await actorWith(db, 'department_officer', 'mzj') };
    const v1 = await publishNow(mz, { channelId: mzj.id, ...policy });
    const first = (await catalogColumns(db, v1)).indexNumber;
    assert.match(first!, /^mzj\/2026-\d{5}$/);
    await setPolicyValidity(db, t.clock, p.approver, v1, { validity: 'amended' });
    assert.equal((await catalogColumns(db, v1)).indexNumber, first);

    const v2 = await startNewEdition(db, t.clock, mz.author, v1);
    assert.equal((await catalogColumns(db, v2.id)).indexNumber, null);
    await editDraft(db, t.clock, mz.author, v2.id, { ...policy, title: `${policy.title}（修订）` });
    await submitItem(db, t.clock, mz.author, v2.id);
    await approveItem(db, t.clock, p.approver, v2.id);
    await publishItem(db, t.clock, p.approver, v2.id);
    const old = await catalogColumns(db, v1);
    assert.equal(old.state, 'superseded');
    assert.equal(old.indexNumber, first);
    const second = (await catalogColumns(db, v2.id)).indexNumber;
    assert.match(second!, /^mzj\/2026-\d{5}$/);
    assert.notEqual(second, first);
  });

  it('follows a custom pattern for numbers given after it is set, and serials never repeat under concurrency', async () => {
    await (db as Kysely<CatalogTables>)
      .updateTable('publishingCatalogSettings')
      .set({ indexPattern: 'QY-{orgCode}-{year}-{serial:4}' })
      .execute();
    try {
      const ids = await Promise.all(
        ['一', '二', '三', '四'].map((n) =>
          publishNow(p, {
            channelId: mzj.id,
            title: `第${n}批临时救助名单公示`,
            formedOn: '2026-09-29',
          }),
        ),
      );
      const numbers = await Promise.all(
        ids.map(async (id) => (await catalogColumns(db, id)).indexNumber!),
      );
      for (const n of numbers) assert.match(n, /^QY-mzj-2026-\d{4}$/);
      assert.equal(new Set(numbers).size, 4);
    } finally {
      await (db as Kysely<CatalogTables>)
        .updateTable('publishingCatalogSettings')
        .set({ indexPattern: '{creditCode}/{year}-{serial:5}' })
        .execute();
    }
  });
});
