import type { OpenApiPaths } from '../../platform/http/index.ts';

const error = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

export const supervisionOpenApi: OpenApiPaths = {
  '/api/v1/supervision/checkpoints': {
    post: {
      summary: 'Checkpoint events from an outside system (token scope supervision:write)',
      description:
        'A JSON array of up to 1,000 events, idempotent by (source, eventId): re-sending changes nothing. ' +
        'Fields: source, eventId, matterType (approval|foi|appeal|tender|other), matterId, org (a known org code), ' +
        'itemCode?, kind (accepted|refused|notice|paused|resumed|extended|step_started|step_completed|decided|' +
        'completed|returned|withdrawn|fee_charged), at (ISO 8601 with offset; its Asia/Shanghai date is the ' +
        "checkpoint's date); promisedDays (required), statutoryDays, limitUnit (working|calendar) on accepted; " +
        'days on extended; reason and legalBasis on refused, returned, paused; amount on fee_charged. ' +
        'A bad event is rejected with its index and reason while the valid ones are kept. ' +
        "Stored events drive the matter's clock (keyed by source and matterId): accepted starts it " +
        'with promisedDays, paused/resumed/extended move it, completed/refused/returned/withdrawn stop it; ' +
        '`clockUntaken` counts stored events its clock could not take (e.g. a stop before any acceptance). ' +
        'The source "sunshine" is reserved for Sunshine\'s own checkpoints.',
      security: [{ token: [] }],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { type: 'array', maxItems: 1000 } } },
      },
      responses: {
        '200': {
          description:
            '{"accepted":n,"duplicates":n,"rejected":[{"index","reason"}],"clockUntaken"?:n}',
        },
        '403': { description: 'No token with scope supervision:write', ...error },
        '422': { description: 'Not an array, or more than 1,000 events', ...error },
      },
    },
  },
};
