import type { OpenApiPaths } from '../../../platform/http/index.ts';
import { countFigures, figureDefinitions, rateFigures } from './figures.sql.ts';

const date = { type: 'string', format: 'date', description: 'YYYY-MM-DD (Asia/Shanghai)' };
const error = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

const figureSet = {
  type: 'object',
  properties: {
    ...Object.fromEntries(
      countFigures.map((f) => [f, { type: 'integer', description: figureDefinitions[f].en }]),
    ),
    ...Object.fromEntries(
      rateFigures.map((f) => [
        f,
        {
          type: ['number', 'null'],
          description: `${figureDefinitions[f].en} Null when the denominator is 0 or fewer than minimumValid valid appeals.`,
        },
      ]),
    ),
    dutyDays: { type: 'integer' },
    dutyCounted: { type: 'integer' },
    ratesShown: { type: 'boolean' },
  },
};

/** The public figures of appeals (RULES.md §7.4); no records, no personal data. */
export const figuresOpenApi: OpenApiPaths = {
  '/api/v1/feedback/figures': {
    get: {
      summary:
        "The county's and each org's appeal figures over a period of receipt (rates to 4 decimals, hidden below 5 valid appeals)",
      parameters: [
        { name: 'from', in: 'query', required: true, schema: date },
        { name: 'to', in: 'query', required: true, schema: date },
        { name: 'org', in: 'query', schema: { type: 'string' }, description: 'one org code' },
      ],
      responses: {
        '200': {
          description: 'County and per-org figures with the settings they were computed under',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  from: date,
                  to: date,
                  settings: {
                    type: 'object',
                    properties: {
                      satisfaction: { enum: ['broad', 'strict'] },
                      dutyRule: { enum: ['signin_and_no_overdue', 'signin'] },
                    },
                  },
                  minimumValid: { type: 'integer' },
                  county: figureSet,
                  orgs: {
                    type: 'array',
                    items: {
                      allOf: [
                        {
                          type: 'object',
                          properties: { org: { type: 'string' }, name: { type: 'string' } },
                        },
                        figureSet,
                      ],
                    },
                  },
                },
              },
            },
          },
        },
        '422': { description: 'A date missing or not YYYY-MM-DD, or from after to', ...error },
      },
    },
  },
};
