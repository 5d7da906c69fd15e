import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { checkpointEventSchema, emitCheckpoints, listCheckpoints } from './index.ts';

describe('checkpoints', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  it('writes events with their Asia/Shanghai date and lists a matter oldest first', async () => {
    await emitCheckpoints(database.db, [
      {
        matterType: 'approval',
        matterId: 'SP-1',
        org: 'zwfw',
        itemCode: 'XK-1',
        kind: 'accepted',
        // 23:30 UTC on 30 September is 07:30 on 1 October in Beijing.
        at: new Date('2026-09-30T23:30:00Z'),
        promisedDays: 0,
        statutoryDays: 20,
        limitUnit: 'working',
      },
      {
        matterType: 'approval',
        matterId: 'SP-1',
        org: 'zwfw',
        kind: 'refused',
        at: new Date('2026-10-01T01:00:00Z'),
        reason: '材料不全',
      },
    ]);
    const rows = await listCheckpoints(database.db, 'approval', 'SP-1');
    assert.deepEqual(
      rows.map((r) => [r.kind, r.onDate, r.source]),
      [
        ['accepted', '2026-10-01', 'sunshine'],
        ['refused', '2026-10-01', 'sunshine'],
      ],
    );
    assert.deepEqual(rows[0]!.data, { promisedDays: 0, statutoryDays: 20, limitUnit: 'working' });
    assert.equal(rows[1]!.data.reason, '材料不全');
  });

  it('refuses a second event with the same source and id', async () => {
    const event = {
      matterType: 'foi' as const,
      matterId: 'F-1',
      org: 'xzfb',
      kind: 'completed' as const,
      at: new Date('2026-10-09T02:00:00Z'),
      eventId: 'same',
    };
    await emitCheckpoints(database.db, [event]);
    await assert.rejects(emitCheckpoints(database.db, [event]));
  });

  it('requires the fields each kind carries', () => {
    const base = {
      source: 'hotline',
      eventId: '1',
      matterType: 'approval',
      matterId: 'X',
      org: 'zwfw',
      at: '2026-10-09T10:00:00+08:00',
    };
    assert.equal(checkpointEventSchema.safeParse({ ...base, kind: 'accepted' }).success, false);
    assert.equal(
      checkpointEventSchema.safeParse({ ...base, kind: 'accepted', promisedDays: 5 }).success,
      true,
    );
    assert.equal(checkpointEventSchema.safeParse({ ...base, kind: 'fee_charged' }).success, false);
    assert.equal(
      checkpointEventSchema.safeParse({ ...base, kind: 'paid', at: 'yesterday' }).success,
      false,
    );
    assert.equal(
      checkpointEventSchema.safeParse({ ...base, kind: 'completed', at: '2026-10-09T10:00:00' })
        .success,
      false,
    );
  });
});
