import type { OpenApiPaths } from '../../platform/http/index.ts';
import { statsGroupings } from './stats.queries.ts';

const date = { type: 'string', format: 'date', description: 'YYYY-MM-DD (Asia/Shanghai)' };
const error = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const count = { type: 'integer', minimum: 0 };
const rate = {
  type: ['number', 'null'],
  description: 'a fraction rounded to 4 decimals; null when its denominator is 0',
};

const figures = {
  type: 'object',
  properties: {
    received: { ...count, description: 'applications received in the period (by received_on)' },
    accepted: { ...count, description: 'accepted in the period (受理, by accepted_on)' },
    completed: { ...count, description: 'completed in the period (办结, by completed_on)' },
    instant: { ...count, description: '即办件 among the applications (promised 0 days)' },
    instantShare: {
      ...rate,
      description: '现场办结率 (即办件占比) = instant ÷ received (RULES.md §4.5)',
    },
    onTime: { ...count, description: 'completed on or before the case clock’s due date' },
    onTimeRate: { ...rate, description: '按时办结率 = onTime ÷ completed (RULES.md §4.5)' },
    early: {
      ...count,
      description: 'completed before the due date with no extension; never an instant item',
    },
    earlyRate: { ...rate, description: '提前办结率 = early ÷ completed (RULES.md §4.5)' },
    refused: { ...count, description: '不予受理 (by closed_on)' },
    returned: { ...count, description: '退回 (by closed_on)' },
    withdrawn: { ...count, description: '撤回 (by closed_on)' },
    openOverdue: {
      ...count,
      description: 'applications of the period still open on asOf with a red case clock',
    },
  },
};

export const statsOpenApi: OpenApiPaths = {
  '/api/v1/approvals/statistics': {
    get: {
      summary:
        'Statistics of cases for a period, grouped (staff session, or token scope approvals:read)',
      security: [{ token: [] }, { session: [] }],
      parameters: [
        { name: 'from', in: 'query', schema: date, description: 'default: 1 January this year' },
        { name: 'to', in: 'query', schema: date, description: 'default: 31 December this year' },
        {
          name: 'groupBy',
          in: 'query',
          schema: { enum: [...statsGroupings], default: 'org' },
          description: 'center, window, org (deciding department), item, or month (YYYY-MM)',
        },
      ],
      responses: {
        '200': {
          description: 'The figures per group and in total',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  from: date,
                  to: date,
                  groupBy: { enum: [...statsGroupings] },
                  asOf: { ...date, description: 'the day open cases’ lights are taken on' },
                  total: figures,
                  groups: {
                    type: 'array',
                    items: {
                      allOf: [
                        figures,
                        {
                          type: 'object',
                          properties: {
                            key: {
                              type: 'string',
                              description:
                                'the center, window, org or item id; YYYY-MM by month; "" for online applications by window',
                            },
                            code: { type: 'string' },
                            name: { type: 'string' },
                            nameEn: { type: 'string' },
                            centerName: { type: 'string', description: 'by window only' },
                          },
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
        },
        '403': { description: 'Not signed in, or a token without approvals:read', ...error },
        '422': {
          description: 'A bad date, a period ending before it starts, or a bad groupBy',
          ...error,
        },
      },
    },
  },
};
