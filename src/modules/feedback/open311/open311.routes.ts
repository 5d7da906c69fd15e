/**
 * Open311 GeoReport v2 (issue 9 §7; http://wiki.open311.org/GeoReport_v2), JSON only: the services
 * (one per appeal kind), the requests (appeals, no personal data), one request, and submitting one.
 * Its own scope answers every error GeoReport-style, `[{"code": 400, "description": "…"}]` with the
 * same HTTP status, so bad input never becomes a 500 or an HTML page. Outside /api and, like it,
 * outside the form CSRF check (platform/http/security.ts): machines call it.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { isAppError, statusOfKind, type FieldError } from '../../../platform/errors/index.ts';
import { contextOf } from '../../../platform/http/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { submitAppeal } from '../submission.service.ts';
import { geoReportError, open311Text, requestOf, servicesOf } from './open311.format.ts';
import { findOpen311Request, listOpen311Requests } from './open311.queries.ts';
import {
  appealInputOf,
  open311FieldOf,
  parseRequestFilter,
  trackingNumberOf,
} from './open311.schemas.ts';

const base = '/open311/v2';

function localeOf(request: FastifyRequest): Locale {
  return /^\s*en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'zh-CN';
}

function send(reply: FastifyReply, status: number, body: unknown) {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

function fail(request: FastifyRequest, reply: FastifyReply, status: number, key: string) {
  const t = open311Text(localeOf(request));
  return send(reply, status, geoReportError(status, t(key)));
}

/** One GeoReport error per field: `description: 内容应为 5 至 3000 个字 / The content must be …`. */
function fieldErrors(reply: FastifyReply, fields: FieldError[]) {
  const zh = open311Text('zh-CN');
  const en = open311Text('en');
  const seen = new Set<string>();
  const body = [];
  // A short description fails both the content and the subject cut from it: name the content.
  const ordered = [...fields].sort(
    (a, b) => Number(a.field === 'subject') - Number(b.field === 'subject'),
  );
  for (const f of ordered) {
    const name = open311FieldOf[f.field] ?? f.field;
    if (seen.has(name)) continue;
    seen.add(name);
    body.push({ code: 400, description: `${name}: ${zh(f.message)} / ${en(f.message)}` });
  }
  return send(reply, 400, body);
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (isAppError(error)) {
    if (error.kind === 'validation' && error.details.fields) {
      return fieldErrors(reply, error.details.fields);
    }
    if (error.kind === 'too_many')
      return fail(request, reply, 429, 'feedbackOpen311.error.tooMany');
    const status = error.kind === 'validation' ? 400 : statusOfKind[error.kind];
    return send(reply, status, geoReportError(status, error.message));
  }
  const status = error.statusCode;
  if (status === 429) return fail(request, reply, 429, 'feedbackOpen311.error.tooMany');
  if (status && status >= 400 && status < 500) {
    // Malformed JSON, an unsupported content type, a body too large: the client's mistake.
    request.log.info({ code: error.code, status }, 'open311 request refused');
    return fail(request, reply, status === 404 ? 404 : 400, 'feedbackOpen311.error.body');
  }
  request.log.error({ err: error }, 'open311 request failed');
  return fail(request, reply, 500, 'feedbackOpen311.error.internal');
}

function scopeRoutes(scope: FastifyInstance, { db, clock }: ModuleDeps): void {
  scope.setErrorHandler(handleError);
  // Anyone may read the open data from a browser on another site (GETs only).
  scope.addHook('onSend', async (request, reply) => {
    if (request.method === 'GET') {
      reply.header('access-control-allow-origin', '*');
      reply.header('cross-origin-resource-policy', 'cross-origin');
    }
  });

  scope.get(`${base}/services.json`, async (request, reply) =>
    send(reply, 200, servicesOf(localeOf(request))),
  );

  scope.get(`${base}/requests.json`, async (request, reply) => {
    const parsed = parseRequestFilter(request.query, clock.now());
    if (!parsed.ok) return fieldErrors(reply, parsed.errors);
    const rows = await listOpen311Requests(db, parsed.filter);
    const locale = localeOf(request);
    return send(
      reply,
      200,
      rows.map((row) => requestOf(row, locale)),
    );
  });

  scope.get<{ Params: { file: string } }>(`${base}/requests/:file`, async (request, reply) => {
    const { file } = request.params;
    if (!file.endsWith('.json')) return fail(request, reply, 404, 'feedbackOpen311.error.notFound');
    const number = trackingNumberOf(file.slice(0, -'.json'.length));
    const row = number === null ? undefined : await findOpen311Request(db, number);
    if (!row) {
      const t = open311Text(localeOf(request));
      const text = t('feedbackOpen311.error.requestNotFound', { number: file.slice(0, 40) });
      return send(reply, 404, geoReportError(404, text));
    }
    return send(reply, 200, [requestOf(row, localeOf(request))]);
  });

  // The access code is shown once, in service_notice: GeoReport v2 has no field for it, and
  // without it the submitter could neither follow the appeal nor rate the reply (issue 9 §3). The
  // response goes only to the submitter; only the code's hash is stored.
  scope.post(`${base}/requests.json`, async (request, reply) => {
    const receipt = await submitAppeal(db, clock, contextOf(request), appealInputOf(request.body), {
      channel: 'open311',
      clientAddress: request.ip,
    });
    const t = open311Text(localeOf(request));
    const notice = t('feedbackOpen311.notice.received', {
      number: receipt.trackingNumber,
      code: receipt.accessCode,
      dueOn: receipt.completeDueOn,
    });
    return send(reply, 201, [
      {
        service_request_id: receipt.trackingNumber,
        service_notice: notice,
        account_id: null,
        token: null,
      },
    ]);
  });

  // Anything else under /open311 (XML, other versions, unknown paths): a GeoReport 404.
  scope.all('/open311/*', async (request, reply) =>
    fail(request, reply, 404, 'feedbackOpen311.error.notFound'),
  );
  scope.all('/open311', async (request, reply) =>
    fail(request, reply, 404, 'feedbackOpen311.error.notFound'),
  );
}

export function open311Routes(app: FastifyInstance, deps: ModuleDeps): void {
  void app.register(async (scope) => scopeRoutes(scope, deps));
}
