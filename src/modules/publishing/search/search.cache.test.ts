import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cachedFacets, forgetFacets, keepFacets, keptFromMs } from './search.cache.ts';
import type { FacetRow } from './search.queries.ts';

const rows = (total: number): FacetRow[] => [
  { facet: 'all', value: null, count: total },
  { facet: 'type', value: 'news', count: total },
];

describe('kept facet counts', () => {
  it('keeps only counts that were slow, until a search row changes', () => {
    keepFacets('fast', rows(10), keptFromMs - 1);
    assert.equal(cachedFacets('fast'), undefined);
    keepFacets('large', rows(43160), keptFromMs);
    assert.deepEqual(cachedFacets('large'), rows(43160));
    forgetFacets();
    assert.equal(cachedFacets('large'), undefined);
  });
});
