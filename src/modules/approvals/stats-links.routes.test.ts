import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.ts';
import { statsColumns } from './views/stats.page.tsx';

let t: TestApp;
let leader: string;

before(async () => {
  t = await createTestApp({ demo: true });
  leader = await signIn(t.app, 'lingdao', 'Sunshine-lingdao-2026');
});

after(async () => {
  await t.close();
});

const period = 'from=2025-10-01&to=2026-09-30';

interface Figure {
  value: number;
  href: string | null;
}

/** The stats page's tables by caption start: row name → column → figure and its link. */
function tablesOf(html: string): Map<string, Map<string, Map<string, Figure>>> {
  const tables = new Map<string, Map<string, Map<string, Figure>>>();
  for (const table of html.split('<table').slice(1)) {
    const caption = /<caption>([^（<]+)/.exec(table)![1]!;
    const rows = new Map<string, Map<string, Figure>>();
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)![1]!;
    for (const row of body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
      const name = /<th scope="row">([^<]*)<\/th>/.exec(row[1]!)![1]!;
      const cells = [...row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => c[1]!);
      const figures = new Map<string, Figure>();
      statsColumns.forEach((column, i) => {
        const link = /<a href="([^"]+)">(\d+)<\/a>/.exec(cells[i]!);
        figures.set(column, {
          value: link ? Number(link[2]) : Number.parseFloat(cells[i]!),
          href: link ? link[1]!.replaceAll('&amp;', '&') : null,
        });
      });
      rows.set(name, figures);
    }
    tables.set(caption, rows);
  }
  return tables;
}

async function listTotal(href: string, cookie = leader): Promise<number> {
  const list = await t.app.inject({ url: href, headers: { cookie } });
  assert.equal(list.statusCode, 200, href);
  return Number(/共 (\d+) 件/.exec(list.body)![1]);
}

describe('the statistics page links each figure to a case list of the same count', () => {
  let tables: ReturnType<typeof tablesOf>;
  before(async () => {
    const page = await t.app.inject({
      url: `/staff/approvals/stats?${period}`,
      headers: { cookie: leader },
    });
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /列表条数可能与统计数不同/);
    assert.doesNotMatch(
      page.body,
      /列表条数可能少于统计数/,
      'a county-wide reader sees every case',
    );
    tables = tablesOf(page.body);
  });

  /** Follows the figure's link and checks the list's total; returns the figure. */
  async function follow(table: string, row: string, column: string): Promise<Figure> {
    const figure = tables.get(table)?.get(row)?.get(column);
    assert.ok(figure, `${table} / ${row} / ${column}`);
    assert.ok(figure.href, `${table} / ${row} / ${column} links`);
    assert.equal(await listTotal(figure.href), figure.value, `${table} / ${row} / ${column}`);
    return figure;
  }

  it('received per center', async () => {
    const centers = [...tables.get('按服务中心')!.keys()];
    assert.ok(centers.length >= 2, centers.join());
    for (const center of centers) await follow('按服务中心', center, 'received');
  });

  it('completed, on time and early for one department (deciding only, by completion date)', async () => {
    const departments = tables.get('按实施部门')!;
    // The department with the most completions, which also reviews other departments' cases.
    const [name] = [...departments.entries()]
      .filter(([row]) => row !== '合计')
      .sort((a, b) => b[1].get('completed')!.value - a[1].get('completed')!.value)[0]!;
    const completed = await follow('按实施部门', name, 'completed');
    const onTime = await follow('按实施部门', name, 'onTime');
    assert.ok(onTime.value > 0 && onTime.value < completed.value, `${onTime.value}`);
    assert.match(
      onTime.href!,
      /orgRole=decides&state=completed&timeliness=onTime&dateField=completed/,
    );
    await follow('按实施部门', name, 'early');
    // On time and late make up the completed.
    const late = onTime.href!.replace('timeliness=onTime', 'timeliness=late');
    assert.equal(await listTotal(late), completed.value - onTime.value);
  });

  it('a department as the deciding one only: its reviews of others’ cases are not counted', async () => {
    const police = await follow('按实施部门', '县公安局', 'received');
    const anyRole = police.href!.replace('&orgRole=decides', '');
    assert.ok((await listTotal(anyRole)) > police.value, 'the police also review registrations');
  });

  it('instant for one window, and the online applications (no window)', async () => {
    const windows = tables.get('按窗口')!;
    const [name] = [...windows.entries()].find(
      ([row, figures]) => row !== '合计' && figures.get('instant')!.value > 0,
    )!;
    await follow('按窗口', name, 'instant');
    const online = windows.get('网上申请（不经窗口）');
    if (online && online.get('received')!.value > 0) {
      const figure = await follow('按窗口', '网上申请（不经窗口）', 'received');
      assert.match(figure.href!, /window=none/);
    }
  });

  it('the totals of the closing and open-overdue figures, and a month', async () => {
    for (const column of ['accepted', 'refused', 'returned', 'withdrawn', 'openOverdue']) {
      const figure = tables.get('按服务中心')!.get('合计')!.get(column)!;
      if (figure.value > 0) await follow('按服务中心', '合计', column);
    }
    // February: the link's last day is the 28th, the month's own.
    const february = await follow('按月份', '2026-02', 'completed');
    assert.match(february.href!, /from=2026-02-01&to=2026-02-28/);
    await follow('按月份', '2026-02', 'received');
  });
});

describe('what the figures link to for readers of part of the cases', () => {
  it('links with a note for a window clerk, and no links for staff who may see no case', async () => {
    const clerk = await signIn(t.app, 'chuangkou', 'Sunshine-chuangkou-2026');
    const scoped = await t.app.inject({
      url: `/staff/approvals/stats?${period}`,
      headers: { cookie: clerk },
    });
    assert.match(scoped.body, /您只能查看与本单位有关的办件，因此列表条数可能少于统计数/);
    assert.match(scoped.body, /href="\/staff\/approvals\/cases\?center=/);
    const officer = await signIn(t.app, 'gongkai', 'Sunshine-gongkai-2026');
    const none = await t.app.inject({
      url: `/staff/approvals/stats?${period}`,
      headers: { cookie: officer },
    });
    assert.equal(none.statusCode, 200);
    assert.doesNotMatch(none.body, /href="\/staff\/approvals\/cases\?/);
    assert.equal(
      (await t.app.inject({ url: '/staff/approvals/cases', headers: { cookie: officer } }))
        .statusCode,
      403,
    );
  });
});

describe('the case list’s date filter', () => {
  it('takes acceptance dates by default, and names a bad date field with 422', async () => {
    const dates = 'from=2025-10-01&to=2026-09-30';
    const byDefault = await listTotal(`/staff/approvals/cases?${dates}`);
    assert.equal(byDefault, await listTotal(`/staff/approvals/cases?${dates}&dateField=accepted`));
    assert.notEqual(
      byDefault,
      await listTotal(`/staff/approvals/cases?${dates}&dateField=received`),
    );
    const bad = await t.app.inject({
      url: '/staff/approvals/cases?dateField=decided&timeliness=soon&window=x',
      headers: { cookie: leader },
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /日期范围按：请选择申请、受理、办结或终止日期/);
    assert.match(bad.body, /办理时效：请从列表中选择/);
    assert.match(bad.body, /窗口：请从列表中选择/);
  });
});
