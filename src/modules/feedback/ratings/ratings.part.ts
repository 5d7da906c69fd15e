import type { ModulePart } from '../../../platform/app-module.ts';
import { ratingsMessages } from './ratings.messages.ts';
import { rectificationsRoutes } from './rectifications.routes.tsx';

/** 差评整改 and 回访 (国办发〔2019〕51号): the staff pages; the rating itself is on the public site. */
export const ratingsPart: ModulePart = {
  routes: rectificationsRoutes,
  messages: ratingsMessages,
  seeders: [],
  openapi: {},
};
