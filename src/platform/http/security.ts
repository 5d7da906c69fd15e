import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
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
  // A multipart (file upload) body is only read by its route, after this check: such a form puts
  // the token in its action's query string (`?_csrf=`).
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = query && typeof query._csrf === 'string' ? query._csrf : undefined;
  const header = request.headers['x-csrf-token'];
  return fromBody ?? fromQuery ?? (typeof header === 'string' ? header : undefined);
}

/** Headers and CSP, cookies, form bodies and uploads, CSRF on every form, rate limits, static assets. */
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
  // File uploads (the org tree's Excel import): one file of at most 5 MB, a few small fields.
  await app.register(multipart, {
    limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
  });
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
  // Every form POST needs the token; the API authenticates with bearer tokens instead, and
  // Open311 (feedback, issue 9 §7) is called by machines, anonymously, like the API.
  app.addHook('preHandler', (request, reply, done) => {
    if (!unsafeMethods.has(request.method) || isApiRequest(request)) return done();
    if (request.url.startsWith('/open311/')) return done();
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
