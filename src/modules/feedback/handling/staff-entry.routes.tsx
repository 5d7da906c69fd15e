/** /staff/feedback/new: staff enter an appeal that came by phone, letter, 12345 transfer or visit. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { AppError, isAppError } from '../../../platform/errors/index.ts';
import { contextOf, formValues, type Actor } from '../../../platform/http/index.ts';
import { staffChannels, type AppealChannel } from '../feedback.model.ts';
import type { AppealInput } from '../feedback.schemas.ts';
import { submitAppeal } from '../submission.service.ts';
import { activeOrgs } from './step-support.ts';
import { NewAppealPage, NewAppealReceiptPage } from './views/new-appeal.page.tsx';

export function staffEntryRoutes(
  app: FastifyInstance,
  { db, clock }: ModuleDeps,
  canEnter: (actor: Actor) => boolean,
): void {
  const ensureCanEnter = (request: FastifyRequest) => {
    if (!canEnter(request.actor)) {
      throw new AppError('forbidden', 'not_allowed', '无权登记诉求 / you may not enter appeals');
    }
  };

  app.get('/staff/feedback/new', async (request, reply) => {
    ensureCanEnter(request);
    const state = { values: { channel: 'phone' }, errors: [] };
    return reply.page(<NewAppealPage state={state} orgs={await activeOrgs(db)} />);
  });

  app.post('/staff/feedback/new', async (request, reply) => {
    ensureCanEnter(request);
    const values = formValues(request.body);
    const refuse = async (errors: { field: string; message: string }[]) =>
      reply.page(<NewAppealPage state={{ values, errors }} orgs={await activeOrgs(db)} />, 422);
    const channel = staffChannels.find((c) => c === values['channel']);
    if (!channel) return refuse([{ field: 'channel', message: 'feedbackHandling.error.channel' }]);
    try {
      const receipt = await submitAppeal(
        db,
        clock,
        contextOf(request),
        values as unknown as AppealInput,
        {
          channel: channel as AppealChannel,
        },
      );
      // The access code is shown in this answer only: it is stored hashed.
      return reply
        .header('cache-control', 'no-store')
        .page(<NewAppealReceiptPage receipt={receipt} />, 201);
    } catch (error) {
      if (isAppError(error) && error.kind === 'validation') {
        return refuse(error.details.fields ?? [{ field: 'form', message: error.message }]);
      }
      throw error;
    }
  });
}
