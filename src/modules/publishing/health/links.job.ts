/**
 * The external link check as background work: at most once a day (checked every 6 hours), every
 * external link of the published items, HEAD then GET, 5 s timeout, 4 at a time.
 */
import type { Kysely } from 'kysely';
import type { Job } from '../../../platform/jobs/index.ts';
import type { HealthTables } from './health.tables.ts';
import { checkExternalLinks, type ExternalOptions } from './links.service.ts';

const hour = 60 * 60 * 1000;

/** The job; `site` is the portal's public origin (PUBLIC_URL), whose links are internal. */
export function externalLinksJob(options: ExternalOptions = {}): Job {
  return {
    name: 'publishing.check-external-links',
    everyMs: 6 * hour,
    async run({ trx, clock }) {
      const last = await (trx as Kysely<HealthTables>)
        .selectFrom('publishingLinkChecks')
        .select(({ fn }) => fn.max('checkedAt').as('at'))
        .where('scope', '=', 'external')
        .executeTakeFirst();
      if (last?.at && clock.now().getTime() - new Date(last.at).getTime() < 20 * hour) return 0;
      const { checked } = await checkExternalLinks(trx, clock, options);
      return checked;
    },
  };
}
