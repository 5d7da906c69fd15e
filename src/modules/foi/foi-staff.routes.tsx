import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';

/** The staff console's FOI pages under /staff/foi. */
export function foiStaffRoutes(_app: FastifyInstance, _deps: ModuleDeps): void {}
