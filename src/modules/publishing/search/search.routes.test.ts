import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { accountsModule } from '../../accounts/index.ts';
import { ensureChannels } from '../channels.service.ts';
import { seedSearchFixtures } from './search.fixtures.ts';

const logger = { info: () => undefined, warn: () => undefined };

describe('GET /search and GET /api/v1/publications', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof seedSearchFixtures>>;
  before(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const orgs = accountsModule.seeders.find((s) => s.name === 'accounts.orgs')!;
    await orgs.run({ db, clock: t.clock, logger, notes: [] });
    await ensureChannels(db, t.clock);
    ids = await seedSearchFixtures(db, t.clock);
  });
  after(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it('answers the contract: total and items with exactly the agreed fields', async () => {
    const res = await get(`/api/v1/publications?q=${encodeURIComponent('五证合一')}`);
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.deepEqual(Object.keys(body).sort(), ['items', 'total']);
    assert.equal(body.total, 2);
    assert.deepEqual(body.items[0], {
      id: ids.registration,
      type: 'policy',
      title: '关于推行“五证合一、一照一码”登记制度改革的实施意见',
      org: '县市场监督管理局',
      publishedOn: '2025-03-10',
      url: `/openness/items/${ids.registration}`,
      snippet: body.items[0].snippet,
    });
    assert.match(body.items[0].snippet, /<mark>五证合一<\/mark>/);
  });

  it('filters by type and org and pages', async () => {
    const q = encodeURIComponent('清原');
    const policies = (await get(`/api/v1/publications?q=${q}&type=policy`)).json();
    assert.deepEqual(
      policies.items.map((i: { id: number }) => i.id),
      [ids.registration],
    );
    const jyj = (await get(`/api/v1/publications?q=${q}&org=jyj`)).json();
    assert.deepEqual(
      jyj.items.map((i: { id: number }) => i.id),
      [ids.meeting],
    );
    const beyond = (await get(`/api/v1/publications?q=${q}&page=2`)).json();
    assert.equal(beyond.items.length, 0);
    assert.ok(beyond.total >= 2);
  });

  it('refuses bad parameters with 422 and the field named, never a 500', async () => {
    for (const [query, field] of [
      [`q=${'政'.repeat(101)}`, 'q'],
      ['type=memo', 'type'],
      ['page=0', 'page'],
      ['page=-3', 'page'],
      ['org=nowhere', 'org'],
    ] as const) {
      const res = await get(`/api/v1/publications?${encodeURI(query)}`);
      assert.equal(res.statusCode, 422, query);
      const { error } = res.json();
      assert.equal(error.code, 'validation');
      assert.ok(error.fields[field], query);
      assert.match(error.fields[field], /[\u4e00-\u9fff]/);
    }
    const en = await get('/api/v1/publications?type=memo', { 'accept-language': 'en' });
    assert.match(en.json().error.fields.type, /Type/);
  });

  it('renders the results page: count, marked matches, facets as links, no script needed', async () => {
    const res = await get(`/search?q=${encodeURIComponent('清原县')}`);
    assert.equal(res.statusCode, 200);
    const html = res.body;
    assert.match(html, /<form[^>]*method="get"[^>]*action="\/search"/);
    assert.match(html, /role="status"[^>]*>共找到 \d+ 条结果/);
    assert.match(html, /<mark>清原满族自治县<\/mark>/);
    assert.match(html, new RegExp(`href="/openness/items/${ids.meeting}"`));
    assert.match(html, /href="\/search\?q=%E6%B8%85%E5%8E%9F%E5%8E%BF&amp;type=news"/);
    assert.match(html, /<h1>“清原县”的搜索结果<\/h1>/);
  });

  it('escapes the query everywhere it is echoed', async () => {
    const res = await get(`/search?q=${encodeURIComponent('<script>x</script>')}`);
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, /<script>x/);
  });

  it('lists the newest publications without a query, and pages', async () => {
    const res = await get('/search');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /最新发布的信息，共 6 条/);
    const filtered = await get('/search?type=notice');
    assert.match(filtered.body, /关于2026年国庆节放假安排的通知/);
    assert.doesNotMatch(filtered.body, /秋季开学工作会议召开/);
  });

  it('shows a bad parameter as a 422 page naming the field', async () => {
    const res = await get('/search?q=x&page=0');
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /“页码”须为 1 到 500 之间的整数/);
    assert.match(res.body, /<form[^>]*action="\/search"/);
  });
});
