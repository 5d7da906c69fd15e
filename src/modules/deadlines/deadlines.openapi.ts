import type { OpenApiPaths } from '../../platform/http/index.ts';

const error = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const staff = [{ token: [] }, { session: [] }];

export const deadlinesOpenApi: OpenApiPaths = {
  '/api/v1/clocks/{id}': {
    get: {
      summary:
        'A clock: due date, light, days, explanation (zh-CN, en), events, due-date history (token scope supervision:read)',
      security: staff,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: {
        '200': { description: 'The clock as of today' },
        '403': { description: 'No right to the clock’s org', ...error },
        '404': { description: 'No such clock', ...error },
      },
    },
  },
  '/api/v1/supervision/clock-counts': {
    get: {
      summary:
        'Clocks per org, matter type and light: open ones as of today, and those stopped in a period',
      security: staff,
      parameters: [
        {
          name: 'org',
          in: 'query',
          schema: { type: 'string' },
          description: 'an org code: its subtree',
        },
        { name: 'matterType', in: 'query', schema: { type: 'string' } },
        { name: 'stoppedFrom', in: 'query', schema: { type: 'string', format: 'date' } },
        { name: 'stoppedTo', in: 'query', schema: { type: 'string', format: 'date' } },
      ],
      responses: {
        '200': { description: '{ today, open: [...], stopped: [...] }' },
        '403': { description: 'Not allowed', ...error },
      },
    },
  },
};
