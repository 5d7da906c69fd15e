import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { addDays } from '../../platform/calendar/index.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import {
  countOpenClocks,
  countStoppedClocks,
  listOpenClocks,
  readClock,
  recordClockEvent,
  startClock,
  workingDaysRule,
  type ClockLight,
} from './index.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
let orgs: number[];
const ids: number[] = [];
// Events are recorded on 2025-12-31 (Shanghai); lights are then asked for on later days.
const clock = fixedClock('2025-12-31T10:00:00+08:00');
const ctx = systemContext('supervision-test');

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  orgs = [await createTestOrg(db, 'sv-a'), await createTestOrg(db, 'sv-b')];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let i = 0; i < 40; i++) {
    const startOn = addDays('2025-12-01', random(25));
    const { clockId } = await startClock(db, clock, ctx, {
      matterType: i % 3 === 0 ? 'foi' : 'approval',
      matterId: `SV-${i}`,
      purpose: 'reply',
      orgId: orgs[i % 2]!,
      rule: workingDaysRule(random(25), { yellowDays: 1 + random(2) }),
      startOn,
    });
    ids.push(clockId);
    const kind = i % 4;
    const later = addDays(startOn, random(30));
    const on = later < '2025-12-31' ? later : '2025-12-31';
    if (kind === 1) {
      await recordClockEvent(db, clock, ctx, clockId, { kind: 'stop', on, outcome: 'done' });
    } else if (kind === 2) {
      await recordClockEvent(db, clock, ctx, clockId, {
        kind: 'pause',
        on,
        reasonCode: 'expert_review',
        legalBasis: '行政许可法第45条',
      });
    }
  }
});
after(() => database.close());

describe('supervision queries', () => {
  for (const today of ['2025-12-31', '2026-01-05', '2026-01-09', '2026-02-20']) {
    it(`give every open clock the light deriveClock gives it on ${today}`, async () => {
      const expected = new Map<number, ClockLight>();
      for (const id of ids) {
        const { row, view } = await readClock(db, clock, id, today);
        if (row.state !== 'stopped') expected.set(id, view.light);
      }
      const listed = await listOpenClocks(db, { today, limit: 500 });
      assert.deepEqual(new Map(listed.map((c) => [c.id, c.light])), expected);
      const counts = await countOpenClocks(db, { today });
      const total = (light: ClockLight) =>
        counts.filter((c) => c.light === light).reduce((sum, c) => sum + c.count, 0);
      for (const light of ['green', 'yellow', 'red'] as const) {
        const byLight = await listOpenClocks(db, { today, light, limit: 500 });
        assert.deepEqual(
          byLight.map((c) => c.id).sort((a, b) => a - b),
          [...expected]
            .filter(([, l]) => l === light)
            .map(([id]) => id)
            .sort((a, b) => a - b),
          `list of ${light}`,
        );
        assert.equal(total(light), [...expected.values()].filter((l) => l === light).length, light);
      }
    });
  }

  it('filters by org and matter type, and counts stopped clocks per period', async () => {
    const today = '2026-01-05';
    const all = await countOpenClocks(db, { today });
    const onlyA = await countOpenClocks(db, { today, orgIds: [orgs[0]!], matterType: 'foi' });
    assert.ok(onlyA.every((c) => c.orgId === orgs[0] && c.matterType === 'foi'));
    assert.ok(onlyA.length > 0 && onlyA.length < all.length, JSON.stringify({ onlyA, all }));
    const stopped = await countStoppedClocks(db, { from: '2025-12-01', to: '2025-12-31' });
    assert.ok(stopped.reduce((sum, c) => sum + c.count, 0) > 0);
    const none = await countStoppedClocks(db, { from: '2024-01-01', to: '2024-12-31' });
    assert.deepEqual(none, []);
  });
});
