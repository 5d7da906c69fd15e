/** Helpers for this area's tests: the demo seeders a test needs, and nothing more. */
import { allSeeders } from '../../app.ts';
import type { Seeder } from '../../platform/seed/index.ts';

/** The named seeders and those they run after, in the app's order. */
export function seedersFor(names: string[]): Seeder[] {
  const all = new Map(allSeeders().map((s) => [s.name, s]));
  const wanted = new Set<string>();
  const visit = (name: string) => {
    if (wanted.has(name)) return;
    wanted.add(name);
    for (const dependency of all.get(name)?.after ?? []) visit(dependency);
  };
  names.forEach(visit);
  return [...all.values()].filter((s) => wanted.has(s.name));
}
