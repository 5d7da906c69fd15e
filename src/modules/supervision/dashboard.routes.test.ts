import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.ts';
import { systemContext } from '../../platform/http/index.ts';
import { createUser } from '../accounts/index.ts';
import { summaryFields, summaryValue, supervisionSummary } from './summary.service.ts';

let t: TestApp;
let supervisor: string;

before(async () => {
  t = await createTestApp({ demo: true });
  supervisor = await signIn(t.app, 'jiancha', 'Sunshine-jiancha-2026');
});

after(async () => {
  await t.close();
});

const get = (url: string, cookie = supervisor) => t.app.inject({ url, headers: { cookie } });
const unescape = (href: string) => href.replaceAll('&amp;', '&');

/** The summary table's rows: figure → the number shown and its link. */
function summaryOf(html: string): Map<string, { text: string; href: string | null }> {
  const figures = new Map<string, { text: string; href: string | null }>();
  for (const row of html.matchAll(/<tr data-figure="(\w+)">([\s\S]*?)<\/tr>/g)) {
    const cell = /<td>([\s\S]*?)<\/td>/.exec(row[2]!)![1]!;
    const link = /<a href="([^"]+)"[^>]*>(\d+)<\/a>/.exec(cell);
    figures.set(row[1]!, {
      text: link ? link[2]! : cell,
      href: link ? unescape(link[1]!) : null,
    });
  }
  return figures;
}

/** The total a drill-down list states, and the rows on its page. */
async function listOf(href: string) {
  const page = await get(href);
  assert.equal(page.statusCode, 200, href);
  const total = Number(/共 (\d+) 件/.exec(page.body)![1]);
  const rows = [...page.body.matchAll(/<a href="\/staff\/supervision\/matters\/(\d+)">/g)].map(
    (m) => Number(m[1]),
  );
  return { total, rows, body: page.body };
}

