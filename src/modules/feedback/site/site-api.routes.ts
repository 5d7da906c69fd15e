/**
 * The JSON API of appeals (issue 9 §1, §3): submit, follow and rate with the access code, which
 * travels in the POST body only. Errors are the shared `{"error":{code,message,fields}}`.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { contextOf } from '../../../platform/http/index.ts';
import type { AppealInput } from '../feedback.schemas.ts';
import { rateAppeal } from '../ratings/ratings.service.ts';
import { submitAppeal } from '../submission.service.ts';
import { readAppealStatus } from './site.queries.ts';
import { normalised } from './site-form.ts';

const numberParams = z.object({ number: z.string().max(40) });
const codeOf = (body: unknown) => {
  const value = (body as Record<string, unknown> | null)?.['accessCode'];
  return normalised(typeof value === 'string' ? value : '');
};
const limited = { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } };

export function siteApiRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  app.post('/api/v1/appeals', limited, async (request, reply) => {
    const receipt = await submitAppeal(
      db,
      clock,
      contextOf(request),
      (request.body ?? {}) as AppealInput,
      { channel: 'api', clientAddress: request.ip },
    );
    const { trackingNumber, accessCode, receivedOn, replyDueOn, completeDueOn } = receipt;
    return reply
      .code(201)
      .send({ trackingNumber, accessCode, receivedOn, replyDueOn, completeDueOn });
  });

  app.post('/api/v1/appeals/:number/status', limited, async (request, reply) => {
    const { number } = numberParams.parse(request.params);
    const status = await readAppealStatus(db, clock, normalised(number), codeOf(request.body));
    reply.header('cache-control', 'no-store');
    return {
      trackingNumber: status.trackingNumber,
      kind: status.kind,
      subject: status.subject,
      state: status.state,
      org: status.orgName,
      receivedOn: status.receivedOn,
      replyDueOn: status.replyDueOn,
      completeDueOn: status.completeDueOn,
      firstReplyOn: status.firstReplyOn,
      closedOn: status.closedOn,
      events: status.events.map((e) => ({
        kind: e.kind,
        on: e.onDate,
        org: e.orgName,
        toOrg: e.toOrgName,
        reason: e.reason,
      })),
      replies: status.replies.map((r) => ({
        on: r.onDate,
        org: r.orgName,
        text: r.privateText,
        publicText: r.publicText,
      })),
      mergedInto: status.mergedInto && {
        trackingNumber: status.mergedInto.trackingNumber,
        state: status.mergedInto.state,
        events: status.mergedInto.events.map((e) => ({ kind: e.kind, on: e.onDate })),
        publicReplies: status.mergedInto.publicReplies.map((r) => ({ on: r.onDate, text: r.text })),
      },
      canRate: status.canRate,
      reopenUntil: status.reopenUntil,
    };
  });

  app.post('/api/v1/appeals/:number/rating', limited, async (request, reply) => {
    const { number } = numberParams.parse(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const rated = await rateAppeal(
      db,
      clock,
      contextOf(request),
      normalised(number),
      codeOf(body),
      {
        level: body['level'] as never,
        comment: typeof body['comment'] === 'string' ? body['comment'] : undefined,
      },
    );
    return reply.code(201).send({
      ratingId: rated.ratingId,
      level: rated.level,
      rectificationOpened: rated.rectificationId !== null,
    });
  });
}
