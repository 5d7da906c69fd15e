import type { ModulePart } from '../../platform/app-module.ts';
import { ingestRoutes } from './ingest.routes.ts';
import { supervisionOpenApi } from './supervision.openapi.ts';

/** Outside systems' checkpoints (POST /api/v1/supervision/checkpoints). */
export const ingestPart: ModulePart = {
  routes: ingestRoutes,
  messages: { 'zh-CN': {}, en: {} },
  seeders: [],
  openapi: supervisionOpenApi,
};
