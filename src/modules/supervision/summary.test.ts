import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { systemContext } from '../../platform/http/index.ts';
import { createApiToken, type AccountsTables } from '../accounts/index.ts';
import { listSupervisedMatters } from './matters.queries.ts';
import { summaryWithGroups } from './summary.service.ts';
import { figures } from './summary.sql.ts';

type Event = Record<string, unknown>;

/** A matter's events: accepted, then whatever follows, each at 10:00 Beijing time of its day. */
function matter(org: string, id: string, acceptedOn: string, promisedDays: number) {
  const events: Event[] = [];
  const base = { source: 'lnzwfw', matterType: 'approval', org, matterId: id, itemCode: 'XK-1' };
  const at = (day: string) => `${day}T10:00:00+08:00`;
  const add = (kind: string, day: string, extra: Event = {}) => {
    events.push({ ...base, eventId: `${id}-${events.length}`, kind, at: at(day), ...extra });
    return chain;
  };
  const chain = {
    events,
    completed: (day: string) => add('completed', day),
    returned: (day: string, extra: Event = {}) => add('returned', day, extra),
    extended: (day: string, days: number) => add('extended', day, { days, reason: '第42条' }),
  };
  if (acceptedOn)
    add('accepted', acceptedOn, { promisedDays, statutoryDays: 20, limitUnit: 'working' });
  return chain;
}

