export { systemClock, fixedClock, localDateOf } from './clock.ts';
export type { Clock } from './clock.ts';
