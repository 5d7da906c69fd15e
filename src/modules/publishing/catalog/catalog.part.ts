import type { ModulePart } from '../../../platform/app-module.ts';
import { publishingCatalogMessages } from './catalog.messages.ts';
import { catalogStaffRoutes } from './catalog-staff.routes.tsx';
import { catalogRoutes } from './catalog.routes.tsx';

/**
 * The 政府信息公开目录 and 指南 (条例第12条, 第20–21条): public catalog and guide pages, the staff
 * fill status, the index-number pattern and guide editing. Index numbers are given by
 * index-numbers.ts in the workflow's transaction (visibility.ts).
 */
export const catalogPart: ModulePart = {
  routes: (app, deps) => {
    catalogRoutes(app, deps);
    catalogStaffRoutes(app, deps);
  },
  messages: publishingCatalogMessages,
  seeders: [],
  openapi: {},
};
