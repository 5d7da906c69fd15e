/**
 * The staff console of 民意诉求 under /staff/feedback: the landing with the viewer's queues, the
 * list of appeals, each appeal with one form per step, staff entry, and the routing rules.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { localDateOf } from '../../../platform/clock/index.ts';
import { AppError, isAppError, type FieldError } from '../../../platform/errors/index.ts';
import { readStoredFile } from '../../../platform/files/index.ts';
import { contextOf, formValues, parseForm } from '../../../platform/http/index.ts';
import { scopePaths } from '../../accounts/index.ts';
import { appealRule, ensureCanRead } from '../feedback.policy.ts';
import { findAppeal } from '../feedback.queries.ts';
import { appealNotFound } from '../appeal-step.ts';
import { getAppealDetail, stepFieldName, stepNames, type StepName } from './appeal-detail.ts';
import { appealsPageSize, listAppeals, listQueues } from './console.queries.ts';
import { routingRulesRoutes } from './routing-rules.routes.tsx';
import { staffEntryRoutes } from './staff-entry.routes.tsx';
import { activeOrgs } from './step-support.ts';
import { takeStep } from './take-step.ts';
import { AppealPage } from './views/appeal.page.tsx';
import type { StepForms } from './views/appeal-steps.tsx';
import { AppealsPage } from './views/appeals.page.tsx';
import { ConsolePage } from './views/console.page.tsx';
import { appealHref } from './views/parts.tsx';

const numberParams = z.object({ number: z.string().trim().min(1).max(40) });
const fileParams = numberParams.extend({
  fileId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31),
});
const date = z.union([z.literal(''), z.iso.date({ message: 'feedbackHandling.filter.date' })]);
const listQuery = z.object({
  state: z.string().max(20).optional().default(''),
  kind: z.string().max(20).optional().default(''),
  org: z.string().max(64).optional().default(''),
  from: date.optional().default(''),
  to: date.optional().default(''),
  page: z.coerce.number().int().min(1).max(100000).optional().default(1),
});

/** Only signed-in staff (the accounts hook sends others to the login page). */
function ensureStaff(request: FastifyRequest): void {
  if (request.actor.kind !== 'user' && request.actor.kind !== 'system') {
    throw new AppError('forbidden', 'not_allowed', '请先登录 / sign in first');
  }
}

export function handlingRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock, config } = deps;
  const today = () => localDateOf(clock.now());

  app.get('/staff/feedback', async (request, reply) => {
    ensureStaff(request);
    const queues = await listQueues(db, request.actor, today());
    return reply.page(<ConsolePage mine={queues.mine} dispatch={queues.dispatch} />);
  });

  app.get('/staff/feedback/appeals', async (request, reply) => {
    ensureStaff(request);
    const orgs = await activeOrgs(db);
    const parsed = parseForm(listQuery, request.query);
    if (!parsed.ok) {
      return reply.page(
        <AppealsPage state={parsed.state} rows={[]} total={0} page={1} pages={1} orgs={orgs} />,
        422,
      );
    }
    const { page, ...filter } = parsed.data;
    const { rows, total } = await listAppeals(db, request.actor, filter as never, page, today());
    const values = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== ''));
    const pages = Math.max(1, Math.ceil(total / appealsPageSize));
    return reply.page(
      <AppealsPage
        state={{ values, errors: [] }}
        rows={rows}
        total={total}
        page={page}
        pages={pages}
        orgs={orgs}
      />,
    );
  });

  const appealPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    failed?: { step: StepName; values: Record<string, string>; errors: FieldError[] },
  ) => {
    const { number } = numberParams.parse(request.params);
    const detail = await getAppealDetail(db, clock, request.actor, number);
    const forms: StepForms = failed
      ? { [failed.step]: { values: failed.values, errors: failed.errors } }
      : {};
    return reply.page(
      <AppealPage detail={detail} orgs={await activeOrgs(db)} forms={forms} />,
      failed ? 422 : 200,
    );
  };

  app.get('/staff/feedback/appeals/:number', (request, reply) => {
    ensureStaff(request);
    return appealPage(request, reply);
  });

  app.get('/staff/feedback/appeals/:number/files/:fileId', async (request, reply) => {
    ensureStaff(request);
    const { number, fileId } = fileParams.parse(request.params);
    const appeal = (await findAppeal(db, number)) ?? appealNotFound(number);
    await ensureCanRead(db, request.actor, appeal);
    const { rows } = await sql`select 1 from feedback_attachments
      where appeal_id = ${appeal.id} and file_id = ${fileId}`.execute(db);
    if (rows.length === 0)
      throw new AppError('not_found', 'file_not_found', '没有此附件 / no such file');
    const { row, bytes } = await readStoredFile(db, config.dataDir, fileId);
    return reply
      .type(row.mediaType)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(bytes);
  });

  for (const step of stepNames) {
    app.post(`/staff/feedback/appeals/:number/${step}`, async (request, reply) => {
      ensureStaff(request);
      const { number } = numberParams.parse(request.params);
      const values = formValues(request.body);
      try {
        await takeStep(db, clock, contextOf(request), number, step, values);
        return reply.redirect(appealHref(number), 303);
      } catch (error) {
        if (!isAppError(error)) throw error;
        if (error.kind === 'validation') {
          const fields = error.details.fields ?? [{ field: step, message: error.message }];
          const errors = fields.map((f) => ({ ...f, field: stepFieldName(step, f.field) }));
          return appealPage(request, reply, { step, values, errors });
        }
        // A step the state does not allow: the reason beside the step, not an error page.
        if (error.kind === 'invalid_state') {
          return appealPage(request, reply, {
            step,
            values,
            errors: [{ field: step, message: error.message }],
          });
        }
        throw error;
      }
    });
  }

  routingRulesRoutes(app, deps);
  staffEntryRoutes(app, deps, (actor) => scopePaths(actor, 'change', appealRule).length > 0);
}
