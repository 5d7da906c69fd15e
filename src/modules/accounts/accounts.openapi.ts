import type { OpenApiPaths } from '../../platform/http/index.ts';

export const accountsOpenApi: OpenApiPaths = {
  '/api/v1/orgs': {
    get: {
      summary: 'The public org tree: active orgs with code, name, kind and parent',
      responses: { '200': { description: 'The orgs' } },
    },
  },
};
