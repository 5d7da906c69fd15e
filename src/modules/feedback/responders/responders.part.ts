import type { ModulePart } from '../../../platform/app-module.ts';
import { respondersMessages } from './responders.messages.ts';
import { respondersRoutes } from './responders.routes.tsx';

/**
 * 网络回应人 (辽政办发〔2015〕1号): rosters, duty schedules and the duty rate (issue 9 §4). The
 * daily sign-in hook covers the whole console, so it is a module hook (signin.hook.ts, index.ts).
 */
export const respondersPart: ModulePart = {
  routes: respondersRoutes,
  messages: respondersMessages,
  seeders: [],
  openapi: {},
};
