import type { FastifyInstance, FastifyRequest } from 'fastify';

/** A role held on an org; it covers the org's whole subtree (path prefix). */
export interface Grant {
  role: string;
  orgId: number;
  orgCode: string;
  /** Materialised ancestry of the org, e.g. '/1/7/'. */
  orgPath: string;
}

/** Who is making this request: the public, a signed-in staff member, or an API token. */
export interface Actor {
  kind: 'public' | 'user' | 'token' | 'system';
  id: number | null;
  name: string;
  grants: Grant[];
  /** API token scopes, e.g. 'supervision:write'. Empty for people. */
  scopes: string[];
  /** A signed-in user who must choose a new password before doing anything else. */
  mustChangePassword: boolean;
}

export const publicActor: Actor = {
  kind: 'public',
  id: null,
  name: 'public',
  grants: [],
  scopes: [],
  mustChangePassword: false,
};

/** The command line and scheduled jobs act as the system. */
export const systemActor: Actor = { ...publicActor, kind: 'system', name: 'system' };

/** What a state-changing service call needs besides its input: who, and for the audit trail, where from. */
export interface ActionContext {
  actor: Actor;
  requestId: string | null;
  clientIp: string | null;
}

export function systemContext(name = 'system'): ActionContext {
  return { actor: { ...systemActor, name }, requestId: null, clientIp: null };
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

/** Every request starts as the public; the accounts module's hook may identify it. */
export function contextOf(request: FastifyRequest): ActionContext {
  return { actor: request.actor, requestId: request.id, clientIp: request.ip };
}

export function registerActor(app: FastifyInstance): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request) => {
    request.actor = publicActor;
  });
}
