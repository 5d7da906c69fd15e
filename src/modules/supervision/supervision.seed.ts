import type { Seeder } from '../../platform/seed/index.ts';
import { catchUp } from './processor.ts';

/** The demo's supervised matters: the checkpoints of the demo cases and requests, projected. */
export const supervisionSeeder: Seeder = {
  name: 'supervision.matters',
  after: ['demo-approval-cases', 'foi.requests'],
  async run({ db, clock }) {
    await catchUp(db, clock);
  },
};