describe('the supervision dashboard', () => {
  const period = { from: '2025-10-01', to: '2026-09-30' };
  let html: string;
  before(async () => {
    const page = await get(`/staff/supervision?from=${period.from}&to=${period.to}`);
    assert.equal(page.statusCode, 200);
    html = page.body;
  });

  it('shows the summary of the period, figure by figure', async () => {
    const summary = await supervisionSummary(t.database.db, t.clock, period);
    assert.ok(summary.accepted > 0, 'the demo county has accepted matters');
    const shown = summaryOf(html);
    for (const column of summaryFields) {
      const value = summaryValue(summary, column);
      const expected =
        value === null
          ? '—'
          : column.endsWith('Rate')
            ? `${(value * 100).toFixed(2)}%`
            : String(value);
      assert.equal(shown.get(column)?.text, expected, column);
    }
  });

  it('links every count to a list of exactly that many matters', async () => {
    for (const [figure, { text, href }] of summaryOf(html)) {
      if (!href) continue;
      assert.match(href, new RegExp(`figure=${figure}&from=${period.from}&to=${period.to}`));
      const list = await listOf(href);
      assert.equal(list.total, Number(text), figure);
      assert.equal(list.rows.length, Math.min(list.total, 50), figure);
    }
  });

  it('links the counts of the tables per org and kind of matter the same way', async () => {
    const links = [
      ...html.matchAll(
        /<a href="(\/staff\/supervision\/matters\?[^"]*(?:org|matterType)=[^"]+)"[^>]*>(\d+)<\/a>/g,
      ),
    ];
    assert.ok(links.length > 0);
    const checked = new Set<string>();
    for (const [, href, text] of links) {
      if (text === '0' || checked.has(href!)) continue;
      checked.add(href!);
      const list = await listOf(unescape(href!));
      assert.equal(list.total, Number(text), href);
    }
    assert.ok(checked.size > 10);
  });

  it('links the trend’s monthly figures to lists of the same count', async () => {
    const figure = /<figure class="chart">([\s\S]*?)<\/figure>/.exec(html)![1]!;
    const links = [...figure.matchAll(/<a href="([^"]+)">(\d+)<\/a>/g)];
    assert.ok(links.length >= 3);
    for (const [, href, text] of links.slice(-9)) {
      assert.match(
        href!,
        /figure=(accepted|completed|overdueCompleted)&amp;from=\d{4}-\d\d-01&amp;to=/,
      );
      const list = await listOf(unescape(href!));
      assert.equal(list.total, Number(text), href);
    }
  });

  it('draws the 12-month trend as a named SVG image with its table', () => {
    assert.match(
      html,
      /<svg width="100%" role="img" aria-label="近 12 个月趋势（2025-10-01 至 2026-09-30/,
    );
    assert.match(html, /<title>近 12 个月趋势/);
    assert.match(html, /<caption>近 12 个月趋势/);
    assert.match(html, /<th scope="row">2026-09<\/th>/);
    assert.doesNotMatch(html, / style="/);
  });

  it('defaults to this month up to today (Asia/Shanghai)', async () => {
    const page = await get('/staff/supervision');
    assert.equal(page.statusCode, 200);
    assert.match(
      page.body,
      /name="from"[^>]*value="2026-09-01"|value="2026-09-01"[^>]*name="from"/,
    );
    assert.match(page.body, /2026-09-01 至 2026-09-30 受理的事项/);
    assert.match(page.body, /href="\/staff\/supervision\/warnings"/);
    assert.match(page.body, /href="\/staff\/supervision\/video"/);
    assert.match(page.body, /href="\/staff\/supervision\/reports\/monthly"/);
    assert.ok(!/supervision(Dashboard|Matters?)\./.test(page.body), 'no message key left raw');
    const english = await get('/staff/supervision', `${supervisor}; lang=en`);
    assert.ok(english.body.includes('Electronic supervision'));
    assert.ok(!/supervision(Dashboard|Matters?)\./.test(english.body));
  });

  it('re-renders bad filters with 422 naming the field', async () => {
    const reversed = await get('/staff/supervision?from=2026-09-30&to=2026-09-01');
    assert.equal(reversed.statusCode, 422);
    assert.match(reversed.body, /结束日期不能早于开始日期/);
    const unknown = await get('/staff/supervision?org=no-such-org');
    assert.equal(unknown.statusCode, 422);
    assert.match(unknown.body, /没有这个责任单位/);
    const figure = await get('/staff/supervision/matters?figure=bogus');
    assert.equal(figure.statusCode, 422);
  });

  it('shows a red matter’s timeline: checkpoints, clock explanation, audit', async () => {
    const red = summaryOf(html).get('red')!;
    assert.ok(red.href, 'the demo county has a red matter in the year');
    const list = await listOf(red.href);
    const id = list.rows[0]!;
    // A warning on the matter (as the overdue sweep raises it), shown with its link.
    await sql`insert into supervision_warnings (supervised_id, org_id, rule, severity, raised_on,
        created_at, updated_at)
      select id, org_id, 'overdue', 'high', '2026-09-30', now(), now()
      from supervision_matters where id = ${id} on conflict do nothing`.execute(t.database.db);
    const { rows: warnings } = await sql<{ id: string }>`select id from supervision_warnings
      where supervised_id = ${id} and rule = 'overdue'`.execute(t.database.db);
    const page = await get(`/staff/supervision/matters/${id}`);
    assert.ok(
      page.body.includes(`<a href="/staff/supervision/warnings/${warnings[0]!.id}">超期未办结</a>`),
    );
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<table class="data-table" id="checkpoints">/);
    assert.match(page.body, /<th scope="row">受理<\/th>/);
    assert.match(page.body, /<ol class="explanation"><li>/);
    assert.match(page.body, /href="\/staff\/clocks\/\d+"/);
    assert.match(page.body, /<span class="light light-red">红灯<\/span>/);
    assert.match(page.body, /href="\/staff\/(approvals\/cases|feedback\/appeals)\/[^"]+"/);
    assert.ok(!/supervision(Dashboard|Matters?)\.|warnings\.(rule|stage)/.test(page.body));
    const english = await get(`/staff/supervision/matters/${id}`, `${supervisor}; lang=en`);
    assert.ok(english.body.includes('How the due date was computed'));
    assert.ok(!/supervision(Dashboard|Matters?)\./.test(english.body));
    const missing = await get('/staff/supervision/matters/999999999');
    assert.equal(missing.statusCode, 404);
  });
});

describe('who may read supervision', () => {
  it('sends the anonymous to sign in', async () => {
    const page = await t.app.inject({ url: '/staff/supervision' });
    assert.equal(page.statusCode, 303);
    assert.match(page.headers.location!, /^\/staff\/login/);
  });

  it('refuses a signed-in user without a role on any org', async () => {
    await createUser(t.database.db as never, t.clock, systemContext(), {
      username: 'norole',
      displayName: '无角色',
      password: 'Sunshine-norole-2026',
    });
    const cookie = await signIn(t.app, 'norole', 'Sunshine-norole-2026');
    for (const url of ['/staff/supervision', '/staff/supervision/matters?figure=red']) {
      const page = await get(url, cookie);
      assert.equal(page.statusCode, 403, url);
    }
  });

  it('shows a department officer their own org only', async () => {
    const cookie = await signIn(t.app, 'minzheng', 'Sunshine-minzheng-2026');
    const own = await get('/staff/supervision', cookie);
    assert.equal(own.statusCode, 200);
    assert.ok(own.body.includes('您可以查看本单位'));
    assert.ok(own.body.includes('<option value="mzj" selected>'));
    assert.ok(!own.body.includes('<option value="zrzyj"'));
    const other = await get('/staff/supervision?org=zrzyj', cookie);
    assert.equal(other.statusCode, 403);
  });
});
