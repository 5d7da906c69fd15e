import type { ModulePart } from '../../../platform/app-module.ts';
import { healthMessages } from './health.messages.ts';
import { healthRoutes } from './health.routes.tsx';

/**
 * 网站检查: the single-veto report, its thresholds, and the link checker. External links are
 * checked by `sunshine publishing check-links` (cron), not by a job: a job round runs inside a
 * transaction, and with embedded PGlite (one connection) network waits would stall the server.
 */
export const healthPart: ModulePart = {
  routes: healthRoutes,
  messages: healthMessages,
  seeders: [],
  openapi: {},
};
