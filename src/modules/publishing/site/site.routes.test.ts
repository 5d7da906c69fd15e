import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp } from '../../../../test/test-app.ts';
import { setPolicyValidity } from '../editions.service.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addAttachment } from '../console/attachments.service.ts';
import { fixture } from '../console/console.test-support.ts';
import { approveItem, createDraft, submitItem } from '../items.service.ts';
import { publishItem } from '../publish.service.ts';
import { withdrawItem } from '../publish.service.ts';
import { findChannelByCode } from '../publishing.queries.ts';
import { itemsSitemap, sitemapDocument } from './sitemap.ts';
import { siteTestApp, type SiteTest } from './test-support.ts';

/** Parses XML in the database (PostgreSQL's libxml): throws unless well-formed; returns xpath results. */
async function xpath(s: SiteTest, xml: string, path: string): Promise<string[]> {
  const { rows } = await sql<{ v: string }>`
    select unnest(xpath(${path}, xmlparse(document ${xml}),
      array[array['a', 'http://www.w3.org/2005/Atom'], array['s', 'http://www.sitemaps.org/schemas/sitemap/0.9']]))::text as v`.execute(
    s.t.database.db,
  );
  return rows.map((r) => r.v);
}

describe('the public site of 主动公开', () => {
  let s: SiteTest;
  const ids: Record<string, number> = {};
  before(async () => {
    s = await siteTestApp();
    for (let i = 1; i <= 23; i++) {
      const day = `2026-0${1 + Math.floor(i / 4)}-${String(1 + (i % 4) * 5).padStart(2, '0')}`;
      ids[`news${i}`] = await s.publish('xzfb', day, { type: 'news', title: `要闻第${i}条` });
    }
    ids.notice = await s.publish('mzj', '2026-09-01', {
      type: 'notice',
      title: '关于2026年城乡低保标准调整的通知 & 说明',
      summary: '低保 <标准> 调整',
    });
    const xzfb = await findChannelByCode(s.t.database.db, '210423');
    ids.oldPolicy = await s.publish('210423', '2025-03-03', {
      type: 'policy',
      title: '清原满族自治县旧版登记办法',
      docNumber: '清政发〔2025〕3号',
      issuingOrgId: Number(xzfb!.orgId),
      writtenOn: '2025-02-27',
      subjectCategory: '市场监管',
    });
    ids.policy = await s.publish('210423', '2026-04-08', {
      type: 'policy',
      title: '清原满族自治县关于推进“五证合一、一照一码”登记制度改革的实施意见',
      docNumber: '清政发〔2026〕12号',
      issuingOrgId: Number(xzfb!.orgId),
      writtenOn: '2026-04-01',
      subjectCategory: '市场监管',
      bodyHtml: '<p>为深化商事制度改革，<strong>实行五证合一</strong>。</p>',
    });
    ids.interpretation = await s.publish('210423', '2026-04-09', {
      type: 'interpretation',
      title: '《关于推进“五证合一”登记制度改革的实施意见》政策解读',
      policyId: ids.policy,
    });
    await setPolicyValidity(s.t.database.db, s.t.clock, s.crew.publisher, ids.oldPolicy, {
      validity: 'repealed',
      replacedById: ids.policy,
    });
    ids.withdrawn = await s.publish('mzj', '2026-09-02', { type: 'notice', title: '撤回的通知' });
    await withdrawItem(s.t.database.db, s.t.clock, s.crew.publisher, ids.withdrawn, {
      reason: '内容有误',
    });
    const mzj = await findChannelByCode(s.t.database.db, 'mzj');
    ids.draft = (
      await createDraft(s.t.database.db, s.t.clock, s.crew.author, {
        channelId: Number(mzj!.id),
        type: 'notice',
        title: '尚未发布的草稿',
        formedOn: '2026-09-03',
      })
    ).id;
  });
  after(() => s.t.close());

  const get = (url: string) => s.t.app.inject(url);

  it('shows the newest items of each column on the home page, dated, with live figures', async () => {
    const html = (await get('/')).body;
    assert.match(html, /要闻第23条/);
    assert.match(html, /要闻第17条/);
    assert.doesNotMatch(html, /要闻第16条<\/a>/, 'seven news items at most');
    assert.match(html, /关于2026年城乡低保标准调整的通知 &amp; 说明/);
    assert.match(html, /五证合一、一照一码/);
    assert.match(html, /政策解读<\/a>/);
    assert.match(html, /<time datetime="2026-09-01">2026-09-01<\/time>/);
    assert.doesNotMatch(html, /撤回的通知/);
    for (const href of [
      '/foi/apply',
      '/services/guides',
      '/services/powers',
      '/interaction',
      '/trading',
    ])
      assert.match(html, new RegExp(`href="${href}"`), href);
    // 2026: 23 news + notice + policy + interpretation (the withdrawn one is not public).
    assert.match(html, /2026年已发布信息<strong>26 条<\/strong>/);
    assert.match(html, /现行有效政策文件<strong>1 件<\/strong>/);
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
  });

  it('paginates a list, newest first, 20 a page', async () => {
    const first = (await get('/openness/news')).body;
    assert.match(first, /第 1 页，共 2 页（23 条）/);
    assert.ok(first.indexOf('要闻第23条') < first.indexOf('要闻第22条'));
    assert.match(first, /href="\/openness\/news\?page=2" rel="next"/);
    const second = (await get('/openness/news?page=2')).body;
    assert.match(second, /要闻第1条/);
    assert.doesNotMatch(second, /要闻第23条/);
    assert.match(
      second,
      /<link rel="canonical" href="http:\/\/localhost(:\d+)?\/openness\/news\?page=2"\/>/,
    );
    const past = (await get('/openness/news?page=99')).body;
    assert.match(past, /第 2 页，共 2 页/);
    assert.equal((await get('/openness/news?page=abc')).statusCode, 200);
  });

  it('lists a channel, and a channel by type', async () => {
    const channel = (await get('/openness/channels/mzj')).body;
    assert.match(channel, /关于2026年城乡低保标准调整的通知/);
    assert.doesNotMatch(channel, /要闻第/);
    const policies = (await get('/openness/channels/210423/policies')).body;
    assert.match(policies, /五证合一、一照一码/);
    assert.doesNotMatch(policies, /政策解读<\/a><time/);
    assert.equal((await get('/openness/channels/nope')).statusCode, 404);
    assert.equal((await get('/openness/channels/mzj/nope')).statusCode, 404);
    const all = (await get('/openness/channels')).body;
    assert.match(all, /<caption>县政府部门<\/caption>/);
    assert.match(all, /<th scope="row"><a href="\/openness\/channels\/mzj">/);
  });

  it('shows a policy with its metadata table and its interpretation, and the reverse link', async () => {
    const html = (await get(`/openness/items/${ids.policy}`)).body;
    assert.match(html, /<caption>信息属性<\/caption>/);
    assert.match(html, /<th scope="row">发文字号<\/th><td>清政发〔2026〕12号<\/td>/);
    assert.match(html, /<th scope="row">成文日期<\/th><td><time datetime="2026-04-01">/);
    assert.match(html, /<th scope="row">发布日期<\/th><td><time datetime="2026-04-08">/);
    assert.match(html, /<th scope="row">主题分类<\/th><td>市场监管<\/td>/);
    assert.match(
      html,
      /<th scope="row">有效性<\/th><td><span class="validity validity-valid">有效/,
    );
    assert.match(html, /<strong>实行五证合一<\/strong>/);
    assert.match(
      html,
      new RegExp(`相关解读</h2><ul><li><a href="/openness/items/${ids.interpretation}">`),
    );
    assert.match(html, new RegExp(`href="/openness/items/${ids.policy}/print"`));
    const interpretation = (await get(`/openness/items/${ids.interpretation}`)).body;
    assert.match(
      interpretation,
      new RegExp(`解读的政策文件</h2><ul><li><a href="/openness/items/${ids.policy}">`),
    );
  });

  it('marks a repealed policy with what replaced it', async () => {
    const html = (await get(`/openness/items/${ids.oldPolicy}`)).body;
    assert.match(html, /validity-repealed">已废止<\/span>/);
    assert.match(
      html,
      new RegExp(`<a href="/openness/items/${ids.policy}">由《清原满族自治县关于推进`),
    );
  });

  it('answers 404 with a clear page for withdrawn, draft and unknown items', async () => {
    for (const url of [
      `/openness/items/${ids.withdrawn}`,
      `/openness/items/${ids.draft}`,
      `/openness/items/${ids.withdrawn}/print`,
      '/openness/items/999999',
      '/openness/items/x1',
    ]) {
      const response = await get(url);
      assert.equal(response.statusCode, 404, url);
      assert.match(response.body, /信息不存在或已撤回/);
    }
  });

  it('prints an item without the navigation', async () => {
    const html = (await get(`/openness/items/${ids.policy}/print`)).body;
    assert.match(html, /清政发〔2026〕12号/);
    assert.doesNotMatch(html, /class="main-nav"/);
    assert.match(
      html,
      /<link rel="canonical" href="http:\/\/localhost(:\d+)?\/openness\/items\/\d+"\/>/,
    );
  });

  it('has canonical URLs, Open Graph tags, feed links and the search box', async () => {
    const html = (await get(`/openness/items/${ids.notice}`)).body;
    assert.match(
      html,
      new RegExp(
        `<link rel="canonical" href="http://localhost(:\\d+)?/openness/items/${ids.notice}"/>`,
      ),
    );
    assert.match(html, /<meta property="og:type" content="article"\/>/);
    assert.match(
      html,
      /<meta property="og:title" content="关于2026年城乡低保标准调整的通知 &amp; 说明"\/>/,
    );
    assert.match(
      html,
      /<meta property="og:description" content="低保 &lt;标准> 调整"\/>|<meta property="og:description" content="低保 &lt;标准&gt; 调整"\/>/,
    );
    assert.match(html, /<meta property="og:site_name"/);
    assert.match(html, /<form class="site-search" method="get" action="\/search" role="search"/);
    assert.match(
      html,
      /<label for="site-search-q"[^>]*>搜索本站信息<\/label><input id="site-search-q" type="search" name="q"/,
    );
    const list = (await get('/openness/notices')).body;
    assert.match(
      list,
      /<link rel="alternate" type="application\/atom\+xml" href="\/openness\/notices\/feed.xml"/,
    );
    assert.match(list, /<meta property="og:type" content="website"\/>/);
  });

  it('serves Atom and RSS feeds that parse as XML, with escaped titles', async () => {
    const atom = await get('/feed.xml');
    assert.equal(atom.headers['content-type'], 'application/atom+xml; charset=utf-8');
    const titles = await xpath(s, atom.body, '//a:entry/a:title/text()');
    assert.equal(titles.length, 27);
    assert.ok(titles.includes('关于2026年城乡低保标准调整的通知 &amp; 说明'));
    assert.ok(!titles.includes('撤回的通知'));
    const byType = await get('/openness/notices/feed.xml');
    assert.deepEqual(await xpath(s, byType.body, '//a:entry/a:title/text()'), [
      '关于2026年城乡低保标准调整的通知 &amp; 说明',
    ]);
    const channel = await get('/openness/channels/210423/feed.xml?type=policies');
    assert.equal((await xpath(s, channel.body, '//a:entry')).length, 2);
    const rss = await get('/openness/channels/mzj/rss.xml');
    assert.equal(rss.headers['content-type'], 'application/rss+xml; charset=utf-8');
    const links = await xpath(s, rss.body, '//item/link/text()');
    assert.deepEqual(
      links.map((l) => l.replace(/^http:\/\/localhost(:\d+)?/, '')),
      [`/openness/items/${ids.notice}`],
    );
    assert.equal((await get('/openness/channels/nope/feed.xml')).statusCode, 404);
  });

  it('lists every published item in the sitemap with its lastmod', async () => {
    const response = await get('/sitemap.xml');
    assert.match(response.headers['content-type'] as string, /^application\/xml/);
    const locs = await xpath(s, response.body, '//s:url/s:loc/text()');
    assert.ok(locs.some((l) => l.endsWith(`/openness/items/${ids.policy}`)));
    assert.ok(!locs.some((l) => l.endsWith(`/openness/items/${ids.withdrawn}`)));
    assert.ok(locs.some((l) => l.endsWith('/openness/news')));
    assert.equal((await xpath(s, response.body, '//s:url/s:lastmod')).length, 27);
  });

  it('splits the sitemap into an index of files past the URL limit', async () => {
    const db = s.t.database.db;
    const index = await sitemapDocument(db, 'https://example.gov.cn', ['/', '/openness'], 10);
    const files = await xpath(s, index, '//s:sitemap/s:loc/text()');
    assert.deepEqual(files, [
      'https://example.gov.cn/sitemap/pages.xml',
      'https://example.gov.cn/sitemap/items/1.xml',
      'https://example.gov.cn/sitemap/items/2.xml',
      'https://example.gov.cn/sitemap/items/3.xml',
    ]);
    const third = await itemsSitemap(db, 'https://example.gov.cn', 3, 10);
    assert.equal((await xpath(s, third!, '//s:url')).length, 7);
    assert.equal(await itemsSitemap(db, 'https://example.gov.cn', 4, 10), undefined);
    assert.equal((await get('/sitemap/items/1.xml')).statusCode, 200);
    assert.equal((await get('/sitemap/items/2.xml')).statusCode, 404);
    assert.equal((await get('/sitemap/pages.xml')).statusCode, 200);
  });

  it('uses PUBLIC_URL for canonical URLs when it is set, and speaks English', async () => {
    const configured = await createTestApp({ env: { PUBLIC_URL: 'https://www.example.gov.cn/' } });
    try {
      const html = (await configured.app.inject('/openness')).body;
      assert.match(html, /<link rel="canonical" href="https:\/\/www.example.gov.cn\/openness"\/>/);
      assert.match(
        html,
        /<meta property="og:url" content="https:\/\/www.example.gov.cn\/openness"\/>/,
      );
      const feed = (await configured.app.inject('/feed.xml')).body;
      assert.match(feed, /<id>https:\/\/www.example.gov.cn\/feed.xml<\/id>/);
    } finally {
      await configured.close();
    }
    const english = await s.t.app.inject({
      url: `/openness/items/${ids.policy}`,
      headers: { cookie: 'lang=en' },
    });
    assert.match(english.body, /<caption>About this item<\/caption>/);
    assert.match(english.body, /<html lang="en"/);
  });

  it("lists a published item's attachments with the PDF's text as HTML", async () => {
    const db = s.t.database.db;
    const store = fs.mkdtempSync(path.join(os.tmpdir(), 'site-files-'));
    const clock = { now: () => new Date('2026-09-10T10:00:00+08:00') };
    const mzj = await findChannelByCode(db, 'mzj');
    const { author, approver, publisher } = s.crew;
    const draft = await createDraft(db, clock, author, {
      channelId: Number(mzj!.id),
      type: 'notice',
      title: '关于救助对象名单的公示',
      formedOn: '2026-09-09',
    });
    await addAttachment(db, store, clock, author, draft.id, {
      kind: 'attachment',
      title: '救助对象名单',
      bytes: fixture('notice.pdf'),
      name: 'notice.pdf',
    });
    await submitItem(db, clock, author, draft.id);
    await approveItem(db, clock, approver, draft.id);
    await publishItem(db, clock, publisher, draft.id);
    const html = (await get(`/openness/items/${draft.id}`)).body;
    assert.match(html, /<h2 id="attachments">附件<\/h2>/);
    assert.match(
      html,
      /<a href="\/openness\/attachments\/\d+\/[^"]+" type="application\/pdf">救助对象名单<\/a>/,
    );
    assert.match(html, /<summary>查看网页版：救助对象名单<\/summary>/);
    assert.match(html, /Registration reform 2026/);
    const plain = (await get(`/openness/items/${ids.policy}`)).body;
    assert.doesNotMatch(plain, /id="attachments"/);
    fs.rmSync(store, { recursive: true, force: true });
  });
});
