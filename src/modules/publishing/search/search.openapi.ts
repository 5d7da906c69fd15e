import type { OpenApiPaths } from '../../../platform/http/index.ts';
import { itemTypes } from '../publishing.model.ts';
import { maxPage, maxQueryLength, pageSize } from './search.schemas.ts';

const error = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

const item = {
  type: 'object',
  required: ['id', 'type', 'title', 'org', 'publishedOn', 'url', 'snippet'],
  properties: {
    id: { type: 'integer' },
    type: { enum: [...itemTypes] },
    title: { type: 'string', description: 'plain text (escape it when putting it into HTML)' },
    org: {
      type: 'string',
      description: 'the name of the publishing org (the channel’s org), e.g. 县市场监督管理局',
    },
    publishedOn: { type: 'string', format: 'date', description: 'YYYY-MM-DD (Asia/Shanghai)' },
    url: {
      type: 'string',
      description: 'the public detail page, relative: /openness/items/<id>',
      example: '/openness/items/42',
    },
    snippet: {
      type: 'string',
      description:
        'an HTML fragment, safe to insert as is: about 120 characters of the summary and body ' +
        'around the first match, HTML-escaped, each match in <mark>…</mark> (… where cut); ' +
        'the start of the text when the query is empty',
      example: '为深化商事制度改革，<mark>清原</mark>满族自治县人民政府决定…',
    },
  },
};

const param = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

export const searchOpenapi: OpenApiPaths = {
  '/api/v1/publications': {
    get: {
      summary: 'Search the published publications (Chinese full text)',
      description:
        'Words are cut by jieba (domain dictionary: 五证合一, 民心网, the county’s towns…; ' +
        '清原县 also finds 清原满族自治县). Results have all the words (title or text, title ' +
        'substrings for 3+ characters); when none has all, any of them. Title hits first, then ' +
        `newest. ${pageSize} per page. Without q: the newest publications. Superseded and ` +
        'withdrawn items are never returned. Public, no authentication.',
      parameters: [
        param('q', `the words, at most ${maxQueryLength} characters`, {
          type: 'string',
          maxLength: maxQueryLength,
        }),
        param('type', 'only this type', { enum: [...itemTypes] }),
        param('org', 'only the channel of the org with this code, e.g. scjgj', {
          type: 'string',
        }),
        param('year', 'only publications of this year', { type: 'integer' }),
        param('validity', 'only policies of this validity', {
          enum: ['valid', 'amended', 'repealed', 'expired'],
        }),
        param('page', `page number, 1 to ${maxPage}`, {
          type: 'integer',
          minimum: 1,
          maximum: maxPage,
          default: 1,
        }),
      ],
      responses: {
        '200': {
          description: 'total hits and one page of them',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['total', 'items'],
                properties: { total: { type: 'integer' }, items: { type: 'array', items: item } },
              },
            },
          },
        },
        '422': {
          description:
            'a bad parameter (q too long, unknown type or org, page not 1–' +
            `${maxPage}): code validation, fields names each, in Chinese (English with ` +
            'Accept-Language: en)',
          ...error,
        },
        '429': { description: 'more than 120 requests a minute', ...error },
      },
    },
  },
};
