import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderSeeders, type Seeder } from './index.ts';

const seeder = (name: string, after?: string[]): Seeder => ({
  name,
  after,
  run: async () => undefined,
});

describe('orderSeeders', () => {
  it('runs each seeder after the ones it names', () => {
    const order = orderSeeders([
      seeder('cases', ['items', 'orgs']),
      seeder('items', ['orgs']),
      seeder('orgs'),
    ]);
    assert.deepEqual(
      order.map((s) => s.name),
      ['orgs', 'items', 'cases'],
    );
  });

  it('refuses an unknown dependency', () => {
    assert.throws(() => orderSeeders([seeder('a', ['missing'])]), /unknown seeder missing/);
  });

  it('refuses a cycle, naming it', () => {
    assert.throws(() => orderSeeders([seeder('a', ['b']), seeder('b', ['a'])]), /cycle: a → b → a/);
  });
});
