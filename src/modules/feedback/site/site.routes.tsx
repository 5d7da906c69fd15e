/**
 * The public pages of 政民互动 (issue 9 §1, §3, §5): the landing, the appeal form (no scripts;
 * multipart for up to 5 images) and its receipt, tracking with the access code (POST only), the
 * rating and reopening forms, and the public replies. Personal data is never shown.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { AppError, isAppError, type FieldError } from '../../../platform/errors/index.ts';
import { contextOf, formValues } from '../../../platform/http/index.ts';
import { emptyForm, type FormState } from '../../../platform/views/index.ts';
import { badRatings } from '../feedback.model.ts';
import type { AppealInput } from '../feedback.schemas.ts';
import { rateAppeal, reopenAppeal } from '../ratings/ratings.service.ts';
import { parseAppeal, submitAppeal } from '../submission.service.ts';
import { attachImages, imagesProblem, normalised, readAppealForm } from './site-form.ts';
import {
  activeOrgs,
  findPublicReply,
  listPublicReplies,
  readAppealStatus,
  repliesPageSize,
} from './site.queries.ts';
import { AppealFormPage } from './views/appeal-form.page.tsx';
import { LandingPage } from './views/landing.page.tsx';
import { ReceiptPage } from './views/receipt.page.tsx';
import { RepliesPage, ReplyPage } from './views/replies.page.tsx';
import { StatusPage, TrackFormPage, type StatusForms } from './views/track.page.tsx';

const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(10000).catch(1) });
const numberParams = z.object({ number: z.string().max(40) });
const limited = { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } };

function fieldErrorsOf(error: unknown): FieldError[] | undefined {
  return isAppError(error) && error.kind === 'validation'
    ? (error.details.fields ?? [{ field: 'form', message: error.message }])
    : undefined;
}

const nocache = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

export function siteRoutes(app: FastifyInstance, { db, clock, config }: ModuleDeps): void {
  const formPage = async (reply: FastifyReply, state: FormState, status = 200) =>
    reply.page(<AppealFormPage state={state} orgs={await activeOrgs(db)} />, status);

  app.get('/interaction', async (_request, reply) => {
    const { items } = await listPublicReplies(db, 1, 5);
    return reply.page(<LandingPage latest={items} />);
  });

  app.get('/interaction/appeals/new', (_request, reply) => formPage(reply, emptyForm));

  app.post('/interaction/appeals/new', limited, async (request, reply) => {
    const form = await readAppealForm(request);
    const { values } = form;
    const problem = imagesProblem(form);
    if (problem) {
      // The images' problem is named together with every other problem of the form.
      let fields: FieldError[] = [];
      try {
        parseAppeal(values as AppealInput, 'web');
      } catch (error) {
        fields = fieldErrorsOf(error) ?? [];
      }
      return formPage(reply, { values, errors: [...fields, problem] }, 422);
    }
    try {
      const ctx = contextOf(request);
      // The appeal and its images are received together or not at all.
      const receipt = await db.transaction().execute(async (trx) => {
        const received = await submitAppeal(trx, clock, ctx, values as AppealInput, {
          channel: 'web',
          clientAddress: request.ip,
        });
        await attachImages(trx, config.dataDir, received.appeal.id, form.images, clock.now());
        return received;
      });
      return nocache(reply).page(<ReceiptPage receipt={receipt} />);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (errors) return formPage(reply, { values, errors }, 422);
      if (isAppError(error) && error.kind === 'too_many') {
        const errors = [{ field: 'form', message: 'feedbackSite.error.tooMany' }];
        return formPage(reply, { values, errors }, 429);
      }
      throw error;
    }
  });

  app.get('/interaction/track', (_request, reply) =>
    reply.page(<TrackFormPage state={emptyForm} />),
  );

  /** The status page, or the tracking form with one message for a wrong number or code. */
  const statusOr = async (
    request: FastifyRequest,
    reply: FastifyReply,
    forms: StatusForms = {},
    status = 200,
  ) => {
    const values = formValues(request.body);
    const number = normalised(values['number']);
    const accessCode = normalised(values['accessCode']);
    const kept = { number: values['number']?.trim().slice(0, 40) ?? '' };
    const missing: FieldError[] = [
      ...(number ? [] : [{ field: 'number', message: 'feedbackSite.error.number' }]),
      ...(accessCode ? [] : [{ field: 'accessCode', message: 'feedbackSite.error.accessCode' }]),
    ];
    if (missing.length > 0) {
      return reply.page(<TrackFormPage state={{ values: kept, errors: missing }} />, 422);
    }
    try {
      const appeal = await readAppealStatus(db, clock, number, accessCode);
      return nocache(reply).page(
        <StatusPage status={appeal} accessCode={accessCode} forms={forms} />,
        status,
      );
    } catch (error) {
      if (isAppError(error) && error.kind === 'not_found') {
        // One message for a wrong number and a wrong code: neither is confirmed to a guesser.
        const errors = [{ field: 'number', message: 'feedbackSite.error.notFound' }];
        return reply.page(<TrackFormPage state={{ values: kept, errors }} />, 404);
      }
      throw error;
    }
  };

  app.post('/interaction/track', limited, (request, reply) => statusOr(request, reply));

  /** Runs a submitter's action; its problems are shown on the status page, in the action's form. */
  const act = async (
    request: FastifyRequest,
    reply: FastifyReply,
    which: 'rate' | 'reopen',
    action: (number: string, code: string) => Promise<string>,
  ) => {
    const values = formValues(request.body);
    const number = normalised(values['number']);
    const code = normalised(values['accessCode']);
    if (!number || !code) return statusOr(request, reply);
    try {
      const notice = await action(number, code);
      return statusOr(request, reply, { notice });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      const field = which === 'rate' ? 'level' : 'reason';
      const stateKey =
        which === 'rate'
          ? isAppError(error) && error.kind === 'conflict'
            ? 'feedbackSite.error.alreadyRated'
            : 'feedbackSite.error.cannotRate'
          : 'feedbackSite.error.reopenClosed';
      let errors = fields;
      let status = 422;
      if (!errors && isAppError(error) && ['conflict', 'invalid_state'].includes(error.kind)) {
        errors = [{ field, message: stateKey }];
        status = 409;
      }
      if (!errors) {
        if (isAppError(error) && error.kind === 'not_found') return statusOr(request, reply);
        throw error;
      }
      return statusOr(request, reply, { [which]: { values, errors } }, status);
    }
  };

  app.post('/interaction/track/rating', limited, (request, reply) =>
    act(request, reply, 'rate', async (number, code) => {
      const body = formValues(request.body);
      const level = body['level'] === '' ? undefined : body['level'];
      const rated = await rateAppeal(db, clock, contextOf(request), number, code, {
        level: level as never,
        comment: body['comment'] ?? '',
      });
      return badRatings.includes(rated.level)
        ? 'feedbackSite.rate.badNote'
        : 'feedbackSite.rate.thanks';
    }),
  );

  app.post('/interaction/track/reopen', limited, (request, reply) =>
    act(request, reply, 'reopen', async (number, code) => {
      const body = formValues(request.body);
      await reopenAppeal(db, clock, contextOf(request), number, code, {
        reason: body['reason'] ?? '',
      });
      return 'feedbackSite.reopen.done';
    }),
  );

  app.get('/interaction/replies', async (request, reply) => {
    const { page } = pageQuery.parse(request.query);
    const { items, total } = await listPublicReplies(db, page);
    const pages = Math.max(1, Math.ceil(total / repliesPageSize));
    return reply.page(<RepliesPage items={items} page={page} pages={pages} />);
  });

  app.get('/interaction/replies/:number', async (request, reply) => {
    const { number } = numberParams.parse(request.params);
    const item = await findPublicReply(db, number);
    if (!item) {
      throw new AppError(
        'not_found',
        'feedback_reply_not_found',
        '没有这条公开答复 / no such reply',
      );
    }
    return reply.page(<ReplyPage item={item} />);
  });
}
