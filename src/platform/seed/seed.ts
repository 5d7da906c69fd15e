import type { Kysely } from 'kysely';
import type { Clock } from '../clock/index.ts';
import type { Logger } from '../logger/index.ts';

/**
 * Demo data comes through one mechanism: each module registers seeders; they run in dependency
 * order, each idempotent (safe to run again), and every record they write is marked as demo.
 */
export interface SeedContext {
  db: Kysely<unknown>;
  clock: Clock;
  logger: Pick<Logger, 'info' | 'warn'>;
  /** Lines for the operator (e.g. demo logins), printed once after seeding. */
  notes: string[];
}

export interface Seeder {
  /** Unique name, e.g. "settings" or "accounts.orgs". */
  name: string;
  /** Seeders that must run first. */
  after?: string[];
  run(ctx: SeedContext): Promise<void>;
}

/** Orders seeders so each runs after those it names; throws on unknown names and cycles. */
export function orderSeeders(seeders: Seeder[]): Seeder[] {
  const byName = new Map(seeders.map((s) => [s.name, s]));
  const ordered: Seeder[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (seeder: Seeder, trail: string[]) => {
    const seen = state.get(seeder.name);
    if (seen === 'done') return;
    if (seen === 'visiting')
      throw new Error(`Seeder cycle: ${[...trail, seeder.name].join(' → ')}`);
    state.set(seeder.name, 'visiting');
    for (const name of seeder.after ?? []) {
      const dependency = byName.get(name);
      if (!dependency) throw new Error(`Seeder ${seeder.name} runs after unknown seeder ${name}`);
      visit(dependency, [...trail, seeder.name]);
    }
    state.set(seeder.name, 'done');
    ordered.push(seeder);
  };
  for (const seeder of seeders) visit(seeder, []);
  return ordered;
}

export async function runSeeders(
  seeders: Seeder[],
  ctx: Omit<SeedContext, 'notes'>,
): Promise<string[]> {
  const notes: string[] = [];
  for (const seeder of orderSeeders(seeders)) {
    await seeder.run({ ...ctx, notes });
    ctx.logger.info({ seeder: seeder.name }, 'seeded');
  }
  return notes;
}
