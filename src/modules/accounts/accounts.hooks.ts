import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { isApiRequest } from '../../platform/http/index.ts';
import type { AccountsTables } from './accounts.tables.ts';
import { resumeSession } from './sessions.service.ts';
import { authenticateToken } from './tokens.service.ts';

export const sessionCookie = 'sid';

/** Pages under /staff that need no sign-in, or that a user who must change the password may see. */
const openStaffPaths = new Set(['/staff/login']);
const passwordChangePaths = new Set(['/staff/password', '/staff/logout']);

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? request.url;
}

function isStaffPath(path: string): boolean {
  return path === '/staff' || path.startsWith('/staff/');
}

/** Identifies the actor (bearer token on the API, session cookie elsewhere) and guards the console. */
export function accountsHooks(app: FastifyInstance, deps: ModuleDeps): void {
  const db = deps.db as Kysely<AccountsTables>;
  app.addHook('onRequest', async (request) => {
    const authorization = request.headers.authorization;
    if (isApiRequest(request) && authorization?.startsWith('Bearer ')) {
      const actor = await authenticateToken(
        db,
        deps.clock,
        authorization.slice('Bearer '.length).trim(),
      );
      if (actor) request.actor = actor;
      return;
    }
    const secret = request.cookies[sessionCookie];
    if (secret) {
      const actor = await resumeSession(db, deps.clock, secret);
      if (actor) request.actor = actor;
    }
  });
  app.addHook('preHandler', async (request, reply) => guardConsole(request, reply));
}

async function guardConsole(request: FastifyRequest, reply: FastifyReply) {
  const path = pathOf(request);
  if (!isStaffPath(path) || openStaffPaths.has(path)) return;
  if (request.actor.kind !== 'user') {
    const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.url)}` : '';
    return reply.redirect(`/staff/login${next}`, 303);
  }
  if (request.actor.mustChangePassword && !passwordChangePaths.has(path)) {
    return reply.redirect('/staff/password', 303);
  }
}