describe('GET /api/v1/supervision/summary', () => {
  let t: TestApp;
  let writeToken: string;
  let readToken: string;
  before(async () => {
    t = await createTestApp();
    // Events arrive after they happen: the clocks' today is after every event.
    t.clock.set('2026-11-20T12:00:00+08:00');
    const db = t.database.db as Kysely<AccountsTables>;
    const parent = await createTestOrg(db, 'org-parent');
    await createTestOrg(db, 'org-141');
    await createTestOrg(db, 'org-mix', parent);
    const ctx = systemContext();
    ({ token: writeToken } = await createApiToken(db, t.clock, ctx, {
      orgCode: 'org-141',
      scopes: ['supervision:write'],
    }));
    ({ token: readToken } = await createApiToken(db, t.clock, ctx, {
      orgCode: 'org-141',
      scopes: ['supervision:read'],
    }));
  });
  after(() => t.close());

  const post = async (events: Event[]) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/supervision/checkpoints',
      headers: { authorization: `Bearer ${writeToken}` },
      payload: events,
    });
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as { accepted: number; rejected: unknown[] };
  };
  const summary = async (query: string, token = readToken) => {
    const response = await t.app.inject({
      url: `/api/v1/supervision/summary?${query}`,
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.statusCode, body: response.json() as Record<string, unknown> };
  };

  it('141 accepted and 141 completed on time: completion rate 1, nothing overdue', async () => {
    // October 2026's working days after 国庆, including the make-up Saturday 10 October.
    const days = ['09', '10', '12', '13', '14', '15', '16', '19', '20', '21', '22', '23', '26']
      .concat(['27', '28', '29', '30'])
      .map((d) => `2026-10-${d}`);
    const events = Array.from({ length: 141 }, (_, i) => {
      const day = days[i % days.length]!;
      return matter('org-141', `S${i}`, day, 5).completed(day).events;
    }).flat();
    assert.equal((await post(events)).accepted, 282);
    const { status, body } = await summary('from=2026-10-01&to=2026-10-31&org=org-141');
    assert.equal(status, 200);
    assert.deepEqual(body, {
      accepted: 141,
      completed: 141,
      completionRate: 1,
      onTime: 141,
      onTimeRate: 1,
      // Completed the day they were accepted: no working day used of the five promised.
      early: 141,
      earlyRate: 1,
      overdueCompleted: 0,
      overdueOpen: 0,
      returned: 0,
      returnedWithoutReason: 0,
      refused: 0,
      lights: { green: 0, yellow: 0, red: 0 },
    });
  });

  // Due dates by hand on the 2026 calendar (国庆 1–8 October, make-up Saturday 10 October).
  const mixed = [
    // Outside the period (accepted in September): counted nowhere.
    matter('org-mix', 'M0', '2026-09-29', 5).completed('2026-10-20'),
    // Due 13 Oct (10, 12, 13): completed the 12th — on time and early.
    matter('org-mix', 'A', '2026-10-09', 3).completed('2026-10-12'),
    // Due 13 Oct, completed that day: on time, not early.
    matter('org-mix', 'B', '2026-10-09', 3).completed('2026-10-13'),
    // Due 14 Oct (13, 14), completed the 16th: late.
    matter('org-mix', 'C', '2026-10-12', 2).completed('2026-10-16'),
    // Due 14 Oct, extended 3 days → 19 Oct (15, 16, 19), completed the 19th: on time, not early.
    matter('org-mix', 'D', '2026-10-12', 2).extended('2026-10-13', 3).completed('2026-10-19'),
    // Due 27 Oct (21, 22, 23, 26, 27), still open: red on 31 Oct.
    matter('org-mix', 'E', '2026-10-20', 5),
    // Due 4 Nov (29, 30, 2, 3, 4), yellow from 3 Nov: green on 31 Oct.
    matter('org-mix', 'F', '2026-10-28', 5),
    // Due 2 Nov (29, 30, 2), yellow from 30 Oct: yellow on 31 Oct.
    matter('org-mix', 'H', '2026-10-28', 3),
    // Returned without a reason, and with one.
    matter('org-mix', 'I', '2026-10-15', 5).returned('2026-10-16'),
    matter('org-mix', 'J', '2026-10-15', 5).returned('2026-10-16', {
      reason: '申请材料与许可条件不符',
      legalBasis: '行政许可法第38条',
    }),
    // 即办件: due on the day accepted; completed that day (on time), and the next day (late).
    matter('org-mix', 'L', '2026-10-22', 0).completed('2026-10-22'),
    matter('org-mix', 'N', '2026-10-22', 0).completed('2026-10-23'),
    // Due 2 Nov (27, 28, 29, 30, 2), completed 5 Nov: late, and open and yellow on 31 Oct.
    matter('org-mix', 'P', '2026-10-26', 5).completed('2026-11-05'),
  ];
  // Refused at the window (不予受理), never accepted.
  const refusal: Event = {
    source: 'lnzwfw',
    eventId: 'K-0',
    matterType: 'approval',
    matterId: 'K',
    org: 'org-mix',
    kind: 'refused',
    at: '2026-10-21T10:00:00+08:00',
    reason: '不属于本机关职权范围',
    legalBasis: '行政许可法第32条',
  };
  const expected = {
    accepted: 12,
    completed: 7,
    completionRate: 0.5833,
    onTime: 4,
    onTimeRate: 0.5714,
    early: 1,
    earlyRate: 0.1429,
    overdueCompleted: 3,
    overdueOpen: 1,
    returned: 2,
    returnedWithoutReason: 1,
    refused: 1,
    lights: { green: 1, yellow: 2, red: 1 },
  };

  it('a mixed month gives the figures computed by hand', async () => {
    const batch = [...mixed.flatMap((m) => m.events), refusal];
    await post(batch);
    const { body } = await summary('from=2026-10-01&to=2026-10-31&org=org-mix');
    assert.deepEqual(body, expected);
    // The parent org covers the org under it; the other org's matters are not mixed in.
    assert.deepEqual(
      (await summary('from=2026-10-01&to=2026-10-31&org=org-parent')).body,
      expected,
    );
    // One pass with the tables per org and type counts the same.
    const grouped = await summaryWithGroups(t.database.db, t.clock, {
      from: '2026-10-01',
      to: '2026-10-31',
      orgCode: 'org-parent',
    });
    assert.deepEqual(grouped.summary, expected);
    assert.deepEqual(grouped.byOrg, [
      { key: 'org-mix', label: '测试机构 org-mix', summary: expected },
    ]);
    assert.deepEqual(grouped.byMatterType, [
      { key: 'approval', label: 'approval', summary: expected },
    ]);
    // Re-sending the batch changes nothing.
    await post(batch);
    assert.deepEqual((await summary('from=2026-10-01&to=2026-10-31&org=org-mix')).body, expected);
  });

  it('lists exactly the matters behind each figure', async () => {
    const filter = { from: '2026-10-01', to: '2026-10-31', orgCode: 'org-mix' };
    const ids = async (figure: (typeof figures)[number]) => {
      const { total, items } = await listSupervisedMatters(t.database.db, t.clock, {
        ...filter,
        figure,
      });
      assert.equal(items.length, total);
      return items.map((i) => i.matterId).sort();
    };
    assert.deepEqual(await ids('overdueCompleted'), ['C', 'N', 'P']);
    assert.deepEqual(await ids('onTime'), ['A', 'B', 'D', 'L']);
    assert.deepEqual(await ids('yellow'), ['H', 'P']);
    assert.deepEqual(await ids('red'), ['E']);
    assert.deepEqual(await ids('returnedWithoutReason'), ['I']);
    assert.deepEqual(await ids('refused'), ['K']);
    // The parent org's own matters only (none), as a row of the table per org counts them.
    const own = await listSupervisedMatters(t.database.db, t.clock, {
      ...filter,
      orgCode: 'org-parent',
      orgOnly: true,
      figure: 'accepted',
    });
    assert.equal(own.total, 0);
    for (const figure of figures) {
      const count = figure in expected ? expected[figure as keyof typeof expected] : undefined;
      const lights = expected.lights as Record<string, number>;
      assert.equal((await ids(figure)).length, count ?? lights[figure], figure);
    }
  });

  it('as of today when `to` is later; null rates on an empty period', async () => {
    // Today is 20 November: P is completed, E is still open and red, F and H are now red too.
    const { body } = await summary('from=2026-10-01&to=2026-12-31&org=org-mix');
    assert.deepEqual(body.lights, { green: 0, yellow: 0, red: 3 });
    assert.equal(body.overdueOpen, 3);
    const empty = await summary('from=2025-01-01&to=2025-01-31&org=org-mix');
    assert.equal(empty.body.completionRate, null);
    assert.equal(empty.body.onTimeRate, null);
    assert.equal(empty.body.earlyRate, null);
  });

  it('needs a reading token or a staff session; bad queries name the field', async () => {
    assert.equal((await summary('from=2026-10-01&to=2026-10-31', writeToken)).status, 403);
    const anonymous = await t.app.inject({
      url: '/api/v1/supervision/summary?from=2026-10-01&to=2026-10-31',
    });
    assert.equal(anonymous.statusCode, 403);
    const bad = await summary('from=2026-13-01&to=2026-10-31');
    assert.equal(bad.status, 422);
    assert.match(JSON.stringify(bad.body), /from/);
    assert.equal((await summary('from=2026-10-31&to=2026-10-01')).status, 422);
    assert.equal((await summary('from=2026-10-01&to=2026-10-31&matterType=x')).status, 422);
    assert.equal((await summary('from=2026-10-01&to=2026-10-31&org=nope')).status, 404);
  });
});
