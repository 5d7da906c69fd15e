import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../../test/test-app.ts';
import { ensureChannels } from '../channels.service.ts';
import { actorWith, channel } from '../test-support.ts';
import type { CatalogTables } from './catalog.tables.ts';
import { setItemCatalogNode } from './catalog.service.ts';
import { catalogColumns, publishNow, type Publisher } from './catalog.test-support.ts';

/** The page's visible text, tags dropped. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the catalog and guide pages', () => {
  let t: TestApp;
  let db: Kysely<unknown>;
  let p: Publisher;
  let relief: number;
  let reliefNumber: string;
  let gongkai: string;
  let minzheng: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    db = t.database.db;
    await ensureChannels(db, t.clock);
    const mzj = await channel(db, 'mzj');
    p = {
      db,
      clock: t.clock,
      author: await actorWith(db, 'disclosure_officer', 'xzfb'),
      approver: await actorWith(db, 'disclosure_officer', 'xzfb'),
    };
    // 21 items on 社会救助 (条例第21条), one page and one more.
    for (let i = 1; i <= 21; i++) {
      const id = await publishNow(p, {
        channelId: mzj.id,
        title: `临时救助对象公示（第${i}批）`,
        summary: `第${i}批临时救助对象名单`,
        formedOn: '2026-09-29',
      });
      await setItemCatalogNode(db, t.clock, p.author, id, 'a21c-07');
      relief = id;
    }
    reliefNumber = (await catalogColumns(db, relief)).indexNumber!;
    gongkai = await signIn(t.app, 'gongkai', 'Sunshine-gongkai-2026');
    minzheng = await signIn(t.app, 'minzheng', 'Sunshine-minzheng-2026');
  });
  after(() => t.close());

  it('shows the tree by theme as nested lists and the orgs, without scripts', async () => {
    const page = await t.app.inject({ url: '/openness/catalog' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>政府信息公开目录<\/h1>/);
    assert.match(page.body, /<ul class="catalog-tree"><li>.*?<ul class="catalog-tree">/s);
    assert.match(page.body, /href="\/openness\/catalog\/nodes\/a20-07">财政预算、决算信息<\/a>/);
    assert.match(page.body, /href="\/openness\/catalog\/orgs\/mzj">县民政局<\/a>/);
    // Nothing in the page's own content needs a script (the layout's enhance.js is optional).
    assert.doesNotMatch(/<main[^>]*>(.*)<\/main>/s.exec(page.body)![1]!, /<script/);
    const text = textOf(page.body);
    assert.match(text, /社会救助 (\d+) 条/);
    assert.ok(Number(/社会救助 (\d+) 条/.exec(text)![1]) >= 21);
  });

  it('speaks English with the lang=en cookie, and numbers the demo policies on 第20条第1项', async () => {
    const en = await t.app.inject({ url: '/openness/catalog', headers: { cookie: 'lang=en' } });
    assert.match(en.body, /<h1>Government information disclosure catalog<\/h1>/);
    assert.match(en.body, />Budgets and final accounts<\/a>/);
    assert.match(
      en.body,
      />Civil Affairs Bureau<\/a>|>Bureau of Civil Affairs<\/a>|\/openness\/catalog\/orgs\/mzj">[A-Z]/,
    );
    const policies = await t.app.inject({ url: '/openness/catalog/nodes/a20-01' });
    assert.equal(policies.statusCode, 200);
    const numbers = [...policies.body.matchAll(/<td class="nowrap">([^<]*\/\d{4}-\d{5})<\/td>/g)];
    assert.ok(numbers.length > 0, 'the demo policies have index numbers');
  });

  it('lists a node’s items with index number, name, summary and dates, 20 a page', async () => {
    const page = await t.app.inject({ url: '/openness/catalog/nodes/a21c-07?org=mzj' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<caption>县民政局：社会救助<\/caption>/);
    assert.match(page.body, /<th scope="col">索引号<\/th>/);
    assert.match(page.body, new RegExp(`<td class="nowrap">${reliefNumber}</td>`));
    assert.match(
      page.body,
      new RegExp(`href="/openness/items/${relief}">临时救助对象公示（第21批）</a>`),
    );
    assert.match(textOf(page.body), /共 21 条/);
    assert.match(textOf(page.body), /第21批临时救助对象名单/);
    assert.match(
      page.body,
      /href="\/openness\/catalog\/nodes\/a21c-07\?org=mzj&amp;page=2" rel="next"/,
    );
    const second = await t.app.inject({ url: '/openness/catalog/nodes/a21c-07?org=mzj&page=2' });
    assert.match(textOf(second.body), /（第1批）/);
    assert.doesNotMatch(textOf(second.body), /（第21批）/);
    for (const url of [
      '/openness/catalog/nodes/a20',
      '/openness/catalog/nodes/nope',
      '/openness/catalog/nodes/a21c-07?org=nope',
      '/openness/catalog/orgs/nope',
      '/openness/guide/nope',
    ]) {
      assert.equal((await t.app.inject({ url })).statusCode, 404, url);
    }
    assert.equal(
      (await t.app.inject({ url: '/openness/catalog/nodes/a20-01?page=x' })).statusCode,
      200,
    );
  });

  it('shows an org’s catalog by node: its items, blank required categories, not the township’s', async () => {
    const page = await t.app.inject({ url: '/openness/catalog/orgs/mzj' });
    assert.equal(page.statusCode, 200);
    const text = textOf(page.body);
    assert.match(text, /县民政局政府信息公开目录/);
    assert.match(text, /社会救助 21 条/);
    assert.match(text, /查看全部 21 条/);
    assert.match(text, /公务员招考的职位、名额、报考条件等事项以及录用结果 0 条 暂无信息/);
    assert.doesNotMatch(text, /宅基地使用情况审核/);
    const town = textOf((await t.app.inject({ url: '/openness/catalog/orgs/qyz' })).body);
    assert.match(town, /宅基地使用情况审核/);
    assert.doesNotMatch(town, /治安管理/);
  });

  it('shows the guides: the default from the org’s data, marked where to fill in', async () => {
    const list = await t.app.inject({ url: '/openness/guide' });
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /href="\/openness\/guide\/mzj">县民政局<\/a>/);
    const guide = await t.app.inject({ url: '/openness/guide/mzj' });
    assert.equal(guide.statusCode, 200);
    const text = textOf(guide.body);
    assert.match(text, /县民政局政府信息公开指南/);
    assert.match(text, /【请填写】/);
    assert.match(text, /办公时间/);
    assert.match(text, /20个工作日内答复/);
    assert.match(guide.body, /<th scope="row">传真<\/th>/);
  });

  it('lets the county office edit a guide, sanitised, and refuses a department officer', async () => {
    assert.equal(
      (await t.app.inject({ url: '/staff/publishing/guide/mzj', headers: { cookie: minzheng } }))
        .statusCode,
      403,
    );
    const form = await formSession(t.app, '/staff/publishing/guide/mzj', gongkai);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/staff/publishing/guide/mzj',
      headers: { cookie: minzheng, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: form.token,
        bodyHtml: '<p>不应保存的指南内容</p>',
      }).toString(),
    });
    assert.equal(refused.statusCode, 403);

    const empty = await form.post('/staff/publishing/guide/mzj', { bodyHtml: '<p> </p>' });
    assert.equal(empty.statusCode, 422);
    assert.match(textOf(empty.body), /“指南正文”不能为空/);

    const saved = await form.post('/staff/publishing/guide/mzj', {
      bodyHtml:
        '<h2>一、主动公开</h2><p onclick="x()">县民政局办公时间：工作日 8:30—17:00。</p><script>alert(1)</script>',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/openness/guide/mzj');
    const guide = await t.app.inject({ url: '/openness/guide/mzj' });
    assert.match(guide.body, /<p>县民政局办公时间：工作日 8:30—17:00。<\/p>/);
    assert.doesNotMatch(guide.body, /alert\(1\)|onclick/);
    assert.match(textOf(guide.body), /更新日期：2026-09-30/);
    const rows = await (db as Kysely<CatalogTables>)
      .selectFrom('auditLog' as never)
      .select(['action' as never])
      .where('action' as never, '=', 'publishing.guide.save' as never)
      .execute();
    assert.equal(rows.length, 1);
  });

  it('shows the fill status with blank categories flagged, and lets only the county office set the pattern', async () => {
    const page = await t.app.inject({
      url: '/staff/publishing/catalog',
      headers: { cookie: gongkai },
    });
    assert.equal(page.statusCode, 200);
    assert.match(
      page.body,
      /<tr class="light-red"><th scope="row"><a href="\/openness\/catalog\/nodes\/a20-14\?org=mzj">/,
    );
    assert.match(textOf(page.body), /空白，须补充公开/);
    assert.match(textOf(page.body), /社会救助 条例第21条 21 2026-09-30 已公开/);
    assert.match(page.body, /name="indexPattern"/);

    const officer = await t.app.inject({
      url: '/staff/publishing/catalog',
      headers: { cookie: minzheng },
    });
    assert.equal(officer.statusCode, 200);
    assert.doesNotMatch(officer.body, /name="indexPattern"/);
    assert.match(textOf(officer.body), /索引号规则由县政务公开办设置/);

    const form = await formSession(t.app, '/staff/publishing/catalog', gongkai);
    const bad = await form.post('/staff/publishing/catalog/pattern', {
      indexPattern: '{creditCode}/{year}',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(textOf(bad.body), /“索引号规则”须包含流水号 \{serial\}/);
    assert.match(bad.body, /value="\{creditCode\}\/\{year\}"/);

    const byOfficer = await t.app.inject({
      method: 'POST',
      url: '/staff/publishing/catalog/pattern',
      headers: { cookie: minzheng, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: form.token,
        indexPattern: '{orgCode}-{year}-{serial}',
      }).toString(),
    });
    assert.equal(byOfficer.statusCode, 403);

    const ok = await form.post('/staff/publishing/catalog/pattern', {
      indexPattern: 'QY{orgCode}-{year}-{serial:6}',
    });
    assert.equal(ok.statusCode, 303);
    const mzj = await channel(db, 'mzj');
    const id = await publishNow(p, {
      channelId: mzj.id,
      title: '救助标准调整公告',
      formedOn: '2026-09-30',
    });
    // The serial goes on from the org's 2026 serial; only the pattern changed.
    const serial = Number(reliefNumber.split('-').at(-1));
    assert.equal(
      (await catalogColumns(db, id)).indexNumber,
      `QYmzj-2026-${String(serial + 1).padStart(6, '0')}`,
    );
    assert.equal((await catalogColumns(db, relief)).indexNumber, reliefNumber);
  });
});
