import type { ModulePart } from '../../../platform/app-module.ts';
import { searchMessages } from './search.messages.ts';
import { searchOpenapi } from './search.openapi.ts';
import { searchRoutes } from './search.routes.tsx';

/** Chinese full-text search: the /search page and GET /api/v1/publications. */
export const searchPart: ModulePart = {
  routes: searchRoutes,
  messages: searchMessages,
  seeders: [],
  openapi: searchOpenapi,
};
