import type { ModulePart } from '../../../platform/app-module.ts';
import { duplicatesMessages } from './duplicates.messages.ts';
import { duplicatesRoutes } from './duplicates.routes.tsx';

/** Duplicate appeals (issue 9 §6): the staff page of possible duplicates and merging. */
export const duplicatesPart: ModulePart = {
  routes: duplicatesRoutes,
  messages: duplicatesMessages,
  seeders: [],
  openapi: {},
};
