import type { OpenApiPaths } from '../../platform/http/index.ts';
import { materialForms } from './items.model.ts';

const error = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const kind = { enum: ['instant', 'promised', 'joint'], description: '即办件 | 承诺件 | 联办件' };
const org = { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } };

const guide = {
  type: 'object',
  description: '办事指南: every element, limits in working days (行政许可法第82条)',
  properties: {
    code: { type: 'string', example: 'SC-QYDJ-001' },
    name: { type: 'string' },
    nameEn: { type: 'string' },
    kind,
    org,
    basis: { type: 'string' },
    conditions: { type: 'string' },
    materials: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          form: { enum: [...materialForms] },
          copies: { type: 'integer', minimum: 1 },
          required: { type: 'boolean' },
          note: { type: 'string' },
          templateUrl: { type: ['string', 'null'], description: 'download of the form template' },
        },
      },
    },
    place: { type: 'string' },
    hours: { type: 'string' },
    phone: { type: 'string' },
    flow: { type: 'string' },
    feeFen: { type: 'integer', description: 'fee in fen; 0 = free (免费)' },
    feeBasis: { type: 'string' },
    statutoryDays: { type: 'integer', description: '法定时限' },
    promisedDays: { type: 'integer', description: '承诺时限; 0 = 即办件' },
    limitUnit: { const: 'working_days' },
    reviewOrgs: {
      type: 'array',
      description: '并联审批 departments and their step limits',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          name: { type: 'string' },
          stepDays: { type: 'integer' },
        },
      },
    },
    powers: {
      type: 'array',
      items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } },
    },
    windows: {
      type: 'array',
      items: {
        type: 'object',
        properties: { center: org, number: { type: 'string' }, name: { type: 'string' } },
      },
    },
    online: { type: 'boolean' },
    version: { type: 'integer' },
  },
};

export const itemsOpenApi: OpenApiPaths = {
  '/api/v1/service-items': {
    get: {
      summary: 'Active service items (办事事项), searched and filtered; public',
      tags: ['approvals'],
      parameters: [
        {
          name: 'q',
          in: 'query',
          schema: { type: 'string', maxLength: 100 },
          description: 'words of the name or code',
        },
        {
          name: 'org',
          in: 'query',
          schema: { type: 'string' },
          description: 'code of the deciding department',
        },
        { name: 'kind', in: 'query', schema: kind },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
      ],
      responses: {
        200: {
          description: 'a page of items',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  total: { type: 'integer' },
                  page: { type: 'integer' },
                  pageSize: { type: 'integer' },
                  items: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        code: { type: 'string' },
                        name: { type: 'string' },
                        kind,
                        org,
                        statutoryDays: { type: 'integer' },
                        promisedDays: { type: 'integer' },
                        feeFen: { type: 'integer' },
                        online: { type: 'boolean' },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  '/api/v1/service-items/{code}': {
    get: {
      summary: 'The guide (办事指南) of one active item; public',
      tags: ['approvals'],
      parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        200: { description: 'the guide', content: { 'application/json': { schema: guide } } },
        404: { description: 'item_not_found: no such item, or it is retired', ...error },
      },
    },
  },
};
