import type { OpenApiPaths } from '../../platform/http/index.ts';
import { applicantTypes, deliveries, idTypes, requestForms, requestStates } from './foi.model.ts';
import { applicationColumns, reviewColumns } from './annual-report.ts';

const date = { type: 'string', format: 'date', description: 'YYYY-MM-DD (Asia/Shanghai)' };
const error = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

const application = {
  type: 'object',
  required: ['applicant', 'description', 'form', 'delivery'],
  properties: {
    applicant: {
      type: 'object',
      required: ['type', 'name', 'idType', 'idNumber', 'phone'],
      properties: {
        type: { enum: [...applicantTypes] },
        name: { type: 'string', maxLength: 100 },
        idType: { enum: [...idTypes] },
        idNumber: {
          type: 'string',
          description:
            'resident_id: 18 characters with a valid GB 11643 check digit; credit_code: a valid GB 32100 code',
        },
        phone: { type: 'string' },
        email: { type: 'string', description: 'required when delivery is email' },
        address: { type: 'string', description: 'required when delivery is post' },
      },
    },
    description: {
      type: 'string',
      maxLength: 2000,
      description: 'the information sought (条例第29条)',
    },
    documentNumber: { type: 'string', description: '文号, if known' },
    form: { enum: [...requestForms] },
    delivery: { enum: [...deliveries] },
  },
};

const report = {
  type: 'object',
  properties: {
    year: { type: 'integer' },
    applications: {
      type: 'object',
      properties: {
        columns: { type: 'array', items: { type: 'string' }, example: applicationColumns },
        rows: {
          type: 'array',
          description:
            'in the form’s order, labels exactly as 国办公开办函〔2021〕30号 prints them',
          items: {
            type: 'object',
            properties: {
              label: { type: 'string', example: '一、本年新收政府信息公开申请数量' },
              values: { type: 'array', items: { type: 'integer' }, minItems: 7, maxItems: 7 },
            },
          },
        },
      },
    },
    reviews: {
      type: 'object',
      properties: {
        columns: { type: 'array', items: { type: 'string' }, example: reviewColumns },
        values: { type: 'array', items: { type: 'integer' }, minItems: 15, maxItems: 15 },
      },
    },
    checks: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          rule: { type: 'string' },
          ok: { type: 'boolean' },
          detail: { type: 'string' },
        },
      },
    },
  },
};

export const foiOpenApi: OpenApiPaths = {
  '/api/v1/foi/requests': {
    post: {
      summary: 'Apply for government information (条例第29条); public, rate-limited',
      requestBody: { required: true, content: { 'application/json': { schema: application } } },
      responses: {
        '201': {
          description: 'Received. Keep the access code: it is shown once.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  trackingNumber: { type: 'string' },
                  accessCode: { type: 'string' },
                  receivedOn: date,
                  dueOn: date,
                },
              },
            },
          },
        },
        '422': {
          description:
            'Invalid input: `fields` maps each path (e.g. applicant.idNumber) to its message',
          ...error,
        },
        '429': { description: 'Too many requests', ...error },
      },
    },
  },
  '/api/v1/foi/requests/{trackingNumber}': {
    get: {
      summary: 'Follow a request; public, rate-limited',
      parameters: [
        { name: 'trackingNumber', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'X-Access-Code', in: 'header', required: true, schema: { type: 'string' } },
      ],
      responses: {
        '200': {
          description: 'The public status',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  trackingNumber: { type: 'string' },
                  state: { enum: [...requestStates] },
                  receivedOn: date,
                  dueOn: { ...date, nullable: true, description: 'null while the clock is paused' },
                  dueBasis: { enum: ['official', 'provisional'] },
                  outcome: { type: ['string', 'null'] },
                  repliedOn: { type: ['string', 'null'], format: 'date' },
                  replyText: { type: ['string', 'null'] },
                  timeline: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { on: date, kind: { type: 'string' }, note: { type: 'string' } },
                    },
                  },
                },
              },
            },
          },
        },
        '404': {
          description: 'Wrong tracking number or access code (the same answer for both)',
          ...error,
        },
      },
    },
  },
  '/api/v1/foi/annual-report': {
    get: {
      summary: 'The annual report tables and 勾稽 checks of a year (staff; token scope foi:read)',
      security: [{ token: [] }, { session: [] }],
      parameters: [{ name: 'year', in: 'query', required: true, schema: { type: 'integer' } }],
      responses: {
        '200': { description: 'The report', content: { 'application/json': { schema: report } } },
        '403': { description: 'Not signed in, or no right to it', ...error },
      },
    },
  },
  '/api/v1/foi/statistics': {
    get: {
      summary: 'Public statistics per org for a year (rates hidden below 5 replies)',
      parameters: [{ name: 'year', in: 'query', schema: { type: 'integer' } }],
      responses: { '200': { description: 'County and per-org figures' } },
    },
  },
};
