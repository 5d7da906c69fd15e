import type { ModulePart } from '../../platform/app-module.ts';
import { settingsMessages } from './settings.messages.ts';
import { settingsRoutes } from './settings.routes.tsx';

/** The county's thresholds (yellow light). */
export const settingsPart: ModulePart = {
  routes: settingsRoutes,
  messages: settingsMessages,
  seeders: [],
  openapi: {},
};
