import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import type { Catalog } from '../../platform/i18n/index.ts';
import type { OpenApiPaths } from '../../platform/http/openapi.ts';
import type { Seeder } from '../../platform/seed/index.ts';

/** One use-case area of the approvals module (items, cases, registration), joined in index.ts. */
export interface ModulePart {
  routes(app: FastifyInstance, deps: ModuleDeps): void;
  messages: Catalog;
  seeders: Seeder[];
  openapi: OpenApiPaths;
}

export const emptyPart: ModulePart = {
  routes: () => undefined,
  messages: { 'zh-CN': {}, en: {} },
  seeders: [],
  openapi: {},
};
