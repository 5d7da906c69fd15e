import type { FastifyInstance } from 'fastify';
import type { ModuleDeps, ModulePart } from '../../../platform/app-module.ts';
import { siteApiRoutes } from './site-api.routes.ts';
import { siteMessages } from './site.messages.ts';
import { siteOpenApi } from './site.openapi.ts';
import { siteRoutes } from './site.routes.tsx';

/** 政民互动's public pages and the appeal API: submit, follow, rate, reopen, public replies. */
export const sitePart: ModulePart = {
  routes: (app: FastifyInstance, deps: ModuleDeps) => {
    siteRoutes(app, deps);
    siteApiRoutes(app, deps);
  },
  messages: siteMessages,
  seeders: [],
  openapi: siteOpenApi,
};
