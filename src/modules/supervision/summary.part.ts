import type { ModulePart } from '../../platform/app-module.ts';
import { checkpointConsumerJob } from './processor.ts';
import { summaryRoutes } from './summary.routes.ts';
import { supervisionSeeder } from './supervision.seed.ts';

/** The outbox consumer (a job), the summary API and the demo's projection. */
export const summaryPart: ModulePart = {
  routes: summaryRoutes,
  messages: { 'zh-CN': {}, en: {} },
  seeders: [supervisionSeeder],
  openapi: {},
  jobs: [checkpointConsumerJob],
};
