/**
 * The portal home's data (the newest items of each column and the live figures), kept in this
 * process for a short while: every visitor starts there, and it changes only when something is
 * published or withdrawn — which forgets it at once in this process (visibility.ts); other
 * processes sharing one PostgreSQL see the change within `keepMs` (bench/README.md, Pages).
 */
import type { Kysely } from 'kysely';
import type { ItemType } from '../publishing.model.ts';
import { newestOfTypes, siteFigures, type ColumnItem } from './site.queries.ts';

const keepMs = 30_000;

export interface HomeData {
  columns: Map<ItemType, ColumnItem[]>;
  figures: Awaited<ReturnType<typeof siteFigures>>;
}

interface Kept {
  key: string;
  generation: number;
  at: number;
  data: HomeData;
}

/** Per database handle, so that two apps in one process (tests) never share an answer. */
const kept = new WeakMap<object, Kept>();
let generation = 0;

/** Something became public or stopped being public: every kept home page is out of date. */
export function forgetHomeData(): void {
  generation += 1;
}

export async function homeData(
  db: Kysely<unknown>,
  types: readonly ItemType[],
  perColumn: number,
  yearStart: string,
): Promise<HomeData> {
  const key = `${types.join(',')}|${perColumn}|${yearStart}`;
  const entry = kept.get(db);
  const now = performance.now();
  if (entry && entry.key === key && entry.generation === generation && now - entry.at < keepMs) {
    return entry.data;
  }
  const seen = generation;
  const data = {
    columns: await newestOfTypes(db, types, perColumn),
    figures: await siteFigures(db, yearStart),
  };
  kept.set(db, { key, generation: seen, at: now, data });
  return data;
}
