import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withdrawItem } from '../publish.service.ts';
import { homeData } from './home-data.ts';
import { siteTestApp, type SiteTest } from './test-support.ts';

describe('the home page data kept in the process', () => {
  let s: SiteTest;
  before(async () => {
    s = await siteTestApp();
  });
  after(() => s.t.close());

  const read = () => homeData(s.t.database.db, ['notice'], 7, '2026-01-01');
  const titles = async () => (await read()).columns.get('notice')!.map((i) => i.title);

  it('answers from memory until something is published or withdrawn, then reads again', async () => {
    assert.deepEqual(await titles(), []);
    assert.equal(await read(), await read(), 'the same answer, kept');
    const id = await s.publish('xzfb', '2026-11-20', {
      type: 'notice',
      title: '关于冬季防火的通告',
    });
    assert.deepEqual(await titles(), ['关于冬季防火的通告'], 'a publication is seen at once');
    assert.equal((await read()).figures.thisYear, 1);
    await withdrawItem(s.t.database.db, s.t.clock, s.crew.publisher, id, { reason: '内容有误' });
    assert.deepEqual(await titles(), [], 'a withdrawal too');
  });

  it('never gives one database the answer of another', async () => {
    const other = await siteTestApp();
    try {
      await s.publish('xzfb', '2026-11-21', { type: 'notice', title: '只在第一个库里' });
      assert.equal((await read()).columns.get('notice')!.length, 1);
      const elsewhere = await homeData(other.t.database.db, ['notice'], 7, '2026-01-01');
      assert.equal(elsewhere.columns.get('notice')!.length, 0);
    } finally {
      await other.t.close();
    }
  });
});
