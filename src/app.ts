import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { appModules } from './modules.ts';
import type { AppModule } from './platform/app-module.ts';
import type { Clock } from './platform/clock/index.ts';
import type { Config } from './platform/config/index.ts';
import type { DatabaseKind } from './platform/db/index.ts';
import {
  collectApiRoutes,
  openApiDocument,
  registerErrorHandling,
  registerHealth,
  registerActor,
  registerPageRendering,
  registerSecurity,
} from './platform/http/index.ts';
import { createI18n, platformMessages } from './platform/i18n/index.ts';
import { loggerOptions } from './platform/logger/index.ts';
import {
  findSettings,
  unconfiguredSettings,
  type SettingsTables,
} from './platform/settings/index.ts';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route registered, as `METHOD /path/{param}` (the OpenAPI test reads it). */
    apiRoutes: string[];
  }
}

export interface AppDeps {
  db: Kysely<unknown>;
  databaseKind: DatabaseKind;
  clock: Clock;
  /** Signs cookies (CSRF secret now, sessions later). */
  cookieSecret: string;
  modules?: AppModule[];
}

const requestIdPattern = /^[\w.-]{8,64}$/;

/** Builds the whole application without listening: the one composition root. */
export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : loggerOptions(config.logLevel),
    trustProxy: config.env === 'production',
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given)
        ? given
        : crypto.randomUUID();
    },
    return503OnClosing: true,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const modules = deps.modules ?? appModules;
  const i18n = createI18n([platformMessages, ...modules.map((m) => m.messages)]);
  const settingsDb = deps.db as Kysely<SettingsTables>;

  await registerSecurity(app, {
    cookieSecret: deps.cookieSecret,
    production: config.env === 'production',
  });
  registerPageRendering(app, {
    i18n,
    loadSettings: async () => (await findSettings(settingsDb)) ?? unconfiguredSettings,
  });
  registerErrorHandling(app, i18n);
  registerHealth(app, deps.db, deps.databaseKind);
  registerActor(app);

  const apiRoutes: string[] = [];
  collectApiRoutes(app, apiRoutes);
  app.decorate('apiRoutes', apiRoutes);
  const paths = Object.assign({}, ...modules.map((m) => m.openapi ?? {}));
  app.get('/api/v1/openapi.json', async () => openApiDocument(paths, version));

  const moduleDeps = { db: deps.db, clock: deps.clock, config };
  for (const module of modules) await module.hooks?.(app, moduleDeps);
  for (const module of modules) {
    await app.register(async (scope) => module.routes(scope, moduleDeps), { prefix: '' });
  }
  return app;
}

export function allSeeders(modules: AppModule[] = appModules) {
  return modules.flatMap((m) => m.seeders);
}
