import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { isAppError, statusOfKind, type FieldError } from '../errors/index.ts';
import type { I18n } from '../i18n/index.ts';
import { MessagePage } from '../views/index.ts';
import { isApiRequest, localeOf } from './request-locale.ts';

interface Problem {
  status: number;
  code: string;
  /** Catalog keys of the page shown to people. */
  titleKey: string;
  bodyKey: string;
  /** For the API: the message itself (AppError's own, or the page body). */
  message?: string;
  fields?: FieldError[];
}

const pageOfStatus: Record<number, [string, string]> = {
  400: ['error.bad.title', 'error.bad.body'],
  403: ['error.forbidden.title', 'error.forbidden.body'],
  404: ['error.notFound.title', 'error.notFound.body'],
  429: ['error.tooMany.title', 'error.tooMany.body'],
  503: ['error.unavailable.title', 'error.unavailable.body'],
};

function problemOf(error: FastifyError | Error): Problem {
  if (isAppError(error)) {
    const status = statusOfKind[error.kind];
    const [titleKey, bodyKey] = pageOfStatus[status] ?? ['error.bad.title', 'error.bad.body'];
    return {
      status,
      code: error.code,
      titleKey,
      bodyKey,
      message: error.message,
      fields: error.details.fields,
    };
  }
  if (error instanceof ZodError) {
    // A malformed path parameter or query: the client's mistake, never a server error.
    const fields = error.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
    }));
    return {
      status: 400,
      code: 'bad_request',
      titleKey: 'error.bad.title',
      bodyKey: 'error.bad.body',
      fields,
    };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.code?.startsWith('FST_CSRF')) {
    return {
      status: 403,
      code: 'csrf_invalid',
      titleKey: 'error.csrf.title',
      bodyKey: 'error.csrf.body',
    };
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    const [titleKey, bodyKey] = pageOfStatus[status] ?? ['error.bad.title', 'error.bad.body'];
    const code = status === 429 ? 'rate_limited' : status === 404 ? 'not_found' : 'bad_request';
    return { status, code, titleKey, bodyKey };
  }
  return {
    status: 500,
    code: 'internal',
    titleKey: 'error.server.title',
    bodyKey: 'error.server.body',
  };
}

async function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: Problem,
  i18n: I18n,
) {
  const t = i18n.translator(localeOf(request));
  const vars = { requestId: request.id };
  if (isApiRequest(request)) {
    const message = problem.message ?? t(problem.bodyKey, vars);
    // Field errors as { "<path>": "<message>" }, the message in the request's language.
    const fields = problem.fields
      ? Object.fromEntries(problem.fields.map((f) => [f.field, t(f.message, f.vars)]))
      : undefined;
    const body = { error: { code: problem.code, message, ...(fields ? { fields } : {}) } };
    return reply.code(problem.status).type('application/json; charset=utf-8').send(body);
  }
  try {
    return await reply.page(
      <MessagePage titleKey={problem.titleKey} bodyKeys={[problem.bodyKey]} vars={vars} />,
      problem.status,
    );
  } catch (renderError) {
    // The page itself could not be built (e.g. the database is down): plain text, still no internals.
    request.log.error({ err: renderError }, 'error page failed to render');
    return reply
      .code(problem.status)
      .type('text/plain; charset=utf-8')
      .send(`${t(problem.titleKey)}\n${t(problem.bodyKey, vars)}`);
  }
}

/** One error handler: AppError kinds and framework errors → status, page or JSON; no internals shown. */
export function registerErrorHandling(app: FastifyInstance, i18n: I18n): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const problem = problemOf(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code, status: problem.status }, 'request refused');
    return sendProblem(request, reply, problem, i18n);
  });
  app.setNotFoundHandler(async (request, reply) =>
    sendProblem(
      request,
      reply,
      {
        status: 404,
        code: 'not_found',
        titleKey: 'error.notFound.title',
        bodyKey: 'error.notFound.body',
      },
      i18n,
    ),
  );
}
