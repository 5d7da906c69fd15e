import type { OpenApiPaths } from '../../platform/http/index.ts';
import { adjustmentKinds, powerCategories, powerLevels, powerStatuses } from './powers.model.ts';

const error = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

const summary = {
  type: 'object',
  properties: {
    code: { type: 'string', example: 'XK-SCJGJ-001' },
    category: { enum: [...powerCategories] },
    categoryName: { type: 'string', example: '行政许可' },
    name: { type: 'string', example: '食品经营许可' },
    org: {
      type: 'object',
      properties: { code: { type: 'string' }, name: { type: 'string' } },
    },
    level: { enum: [...powerLevels] },
    status: { enum: [...powerStatuses] },
    version: { type: 'integer' },
  },
};

export const powersOpenApi: OpenApiPaths = {
  '/api/v1/powers': {
    get: {
      summary: 'Search the power catalog (权责清单): powers in force, 20 a page, by code',
      parameters: [
        {
          name: 'q',
          in: 'query',
          schema: { type: 'string', maxLength: 100 },
          description: 'words in the name, code or legal basis',
        },
        {
          name: 'org',
          in: 'query',
          schema: { type: 'string' },
          description: 'implementing org code',
        },
        { name: 'category', in: 'query', schema: { enum: [...powerCategories] } },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
      ],
      responses: {
        '200': {
          description: 'One page of matches and their total',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  total: { type: 'integer' },
                  page: { type: 'integer' },
                  pageSize: { type: 'integer' },
                  items: { type: 'array', items: summary },
                },
              },
            },
          },
        },
      },
    },
  },
  '/api/v1/powers/{code}': {
    get: {
      summary: 'One power: its current version, flowchart, adjustments and intermediary services',
      parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        '200': {
          description: 'The power (cancelled ones too, with status cancelled)',
          content: {
            'application/json': {
              schema: {
                allOf: [
                  summary,
                  {
                    type: 'object',
                    properties: {
                      basis: { type: 'string' },
                      laws: { type: 'array', items: { type: 'string' } },
                      responsibilities: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: { stage: { type: 'string' }, text: { type: 'string' } },
                        },
                      },
                      accountability: { type: 'string' },
                      supervisionPhone: { type: 'string' },
                      note: { type: 'string' },
                      flowSteps: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            position: { type: 'integer' },
                            name: { type: 'string' },
                            post: { type: 'string' },
                            limitDays: { type: 'integer', description: 'working days' },
                            isCheckpoint: { type: 'boolean' },
                          },
                        },
                      },
                      adjustments: {
                        type: 'array',
                        description: 'newest first',
                        items: {
                          type: 'object',
                          properties: {
                            kind: { enum: [...adjustmentKinds] },
                            documentNumber: { type: 'string', example: '清政发〔2025〕12号' },
                            adoptedOn: { type: 'string', format: 'date' },
                            note: { type: 'string' },
                            version: { type: 'integer' },
                          },
                        },
                      },
                      intermediaries: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: { code: { type: 'string' }, name: { type: 'string' } },
                        },
                      },
                    },
                  },
                ],
              },
            },
          },
        },
        '404': { description: 'power_not_found', ...error },
      },
    },
  },
};
