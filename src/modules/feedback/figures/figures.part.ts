import type { ModulePart } from '../../../platform/app-module.ts';
import { figuresMessages } from './figures.messages.ts';
import { figuresOpenApi } from './figures.openapi.ts';
import { figuresRoutes } from './figures.routes.tsx';

/** The figures per org and for the county (issue 9 §5, RULES.md §7.4) and the settings page. */
export const figuresPart: ModulePart = {
  routes: figuresRoutes,
  messages: figuresMessages,
  seeders: [],
  openapi: figuresOpenApi,
};
