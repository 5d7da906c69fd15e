/**
 * The supervision dashboard (issue 7 item 3): live figures per light, org and kind of matter, a
 * trend drawn on the server, every number down to its matters and a matter to its timeline.
 */
import type { ModulePart } from '../../platform/app-module.ts';
import { dashboardMessages } from './dashboard.messages.ts';
import { dashboardRoutes } from './dashboard.routes.tsx';

export const dashboardPart: ModulePart = {
  routes: dashboardRoutes,
  messages: dashboardMessages,
  seeders: [],
  openapi: {},
};
