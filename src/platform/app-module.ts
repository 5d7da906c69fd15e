import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Clock } from './clock/index.ts';
import type { Config } from './config/index.ts';
import type { OpenApiPaths } from './http/openapi.ts';
import type { Catalog } from './i18n/index.ts';
import type { Job } from './jobs/index.ts';
import type { Seeder } from './seed/index.ts';

/** What the composition root hands every module. */
export interface ModuleDeps {
  db: Kysely<unknown>;
  clock: Clock;
  config: Config;
}

/** A business module as the app sees it: routes, strings, demo data. Exported from its index.ts. */
export interface AppModule {
  name: string;
  /** Hooks on the whole app (e.g. identifying the actor), registered before any routes. */
  hooks?(app: FastifyInstance, deps: ModuleDeps): Promise<void> | void;
  routes(app: FastifyInstance, deps: ModuleDeps): Promise<void> | void;
  messages: Catalog;
  seeders: Seeder[];
  /** The module's API paths for the OpenAPI description (every /api route must be in one). */
  openapi?: OpenApiPaths;
  /** Background work the server runs (platform/jobs); tests call `runJobOnce` instead. */
  jobs?: Job[];
}

/** One use-case area of a large module (routes, strings, demo data, API paths, jobs). */
export interface ModulePart {
  routes(app: FastifyInstance, deps: ModuleDeps): void;
  messages: Catalog;
  seeders: Seeder[];
  openapi: OpenApiPaths;
  jobs?: Job[];
}

export const emptyPart: ModulePart = {
  routes: () => undefined,
  messages: { 'zh-CN': {}, en: {} },
  seeders: [],
  openapi: {},
};

/** A module made of parts, joined in its index.ts. */
export function joinParts(name: string, parts: readonly ModulePart[]): AppModule {
  return {
    name,
    routes: (app, deps) => {
      for (const part of parts) part.routes(app, deps);
    },
    messages: {
      'zh-CN': Object.assign({}, ...parts.map((p) => p.messages['zh-CN'])),
      en: Object.assign({}, ...parts.map((p) => p.messages.en)),
    },
    seeders: parts.flatMap((p) => p.seeders),
    openapi: Object.assign({}, ...parts.map((p) => p.openapi)),
    jobs: parts.flatMap((p) => p.jobs ?? []),
  };
}
