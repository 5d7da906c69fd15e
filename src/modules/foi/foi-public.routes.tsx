import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';

/** The public application form and status pages. */
export function foiPublicRoutes(_app: FastifyInstance, _deps: ModuleDeps): void {}
