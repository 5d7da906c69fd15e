import type { OpenApiPaths } from '../../../platform/http/index.ts';
import { appealKinds, appealStates, ratingLevels } from '../feedback.model.ts';
import { appealLimits } from '../feedback.schemas.ts';

const date = { type: 'string', format: 'date', description: 'YYYY-MM-DD (Asia/Shanghai)' };
const nullableDate = { ...date, type: ['string', 'null'] };
const error = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const number = {
  name: 'number',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'the tracking number, e.g. FK20260929123456',
};
const accessCode = {
  type: 'string',
  description: 'the access code given on submission (sent in the body only, never in a URL)',
};
const json = (schema: object) => ({ content: { 'application/json': { schema } } });

const appeal = {
  type: 'object',
  required: ['kind', 'subject', 'content'],
  properties: {
    kind: { enum: [...appealKinds] },
    subject: { type: 'string', minLength: 2, maxLength: appealLimits.subject },
    content: { type: 'string', minLength: 5, maxLength: appealLimits.content },
    place: { type: 'string', maxLength: appealLimits.place },
    orgCode: { type: 'string', description: 'the org the submitter thinks responsible (optional)' },
    name: { type: 'string', maxLength: appealLimits.name },
    phone: {
      type: 'string',
      description: 'a mainland mobile or landline; phone or email required',
    },
    email: { type: 'string', maxLength: appealLimits.email },
    publicAllowed: {
      type: 'boolean',
      description:
        'whether the subject, content and public reply may be published (default false); personal data never is',
    },
    latitude: { type: 'number' },
    longitude: { type: 'number' },
  },
};

const event = {
  type: 'object',
  properties: {
    kind: { type: 'string', example: 'routed' },
    on: date,
    org: { type: 'string' },
    toOrg: { type: 'string' },
    reason: { type: 'string' },
  },
};

const status = {
  type: 'object',
  properties: {
    trackingNumber: { type: 'string' },
    kind: { enum: [...appealKinds] },
    subject: { type: 'string' },
    state: { enum: [...appealStates] },
    org: { type: 'string' },
    receivedOn: date,
    replyDueOn: nullableDate,
    completeDueOn: nullableDate,
    firstReplyOn: nullableDate,
    closedOn: nullableDate,
    events: { type: 'array', items: event, description: 'the public history, oldest first' },
    replies: {
      type: 'array',
      description: 'the replies: `text` is addressed to the submitter, `publicText` is published',
      items: {
        type: 'object',
        properties: {
          on: date,
          org: { type: 'string' },
          text: { type: 'string' },
          publicText: { type: ['string', 'null'] },
        },
      },
    },
    mergedInto: {
      type: ['object', 'null'],
      description:
        'the appeal this one was merged into: its state, history and public replies only',
    },
    canRate: { type: 'boolean' },
    reopenUntil: { ...nullableDate, description: 'the last day a closed appeal may be reopened' },
  },
};

/** Issue 9's public appeal API: submit, follow, rate (国办发〔2019〕51号 five levels). */
export const siteOpenApi: OpenApiPaths = {
  '/api/v1/appeals': {
    post: {
      summary:
        'Send an appeal (consultation, complaint, suggestion, help, report); public, rate-limited',
      requestBody: { required: true, ...json(appeal) },
      responses: {
        '201': {
          description: 'Received. Keep the access code: it is shown once.',
          ...json({
            type: 'object',
            properties: {
              trackingNumber: { type: 'string' },
              accessCode: { type: 'string' },
              receivedOn: date,
              replyDueOn: date,
              completeDueOn: date,
            },
          }),
        },
        '422': {
          description: 'Invalid input: `fields` names each field and its message',
          ...error,
        },
        '429': { description: 'Too many submissions from this address or contact', ...error },
      },
    },
  },
  '/api/v1/appeals/{number}/status': {
    post: {
      summary: 'Follow an appeal with its access code; public, rate-limited',
      parameters: [number],
      requestBody: {
        required: true,
        ...json({ type: 'object', required: ['accessCode'], properties: { accessCode } }),
      },
      responses: {
        '200': { description: 'The appeal as its submitter sees it', ...json(status) },
        '404': { description: 'No such appeal, or a wrong access code', ...error },
      },
    },
  },
  '/api/v1/appeals/{number}/rating': {
    post: {
      summary:
        'Rate the latest reply (five levels, 国办发〔2019〕51号); a bad rating opens a rectification',
      parameters: [number],
      requestBody: {
        required: true,
        ...json({
          type: 'object',
          required: ['accessCode', 'level'],
          properties: {
            accessCode,
            level: { enum: [...ratingLevels] },
            comment: { type: 'string', maxLength: 500 },
          },
        }),
      },
      responses: {
        '201': {
          description: 'Rated',
          ...json({
            type: 'object',
            properties: {
              ratingId: { type: 'integer' },
              level: { enum: [...ratingLevels] },
              rectificationOpened: { type: 'boolean' },
            },
          }),
        },
        '404': { description: 'No such appeal, or a wrong access code', ...error },
        '409': { description: 'Not replied yet, or the latest reply is rated already', ...error },
        '422': { description: 'Invalid level or comment', ...error },
      },
    },
  },
};
