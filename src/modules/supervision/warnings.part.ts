/** Warnings and their ladder (issue 7 items 2 and 4, ADR 0013): pages, strings and jobs. */
import type { ModulePart } from '../../platform/app-module.ts';
import type { Job } from '../../platform/jobs/index.ts';
import { deliveryJob } from '../../platform/notify/index.ts';
import { sweepOverdue } from './violations.ts';
import { warningsMessages } from './warnings.messages.ts';
import { warningsRoutes } from './warnings.routes.tsx';

/** Every 10 minutes: an overdue warning for each open matter whose clock turned red (1,000 a round). */
const sweepJob: Job = {
  name: 'supervision.warnings.sweep',
  everyMs: 10 * 60_000,
  batch: 1000,
  run: ({ trx, clock }) => sweepOverdue(trx, clock),
};

/** The SMS / e-mail outbox's delivery (platform/notify) through the log adapter by default. */
export const warningsPart: ModulePart = {
  routes: warningsRoutes,
  messages: warningsMessages,
  seeders: [],
  openapi: {},
  jobs: [sweepJob, deliveryJob()],
};
