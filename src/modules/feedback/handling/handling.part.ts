import type { ModulePart } from '../../../platform/app-module.ts';
import { handlingMessages } from './handling.messages.ts';
import { handlingRoutes } from './handling.routes.tsx';

/**
 * Handling appeals (issue 9 §2): the staff console under /staff/feedback — queues, the list, each
 * appeal with its steps (assign, claim, transfer, return, reply, extend, close, invalidate),
 * staff entry of appeals, and the routing rules. The steps' services are in steps.ts.
 */
export const handlingPart: ModulePart = {
  routes: handlingRoutes,
  messages: handlingMessages,
  seeders: [],
  openapi: {},
};
