import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isApiRequest } from './request-locale.ts';

const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../public');

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface SecurityOptions {
  cookieSecret: string;
  production: boolean;
}

function csrfTokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const fromBody = body && typeof body._csrf === 'string' ? body._csrf : undefined;
  const header = request.headers['x-csrf-token'];
  return fromBody ?? (typeof header === 'string' ? header : undefined);
}

/** Headers and CSP, cookies, form bodies, CSRF on every form, rate limits, static assets. */
export async function registerSecurity(
  app: FastifyInstance,
  options: SecurityOptions,
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(options.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: options.production,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie, { secret: options.cookieSecret });
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  await app.register(csrf, {
    cookieKey: '_csrf',
    cookieOpts: {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: options.production,
      signed: true,
    },
    getToken: csrfTokenOf,
  });
  // Every form POST needs the token; the API authenticates with bearer tokens instead.
  app.addHook('preHandler', (request, reply, done) => {
    if (!unsafeMethods.has(request.method) || isApiRequest(request)) return done();
    app.csrfProtection(request, reply, done);
  });
  await app.register(rateLimit, { global: false });
  await app.register(fastifyStatic, {
    root: publicDir,
    prefix: '/static/',
    maxAge: '1h',
    index: false,
  });
}
