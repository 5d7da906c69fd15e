import type { OpenApiPaths } from '../../platform/http/index.ts';

/** The credit-code check of issue 6 (combined business registration). */
export const registrationOpenApi: OpenApiPaths = {
  '/api/v1/credit-codes/{code}': {
    get: {
      summary:
        'Check a unified social credit code (GB 32100-2015: length, charset, 18th character, organisation-code character); public, rate-limited',
      parameters: [
        {
          name: 'code',
          in: 'path',
          required: true,
          description: 'trimmed and upper-cased before checking',
          schema: { type: 'string' },
        },
      ],
      responses: {
        '200': {
          description: 'The normalised code and whether it is valid; `reason` only when it is not',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['code', 'valid'],
                properties: {
                  code: { type: 'string', example: '91330100716105852F' },
                  valid: { type: 'boolean' },
                  reason: {
                    enum: ['length', 'charset', 'checkDigit18', 'orgCheckDigit'],
                    description: 'the first check failed, in this order',
                  },
                },
              },
              examples: {
                valid: { value: { code: '91330100716105852F', valid: true } },
                mistyped: {
                  value: { code: '91330100716105852G', valid: false, reason: 'checkDigit18' },
                },
              },
            },
          },
        },
        '429': {
          description: 'Too many requests',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
  },
};
