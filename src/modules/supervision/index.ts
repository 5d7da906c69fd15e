/**
 * 电子监察 (RULES.md §4): checkpoints from Sunshine's modules and outside systems, supervised.
 * So far: ingestion of outside systems' checkpoints (POST /api/v1/supervision/checkpoints).
 */
import type { AppModule } from '../../platform/app-module.ts';
import { ingestRoutes } from './ingest.routes.ts';
import { supervisionOpenApi } from './supervision.openapi.ts';

export const supervisionModule: AppModule = {
  name: 'supervision',
  routes: (app, deps) => {
    ingestRoutes(app, deps);
  },
  messages: { 'zh-CN': {}, en: {} },
  seeders: [],
  openapi: supervisionOpenApi,
};

export { ingestCheckpoints, maxBatch } from './ingest.service.ts';
export type { IngestReport } from './ingest.service.ts';
