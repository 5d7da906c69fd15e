import type { ModulePart } from '../../../platform/app-module.ts';
import { healthMessages } from './health.messages.ts';
import { healthRoutes } from './health.routes.tsx';
import { externalLinksJob } from './links.job.ts';

/** 网站检查: the single-veto report, its thresholds, and the link checker (its external job). */
export const healthPart: ModulePart = {
  routes: healthRoutes,
  messages: healthMessages,
  seeders: [],
  openapi: {},
  jobs: [externalLinksJob()],
};
