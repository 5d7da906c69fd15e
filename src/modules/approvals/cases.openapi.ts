import type { OpenApiPaths } from '../../platform/http/index.ts';
import { caseStates } from './cases.model.ts';

const date = {
  type: ['string', 'null'],
  format: 'date',
  description: 'YYYY-MM-DD (Asia/Shanghai)',
};
const light = { enum: ['green', 'yellow', 'red', null] };
const error = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

export const casesOpenApi: OpenApiPaths = {
  '/api/v1/cases/{trackingNumber}': {
    get: {
      summary:
        'A case (办件): state, dates, the case clock and each joint review (staff; token scope approvals:read)',
      security: [{ token: [] }, { session: [] }],
      parameters: [
        {
          name: 'trackingNumber',
          in: 'path',
          required: true,
          schema: { type: 'string', example: 'SP2026-000123' },
        },
      ],
      responses: {
        '200': {
          description: 'The case',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  trackingNumber: { type: 'string' },
                  itemCode: { type: 'string' },
                  org: { type: 'string', description: 'the deciding department’s org code' },
                  center: { type: 'string', description: 'the service center’s org code' },
                  channel: { enum: ['online', 'window'] },
                  state: { enum: [...caseStates] },
                  receivedOn: date,
                  acceptedOn: date,
                  dueOn: { ...date, description: 'the case clock’s due date (promised limit)' },
                  light,
                  decision: { enum: ['approved', 'denied', null] },
                  certificateNumber: { type: ['string', 'null'] },
                  completedOn: date,
                  reviews: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        org: { type: 'string' },
                        state: { enum: ['pending', 'approved', 'denied'] },
                        stepDays: { type: 'integer' },
                        dueOn: date,
                        light,
                      },
                    },
                  },
                },
              },
            },
          },
        },
        '403': { description: 'Not signed in, no scope, or no right to the case', ...error },
        '404': { description: 'No such case', ...error },
      },
    },
  },
};
