import type { ModulePart } from '../../../platform/app-module.ts';
import { openDaysMessages } from './open-days.messages.ts';
import { openDaysRoutes } from './open-days.routes.tsx';
import { demoOpenDaysSeeder } from './open-days.seed.ts';

/** 政务公开日 and other outreach records (issue 8 §8): staff pages, the public page, photos. */
export const openDaysPart: ModulePart = {
  routes: openDaysRoutes,
  messages: openDaysMessages,
  seeders: [demoOpenDaysSeeder],
  openapi: {},
};
