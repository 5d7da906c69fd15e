/**
 * Service items and their guides (办事指南), service centers and windows: public guide pages,
 * staff editing with versions, the item API and the demo items and windows.
 */
import { guidesMessages } from './guides.messages.ts';
import { guidesRoutes } from './guides.routes.tsx';
import { itemsApiRoutes } from './items-api.routes.ts';
import { itemsStaffRoutes } from './items-staff.routes.tsx';
import { itemsMessages } from './items.messages.ts';
import { itemsOpenApi } from './items.openapi.ts';
import { demoItemsSeeder } from './items.seed.ts';
import type { ModulePart } from '../../platform/app-module.ts';
import { demoWindowsSeeder } from './windows.seed.ts';
import { windowsMessages } from './windows.messages.ts';
import { windowsStaffRoutes } from './windows-staff.routes.tsx';

export const itemsPart: ModulePart = {
  routes: (app, deps) => {
    itemsApiRoutes(app, deps);
    guidesRoutes(app, deps);
    itemsStaffRoutes(app, deps);
    windowsStaffRoutes(app, deps);
  },
  messages: {
    'zh-CN': { ...itemsMessages['zh-CN'], ...guidesMessages['zh-CN'], ...windowsMessages['zh-CN'] },
    en: { ...itemsMessages.en, ...guidesMessages.en, ...windowsMessages.en },
  },
  seeders: [demoItemsSeeder, demoWindowsSeeder],
  openapi: itemsOpenApi,
};
