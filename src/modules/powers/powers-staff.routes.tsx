import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';

export function powersStaffRoutes(_app: FastifyInstance, _deps: ModuleDeps): void {}
