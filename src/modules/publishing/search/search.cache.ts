/**
 * The facet counts that were slow to count (large hit sets), kept in this process for a minute (bench/README.md: a word
 * in half of 100,000 publications costs tens of milliseconds to count; publications change
 * rarely and such searches repeat). Any change to a search row in this process empties it; other
 * processes (several servers on one PostgreSQL) see a change after at most `ttlMs`.
 */
import type { FacetRow } from './search.queries.ts';

/** Counts that took less than this are counted again every time (small hit sets: a few ms). */
export const keptFromMs = 10;
const ttlMs = 60_000;
const maxEntries = 200;

const entries = new Map<string, { at: number; rows: FacetRow[] }>();

export function cachedFacets(key: string): FacetRow[] | undefined {
  const entry = entries.get(key);
  if (entry === undefined) return undefined;
  if (performance.now() - entry.at > ttlMs) {
    entries.delete(key);
    return undefined;
  }
  // Most recently used last.
  entries.delete(key);
  entries.set(key, entry);
  return entry.rows;
}

export function keepFacets(key: string, rows: FacetRow[], tookMs: number): void {
  if (tookMs < keptFromMs) return;
  entries.set(key, { at: performance.now(), rows });
  while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
}

/** A search row was written or removed: every kept count may be wrong. */
export function forgetFacets(): void {
  entries.clear();
}
