/**
 * The staff pages of 差评整改 and 回访 (国办发〔2019〕51号) under /staff/feedback: the list, one
 * rectification with its forms (finding and action, 申诉复核 and its decision, call-backs), and a
 * call-back on any closed appeal. Every change goes through rectifications.service.ts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { localDateOf } from '../../../platform/clock/index.ts';
import { AppError, isAppError, type FieldError } from '../../../platform/errors/index.ts';
import { contextOf, formValues } from '../../../platform/http/index.ts';
import { canHandlePath, canReadPath, notAllowed } from '../feedback.policy.ts';
import { findRectification, listRectifications } from './rectifications.queries.ts';
import {
  canDecideReview,
  decideReview,
  recordCallback,
  rectify,
  requestReview,
} from './rectifications.service.ts';
import { RectificationPage, type RectificationForms } from './views/rectification.page.tsx';
import { RectificationsPage } from './views/rectifications.page.tsx';

const idParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31),
});

function ensureStaff(request: FastifyRequest): void {
  if (request.actor.kind !== 'user' && request.actor.kind !== 'system') {
    throw new AppError('forbidden', 'not_allowed', '请先登录 / sign in first');
  }
}

function fieldErrorsOf(error: unknown): FieldError[] | undefined {
  if (!isAppError(error)) return undefined;
  if (error.kind === 'validation') {
    return error.details.fields ?? [{ field: 'form', message: error.message }];
  }
  return undefined;
}

export function rectificationsRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const today = () => localDateOf(clock.now());

  const listPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { callback?: { values: Record<string, string>; errors: FieldError[] }; saved?: boolean },
    status = 200,
  ) => {
    const rows = await listRectifications(db, request.actor, today());
    return reply.page(<RectificationsPage rows={rows} {...extra} />, status);
  };

  const detailPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    extra: { forms?: RectificationForms; saved?: boolean } = {},
    status = 200,
  ) => {
    const rect = await findRectification(db, id, today());
    if (!rect)
      throw new AppError('not_found', 'feedback_rectification_not_found', '没有此整改记录');
    const canHandle = canHandlePath(request.actor, rect.orgPath);
    const canDecide = canDecideReview(contextOf(request));
    if (!canHandle && !canDecide && !canReadPath(request.actor, rect.orgPath)) notAllowed();
    return reply.page(
      <RectificationPage rect={rect} canHandle={canHandle} canDecide={canDecide} {...extra} />,
      status,
    );
  };

  app.get('/staff/feedback/rectifications', async (request, reply) => {
    ensureStaff(request);
    const saved = (request.query as Record<string, string>)['saved'] === '1';
    return listPage(request, reply, { saved });
  });

  app.post('/staff/feedback/callbacks', async (request, reply) => {
    ensureStaff(request);
    try {
      await recordCallback(db, clock, contextOf(request), request.body);
      return reply.redirect('/staff/feedback/rectifications?saved=1', 303);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return listPage(
        request,
        reply,
        { callback: { values: formValues(request.body), errors } },
        422,
      );
    }
  });

  app.get('/staff/feedback/rectifications/:id', async (request, reply) => {
    ensureStaff(request);
    const { id } = idParams.parse(request.params);
    const saved = (request.query as Record<string, string>)['saved'] === '1';
    return detailPage(request, reply, id, { saved });
  });

  const steps = {
    rectify: (id: number, request: FastifyRequest) =>
      rectify(db, clock, contextOf(request), id, request.body),
    review: (id: number, request: FastifyRequest) =>
      requestReview(db, clock, contextOf(request), id, request.body),
    decide: (id: number, request: FastifyRequest) =>
      decideReview(db, clock, contextOf(request), id, request.body),
    callbacks: async (id: number, request: FastifyRequest) => {
      await recordCallback(db, clock, contextOf(request), request.body, id);
    },
  } as const;

  for (const [name, run] of Object.entries(steps)) {
    app.post(`/staff/feedback/rectifications/:id/${name}`, async (request, reply) => {
      ensureStaff(request);
      const { id } = idParams.parse(request.params);
      try {
        await run(id, request);
        return reply.redirect(`/staff/feedback/rectifications/${id}?saved=1`, 303);
      } catch (error) {
        const errors = fieldErrorsOf(error);
        if (!errors) throw error;
        const key = name === 'callbacks' ? 'callback' : name;
        const forms = { [key]: { values: formValues(request.body), errors } };
        return detailPage(request, reply, id, { forms }, 422);
      }
    });
  }
}
