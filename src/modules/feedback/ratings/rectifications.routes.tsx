import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../platform/app-module.ts';

/** The staff pages of rectifications and call-backs. */
export function rectificationsRoutes(_app: FastifyInstance, _deps: ModuleDeps): void {}
