/**
 * 行政权力 (权责清单): the power catalog, its adjustments, flowcharts and the intermediary-service
 * list (RULES.md §8). Other modules read powers through the functions exported here.
 */
import type { AppModule } from '../../platform/app-module.ts';
import { powersApiRoutes } from './powers-api.routes.ts';
import { powersPublicRoutes } from './powers-public.routes.tsx';
import { powersStaffRoutes } from './powers-staff.routes.tsx';
import { powersStaffMessages } from './powers-staff.messages.ts';
import { powersMessages } from './powers.messages.ts';
import { powersOpenApi } from './powers.openapi.ts';
import { demoPowersSeeder } from './powers.seed.ts';

export const powersModule: AppModule = {
  name: 'powers',
  routes: (app, deps) => {
    powersApiRoutes(app, deps);
    powersPublicRoutes(app, deps);
    powersStaffRoutes(app, deps);
  },
  messages: {
    'zh-CN': { ...powersMessages['zh-CN'], ...powersStaffMessages['zh-CN'] },
    en: { ...powersMessages.en, ...powersStaffMessages.en },
  },
  seeders: [demoPowersSeeder],
  openapi: powersOpenApi,
};

/** The ten categories (行政许可…其他行政权力) as code names, in the official order, and their names. */
export { powerCategories, categoryNames, categoryFromText } from './powers.model.ts';
export type {
  PowerCategory,
  PowerLevel,
  PowerStatus,
  AdjustmentKind,
  Responsibility,
} from './powers.model.ts';
/** The power with a code (any status), or undefined. */
export { findPowerByCode } from './powers.queries.ts';
/** The power with a code; throws not_found power_not_found. */
export { getPowerByCode } from './powers.service.ts';
/**
 * A page of the catalog in force (active and delegated), by code: `listPowers(db, { q, orgId,
 * category, limit, offset })`; `countPowers` with the same filter; `listFlowSteps(db, powerId)`
 * gives a power's steps in order with limitDays (working days) and isCheckpoint.
 */
export { listPowers, countPowers, searchPowers, listFlowSteps } from './powers.queries.ts';
export type { Power, PowerSummary, PowerFilter, FlowStep } from './powers.queries.ts';
/** The intermediary-service list with the powers each serves; those a power may require. */
export { listIntermediaryServices, listIntermediariesOfPower } from './intermediaries.queries.ts';
export type { IntermediaryService } from './intermediaries.queries.ts';
/**
 * Changes, each an audited adjustment with 文号 and date. Errors: not_found power_not_found,
 * forbidden not_allowed, validation (field errors), invalid_state power_cancelled | power_delegated.
 */
export {
  createPower,
  amendPower,
  cancelPower,
  delegatePower,
  updateFlowSteps,
} from './powers.service.ts';
/** The demo catalog's seeder ('demo-powers'); approvals' seeders may run after it. */
export { demoPowersSeeder, demoPowersSeederName } from './powers.seed.ts';
