import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { withdrawItem } from '../publish.service.ts';
import { actorWith, publishingDatabase } from '../test-support.ts';
import type { HealthTables } from './health.tables.ts';
import { publishAt } from './health.testing.ts';
import { classifyLink, extractLinks } from './links.extract.ts';
import { listBrokenLinks } from './links.queries.ts';
import { checkExternalLinks, checkInternalLinks } from './links.service.ts';

async function stored(db: Kysely<unknown>, itemId: number) {
  return (db as Kysely<HealthTables>)
    .selectFrom('publishingLinkChecks')
    .select(['url', 'scope', 'status', 'httpStatus'])
    .where('itemId', '=', itemId)
    .orderBy('url')
    .execute();
}

describe('link extraction', () => {
  it('finds a[href] and img[src], decoded, once each', () => {
    const html =
      '<p><a href="/openness/items/3">x</a> <img alt="" src=\'/files/9\'> <a href="https://a.example/?x=1&amp;y=2">y</a> <a href="/openness/items/3">again</a></p>';
    assert.deepEqual(extractLinks(html), [
      '/openness/items/3',
      '/files/9',
      'https://a.example/?x=1&y=2',
    ]);
  });

  it('classifies links without the network', () => {
    assert.equal(classifyLink('/openness/items/12/print').kind, 'item');
    assert.equal(classifyLink('/files/4').kind, 'file');
    assert.equal(classifyLink('/openness/news').kind, 'path');
    assert.equal(classifyLink('mailto:x@example.com').kind, 'skip');
    assert.equal(classifyLink('#top').kind, 'skip');
    assert.equal(classifyLink('https://www.gov.cn/').kind, 'external');
    assert.equal(
      classifyLink('https://www.qingyuan.gov.cn/openness/items/5', 'https://www.qingyuan.gov.cn')
        .kind,
      'item',
    );
  });
});

describe('link checker', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  let db: Kysely<unknown>;
  let server: http.Server;
  let base: string;
  before(async () => {
    t = await publishingDatabase();
    db = t.db;
    server = http.createServer((req, res) => {
      // HEAD is refused by this server: the checker falls back to GET.
      if (req.url === '/no-head' && req.method === 'HEAD') res.writeHead(405).end();
      else if (req.url === '/ok' || req.url === '/no-head') res.writeHead(200).end('ok');
      else res.writeHead(404).end('missing');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  it('internal: a link to a published item is ok, to a withdrawn or missing one broken', async () => {
    const target = await publishAt(db, t.clock, 'jyj', 'notice', '2026-11-02');
    const gone = await publishAt(db, t.clock, 'jyj', 'notice', '2026-11-02');
    const office = await actorWith(db, 'disclosure_officer', 'xzfb');
    await withdrawItem(db, t.clock, office, gone, { reason: '内容有误，撤回更正' });
    const page = await publishAt(db, t.clock, 'jyj', 'news', '2026-11-03', {
      bodyHtml: `<p><a href="/openness/items/${target}">通知</a>、<a href="/openness/items/${gone}">旧通知</a>、<a href="/openness/items/999999">不存在</a>、<a href="/openness/news">要闻</a>、<a href="/nowhere">错</a>、<a href="mailto:gongkai@example.cn">邮件</a></p>`,
    });
    const probe = async (path: string) => (path === '/openness/news' ? 200 : 404);
    const counts = await checkInternalLinks(db, t.clock, { probe });
    assert.deepEqual(counts, { checked: 5, broken: 3 });
    const rows = await stored(db, page);
    const status = Object.fromEntries(rows.map((r) => [r.url, r.status]));
    assert.equal(status[`/openness/items/${target}`], 'ok');
    assert.equal(status[`/openness/items/${gone}`], 'broken');
    assert.equal(status['/openness/items/999999'], 'broken');
    assert.equal(status['/openness/news'], 'ok');
    assert.equal(status['/nowhere'], 'broken');
    assert.equal(status['mailto:gongkai@example.cn'], 'skipped');
    const channelIds = [
      (
        await (db as Kysely<HealthTables>)
          .selectFrom('publishingChannels')
          .select('id')
          .where('code', '=', 'jyj')
          .executeTakeFirstOrThrow()
      ).id,
    ];
    const report = await listBrokenLinks(db, channelIds);
    assert.equal(report.length, 1);
    assert.equal(report[0]!.itemId, page);
    assert.deepEqual(
      report[0]!.links.map((l) => l.url).sort(),
      [`/openness/items/${gone}`, '/openness/items/999999', '/nowhere'].sort(),
    );
  });

  // platform/html keeps only https images, so the GET fallback is shown on a link.
  it('external: HEAD then GET against a real local server; 404 broken, 200 ok, a closed port unreachable', async () => {
    const page = await publishAt(db, t.clock, 'mzj', 'news', '2026-11-04', {
      bodyHtml: `<p><a href="${base}/ok">好</a> <a href="${base}/gone">坏</a> <a href="${base}/no-head">仅GET</a> <a href="http://127.0.0.1:1/">关</a></p>`,
    });
    const counts = await checkExternalLinks(db, t.clock, { timeoutMs: 2000, concurrency: 2 });
    assert.deepEqual(counts, { checked: 4, broken: 1, unreachable: 1 });
    const rows = await stored(db, page);
    const byUrl = Object.fromEntries(rows.map((r) => [r.url, r]));
    assert.equal(byUrl[`${base}/ok`]!.status, 'ok');
    assert.equal(byUrl[`${base}/ok`]!.httpStatus, 200);
    assert.equal(byUrl[`${base}/gone`]!.status, 'broken');
    assert.equal(byUrl[`${base}/gone`]!.httpStatus, 404);
    assert.equal(byUrl[`${base}/no-head`]!.status, 'ok');
    assert.equal(byUrl['http://127.0.0.1:1/']!.status, 'unreachable');
    assert.ok(rows.every((r) => r.scope === 'external'));
  });
});
