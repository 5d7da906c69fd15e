/** The staff page of possible duplicate appeals and its merge form (issue 9 §6). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { isAppError } from '../../../platform/errors/index.ts';
import { contextOf, formValues, localeOf, submitForm } from '../../../platform/http/index.ts';
import type { FormState } from '../../../platform/views/index.ts';
import { notAllowed, readablePaths } from '../feedback.policy.ts';
import { listDuplicatePairs, similarityThreshold } from './duplicates.queries.ts';
import { mergeAppeal } from './merge.service.ts';
import { DuplicatesPage } from './views/duplicates.page.tsx';

const path = '/staff/feedback/duplicates';
const number = (key: string) =>
  z.string({ message: key }).trim().min(1, { message: key }).max(40, { message: key });

const mergeForm = z.object({
  number: number('feedbackDuplicates.error.number'),
  into: number('feedbackDuplicates.error.into'),
  reason: z
    .string()
    .trim()
    .max(500, { message: 'feedbackDuplicates.error.reason' })
    .optional()
    .default(''),
});

const mergedQuery = z.object({ merged: z.string().max(40), into: z.string().max(40) });

/** A service's `中文 / English` message in the reader's language. */
function localMessage(message: string, request: FastifyRequest): string {
  const [zh, en] = message.split(' / ');
  return localeOf(request) === 'en' && en ? en : (zh ?? message);
}

function ensureReader(request: FastifyRequest): void {
  if (request.actor.kind !== 'system' && readablePaths(request.actor).length === 0) notAllowed();
}

export function duplicatesRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  app.get(path, async (request, reply) => {
    ensureReader(request);
    const query = mergedQuery.safeParse(request.query);
    const merged = query.success ? { number: query.data.merged, into: query.data.into } : null;
    const pairs = await listDuplicatePairs(db, request.actor);
    const form = { values: {}, errors: [] };
    return reply.page(
      <DuplicatesPage pairs={pairs} threshold={similarityThreshold} form={form} merged={merged} />,
    );
  });

  app.post(`${path}/merge`, async (request, reply) => {
    ensureReader(request);
    const pairs = await listDuplicatePairs(db, request.actor);
    const page = (form: FormState) => (
      <DuplicatesPage pairs={pairs} threshold={similarityThreshold} form={form} />
    );
    try {
      return await submitForm(reply, {
        schema: mergeForm,
        body: request.body,
        render: page,
        action: async (form) => {
          await mergeAppeal(db, clock, contextOf(request), form.number, form);
          const query = new URLSearchParams({
            merged: form.number.toUpperCase(),
            into: form.into.toUpperCase(),
          });
          return `${path}?${query.toString()}`;
        },
      });
    } catch (error) {
      // A merge the appeals' states do not allow (closed, merged, a chain): 409 with the reason.
      if (isAppError(error) && (error.kind === 'invalid_state' || error.kind === 'conflict')) {
        const errors = [{ field: 'into', message: localMessage(error.message, request) }];
        return reply.page(page({ values: formValues(request.body), errors }), 409);
      }
      throw error;
    }
  });
}
