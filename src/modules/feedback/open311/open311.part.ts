import type { ModulePart } from '../../../platform/app-module.ts';
import { open311Messages } from './open311.messages.ts';
import { open311Routes } from './open311.routes.ts';

/** Open311 GeoReport v2 over appeals (issue 9 §7): services, requests, one request, submitting. */
export const open311Part: ModulePart = {
  routes: open311Routes,
  messages: open311Messages,
  seeders: [],
  openapi: {},
};
