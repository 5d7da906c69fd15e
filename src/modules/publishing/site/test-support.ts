/** Test helpers of the public site: the app with the demo org tree and channels, and publishing at a date. */
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { accountsModule } from '../../accounts/index.ts';
import { ensureChannels } from '../channels.service.ts';
import type { CreateItemInput } from '../publishing.schemas.ts';
import { actorWith, channel } from '../test-support.ts';
import { publishThrough, type Crew } from './publish-through.ts';

const logger = { info: () => undefined, warn: () => undefined };

export interface SiteTest {
  t: TestApp;
  crew: Crew;
  /** Publishes in the channel of `channelCode` on `day` (YYYY-MM-DD, 10:00 in China). */
  publish(
    channelCode: string,
    day: string,
    input: Omit<CreateItemInput, 'channelId' | 'formedOn'> & { formedOn?: string },
  ): Promise<number>;
}

export async function siteTestApp(): Promise<SiteTest> {
  const t = await createTestApp();
  const db = t.database.db;
  const orgs = accountsModule.seeders.find((s) => s.name === 'accounts.orgs')!;
  await orgs.run({ db, clock: t.clock, logger, notes: [] });
  await ensureChannels(db, t.clock);
  const crew: Crew = {
    author: await actorWith(db, 'disclosure_officer', 'xzfb'),
    approver: await actorWith(db, 'leader', '210423'),
    publisher: await actorWith(db, 'disclosure_officer', 'xzfb'),
  };
  return {
    t,
    crew,
    async publish(channelCode, day, input) {
      const { id } = await channel(db, channelCode);
      return publishThrough(
        db,
        crew,
        { formedOn: day, ...input, channelId: id },
        new Date(`${day}T10:00:00+08:00`),
      );
    },
  };
}
