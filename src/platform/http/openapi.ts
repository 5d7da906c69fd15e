/**
 * The API's OpenAPI 3.1 description, served at GET /api/v1/openapi.json: each module describes
 * its own paths (AppModule.openapi); the app lists every /api route it registers, so a test can
 * hold the description and the routes to each other.
 */
import type { FastifyInstance } from 'fastify';

/** Path → method → OpenAPI operation object, e.g. `{ '/api/v1/orgs': { get: {...} } }`. */
export type OpenApiPaths = Record<string, Record<string, unknown>>;

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        fields: {
          type: 'object',
          description:
            'Field path → message, in the request’s language (Accept-Language: en for English)',
          additionalProperties: { type: 'string' },
        },
      },
    },
  },
};

export function openApiDocument(paths: OpenApiPaths, version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: '阳光政务 Sunshine API',
      version,
      description:
        'Dates are local calendar dates (YYYY-MM-DD, Asia/Shanghai). Staff endpoints take a session cookie or `Authorization: Bearer sst_…` with the scope named.',
    },
    paths: {
      '/api/v1/openapi.json': {
        get: { summary: 'This description', responses: { '200': { description: 'OpenAPI 3.1' } } },
      },
      ...paths,
    },
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer', description: 'An API token (sst_…) with scopes' },
        session: { type: 'apiKey', in: 'cookie', name: 'sid' },
      },
    },
  };
}

/** Records every /api route as `METHOD /path/{param}` in `into`. */
export function collectApiRoutes(app: FastifyInstance, into: string[]): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      into.push(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
    }
  });
}

/** The documented operations as `METHOD /path`. */
export function documentedOperations(document: { paths: OpenApiPaths }): string[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
}
