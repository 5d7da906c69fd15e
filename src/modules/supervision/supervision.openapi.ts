import type { OpenApiPaths } from '../../platform/http/index.ts';

const error = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

/** The figures' definitions (summary.sql.ts holds them as SQL; RULES.md §4.4–4.5). */
const summaryDefinitions = [
  'Dates are Asia/Shanghai calendar dates; the period [from, to] includes both days.',
  "Counts are over the matters accepted within [from, to] (org: the responsible org — the clock's — and every org under it).",
  'accepted: matters whose acceptance (受理) date is in the period.',
  'completed: of those, the matters completed (办结), whenever; completionRate = completed / accepted.',
  'onTime: completed on or before the due date (承诺时限 counted on the working-day calendar, non-counted pauses and approved extensions included); onTimeRate = onTime / completed.',
  'early: completed using fewer working days than promised (RULES.md §4.5 实际用时 < 承诺时限): before the due date, never extended, not an instant item (即办件, promised 0); earlyRate = early / completed.',
  'overdueCompleted: completed after the due date.',
  'overdueOpen: not completed, returned or withdrawn as of `to` (or today, if `to` is later) and past the due date on that day.',
  'returned: matters returned (退回) after acceptance; returnedWithoutReason: returned with no stated reason (无故退回).',
  'refused: applications refused at acceptance (不予受理) with a refusal date in the period — they are never accepted, so they are not in `accepted`.',
  'lights: the matters still open as of `to` (or today) by light: red past the due date, yellow from 1 working day before it (the configurable threshold, RULES.md §4.4), green otherwise; an instant item is red if not completed on its acceptance day; a paused clock keeps its light.',
  'Rates are fractions rounded to 4 decimals, null when the denominator is 0.',
].join(' ');

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
  '/api/v1/supervision/summary': {
    get: {
      summary:
        'Supervision figures for a period (token scope supervision:read, or a staff session)',
      description: summaryDefinitions,
      security: [{ token: [] }, { session: [] }],
      parameters: [
        { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
        { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
        { name: 'org', in: 'query', required: false, schema: { type: 'string' } },
        {
          name: 'matterType',
          in: 'query',
          required: false,
          schema: { type: 'string', enum: ['approval', 'foi', 'appeal', 'tender', 'other'] },
        },
      ],
      responses: {
        '200': {
          description:
            '{"accepted","completed","completionRate","onTime","onTimeRate","early","earlyRate",' +
            '"overdueCompleted","overdueOpen","returned","returnedWithoutReason","refused",' +
            '"lights":{"green","yellow","red"}}',
        },
        '403': {
          description: 'Neither a staff session nor a token with supervision:read',
          ...error,
        },
        '404': { description: 'No org with that code', ...error },
        '422': {
          description: 'A missing or malformed date, from after to, an unknown matterType',
          ...error,
        },
      },
    },
  },
};
