/**
 * Statistics of cases (RULES.md §4.5): the staff page /staff/approvals/stats with its Excel
 * export and GET /api/v1/approvals/statistics; and the demo county's year of cases.
 */
import { demoCasesSeeder } from './cases-demo.seed.ts';
import type { ModulePart } from '../../platform/app-module.ts';
import { statsMessages } from './stats.messages.ts';
import { statsOpenApi } from './stats.openapi.ts';
import { statsRoutes } from './stats.routes.tsx';

export const statsPart: ModulePart = {
  routes: statsRoutes,
  messages: statsMessages,
  seeders: [demoCasesSeeder],
  openapi: statsOpenApi,
};
