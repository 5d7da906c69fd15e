import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { systemContext } from '../../platform/http/index.ts';
import { createApiToken, type AccountsTables } from '../accounts/index.ts';
import { findClockIdOfMatter, readClock } from '../deadlines/index.ts';

const base = { source: 'lnzwfw', matterType: 'approval', org: 'ext-org', itemCode: 'XK-1' };

describe('outside checkpoints drive clocks', () => {
  let t: TestApp;
  let token: string;
  before(async () => {
    t = await createTestApp();
    // Events arrive after they happen: a clock takes no event dated after its today.
    t.clock.set('2026-10-20T09:00:00+08:00');
    const db = t.database.db as Kysely<AccountsTables>;
    await createTestOrg(db, 'ext-org');
    ({ token } = await createApiToken(db, t.clock, systemContext(), {
      orgCode: 'ext-org',
      scopes: ['supervision:write'],
    }));
  });
  after(() => t.close());

  const post = (events: object[]) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/supervision/checkpoints',
      headers: { authorization: `Bearer ${token}` },
      payload: events,
    });
  const clockOf = async (matterId: string, today: string) => {
    const id = await findClockIdOfMatter(t.database.db, {
      matterType: 'approval',
      matterId: `lnzwfw:${matterId}`,
      purpose: 'case',
    });
    assert.ok(id, `a clock for ${matterId}`);
    return (await readClock(t.database.db, t.clock, id, today)).view;
  };

  it('starts on acceptance with the promised limit, across 国庆 and its make-up Saturday', async () => {
    const response = await post([
      {
        ...base,
        eventId: 'a1',
        matterId: 'M1',
        kind: 'accepted',
        // 29 September 2026 (Tuesday); 5 working days: 30 Sep, 8, 9, 10 (make-up Saturday), 12 Oct.
        at: '2026-09-29T10:00:00+08:00',
        promisedDays: 5,
        statutoryDays: 20,
        limitUnit: 'working',
      },
    ]);
    assert.deepEqual(response.json(), { accepted: 1, duplicates: 0, rejected: [] });
    const view = await clockOf('M1', '2026-10-09');
    assert.equal(view.dueOn, '2026-10-12');
    assert.equal(view.light, 'green');
    assert.equal((await clockOf('M1', '2026-10-10')).light, 'yellow');
  });

  it('pauses, resumes and stops the clock; re-sending changes nothing', async () => {
    const events = [
      {
        ...base,
        eventId: 'a2',
        matterId: 'M1',
        kind: 'paused',
        at: '2026-10-08T09:00:00+08:00',
        reason: '专家评审',
        legalBasis: '行政许可法第45条',
      },
      { ...base, eventId: 'a3', matterId: 'M1', kind: 'resumed', at: '2026-10-13T09:00:00+08:00' },
      {
        ...base,
        eventId: 'a4',
        matterId: 'M1',
        kind: 'completed',
        at: '2026-10-14T16:00:00+08:00',
      },
    ];
    assert.equal((await post(events)).json().accepted, 3);
    const view = await clockOf('M1', '2026-10-20');
    assert.equal(view.state, 'stopped');
    assert.equal(view.stoppedOn, '2026-10-14');
    assert.deepEqual((await post(events)).json(), { accepted: 0, duplicates: 3, rejected: [] });
    assert.equal((await clockOf('M1', '2026-10-20')).stoppedOn, '2026-10-14');
  });

  it('an instant item not completed on its acceptance day is red the next day', async () => {
    await post([
      {
        ...base,
        eventId: 'i1',
        matterId: 'M2',
        kind: 'accepted',
        at: '2026-10-09T15:00:00+08:00',
        promisedDays: 0,
      },
    ]);
    assert.equal((await clockOf('M2', '2026-10-09')).light, 'yellow');
    assert.equal((await clockOf('M2', '2026-10-10')).light, 'red');
  });

  it('keeps an event its clock cannot take, and says so', async () => {
    const response = await post([
      {
        ...base,
        eventId: 'x1',
        matterId: 'M9',
        kind: 'completed',
        at: '2026-10-09T15:00:00+08:00',
      },
    ]);
    assert.deepEqual(response.json(), {
      accepted: 1,
      duplicates: 0,
      rejected: [],
      clockUntaken: 1,
    });
  });

  it('starts a batch of new matters together; one whose events cannot follow takes what it can', async () => {
    const day = (d: string) => `2026-10-${d}T10:00:00+08:00`;
    const response = await post([
      { ...base, eventId: 'b1', matterId: 'B1', kind: 'accepted', at: day('12'), promisedDays: 3 },
      { ...base, eventId: 'b2', matterId: 'B1', kind: 'notice', at: day('12') },
      { ...base, eventId: 'b3', matterId: 'B1', kind: 'completed', at: day('14') },
      { ...base, eventId: 'c1', matterId: 'B2', kind: 'accepted', at: day('12'), promisedDays: 3 },
      // A resume with no pause: the clock starts, the resume is not taken.
      { ...base, eventId: 'c2', matterId: 'B2', kind: 'resumed', at: day('13') },
    ]);
    assert.deepEqual(response.json(), {
      accepted: 5,
      duplicates: 0,
      rejected: [],
      clockUntaken: 1,
    });
    const b1 = await clockOf('B1', '2026-10-20');
    assert.equal(b1.state, 'stopped');
    assert.equal(b1.dueOn, '2026-10-15');
    assert.equal(b1.stoppedOn, '2026-10-14');
    const b2 = await clockOf('B2', '2026-10-14');
    assert.equal(b2.state, 'running');
    assert.equal(b2.dueOn, '2026-10-15');
  });

  it('refuses events that claim to be Sunshine’s own', async () => {
    const response = await post([
      {
        ...base,
        source: 'sunshine',
        eventId: 's1',
        matterId: 'M3',
        kind: 'completed',
        at: '2026-10-09T15:00:00+08:00',
      },
    ]);
    assert.equal(response.json().rejected[0].index, 0);
    assert.match(response.json().rejected[0].reason, /^source: /);
  });
});
