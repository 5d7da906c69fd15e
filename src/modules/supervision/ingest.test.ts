import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { listCheckpoints } from '../../platform/checkpoints/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { createApiToken, type AccountsTables } from '../accounts/index.ts';

const event = (eventId: string, extra: Record<string, unknown> = {}) => ({
  source: 'lnzwfw',
  eventId,
  matterType: 'approval',
  matterId: 'LN-2026-1',
  org: 'hotline-org',
  itemCode: 'XK-9',
  kind: 'accepted',
  at: '2026-10-09T16:30:00+08:00',
  promisedDays: 5,
  statutoryDays: 20,
  limitUnit: 'working',
  ...extra,
});

describe('POST /api/v1/supervision/checkpoints', () => {
  let t: TestApp;
  let writer: string;
  let reader: string;
  before(async () => {
    t = await createTestApp();
    const db = t.database.db as Kysely<AccountsTables>;
    await createTestOrg(db, 'hotline-org');
    writer = (
      await createApiToken(db, t.clock, systemContext(), {
        orgCode: 'hotline-org',
        scopes: ['supervision:write'],
      })
    ).token;
    reader = (
      await createApiToken(db, t.clock, systemContext(), {
        orgCode: 'hotline-org',
        scopes: ['supervision:read'],
      })
    ).token;
  });
  after(() => t.close());

  const post = (token: string, payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/supervision/checkpoints',
      headers: { authorization: `Bearer ${token}` },
      payload: payload as object,
    });

  it('keeps the valid events, rejects the bad ones by index and reason', async () => {
    const response = await post(writer, [
      event('e1'),
      event('e2', { kind: 'completed', at: '2026-10-12T10:00:00+08:00' }),
      event('e3', { org: 'nowhere' }),
      event('e4', { kind: 'accepted', promisedDays: undefined }),
      event('e5', { at: '2026-10-12 10:00' }),
    ]);
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.accepted, 2);
    assert.equal(body.duplicates, 0);
    assert.deepEqual(
      body.rejected.map((r: { index: number }) => r.index),
      [2, 3, 4],
    );
    assert.match(body.rejected[0].reason, /^org: /);
    assert.match(body.rejected[1].reason, /^promisedDays: /);
    assert.match(body.rejected[2].reason, /^at: /);
    const rows = await listCheckpoints(t.database.db, 'approval', 'LN-2026-1');
    assert.deepEqual(
      rows.map((r) => [r.kind, r.onDate, r.source]),
      [
        ['accepted', '2026-10-09', 'lnzwfw'],
        ['completed', '2026-10-12', 'lnzwfw'],
      ],
    );
  });

  it('changes nothing when a batch is sent again', async () => {
    const response = await post(writer, [event('e1'), event('e2', { kind: 'completed' })]);
    assert.deepEqual(response.json(), { accepted: 0, duplicates: 2, rejected: [] });
    assert.equal((await listCheckpoints(t.database.db, 'approval', 'LN-2026-1')).length, 2);
  });

  it('takes an event a batch repeats once', async () => {
    const response = await post(writer, [event('e9'), event('e9')]);
    const { accepted, duplicates, rejected } = response.json();
    assert.deepEqual(
      { accepted, duplicates, rejected },
      { accepted: 1, duplicates: 1, rejected: [] },
    );
  });

  it('needs a token with supervision:write, an array, and at most 1,000 events', async () => {
    assert.equal((await post(reader, [event('x')])).statusCode, 403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/supervision/checkpoints',
      payload: [event('x')],
    });
    assert.equal(anonymous.statusCode, 403);
    const notArray = await post(writer, { events: [] });
    assert.equal(notArray.statusCode, 422);
    assert.equal(notArray.json().error.code, 'checkpoints_not_array');
    const tooMany = await post(
      writer,
      Array.from({ length: 1001 }, (_, i) => event(`m${i}`)),
    );
    assert.equal(tooMany.statusCode, 422);
  });
});
