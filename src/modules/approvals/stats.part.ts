/**
 * Statistics of cases (RULES.md §4.5): the staff page /staff/approvals/stats with its Excel
 * export and GET /api/v1/approvals/statistics; and the demo county's year of cases.
 */
import { demoCasesSeeder } from './cases-demo.seed.ts';
import type { ModulePart } from './module-part.ts';

export const statsPart: ModulePart = {
  routes: () => undefined,
  messages: { 'zh-CN': {}, en: {} },
  seeders: [demoCasesSeeder],
  openapi: {},
};
