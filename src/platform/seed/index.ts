export { orderSeeders, runSeeders } from './seed.ts';
export type { Seeder, SeedContext } from './seed.ts';
