/**
 * The public side of cases: online application (/services/apply/:itemCode) and tracking
 * (/services/track, POST so the access code is in no URL). Rate-limited; no scripts needed.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError, isAppError, type FieldError } from '../../platform/errors/index.ts';
import { contextOf, formValues } from '../../platform/http/index.ts';
import { readTrackStatus } from './case-read.service.ts';
import { findCaseItem } from './cases.queries.ts';
import { applyOnline } from './cases.service.ts';
import { applicantOf, formFieldOf, providedOf } from './views/case-applicant.tsx';
import { ApplyPage, ApplyReceiptPage, type ApplyItem } from './views/apply.page.tsx';
import { TrackFormPage, TrackStatusPage } from './views/track.page.tsx';

const itemParams = z.object({ itemCode: z.string().trim().min(1).max(64) });

/** Full-width characters typed on a Chinese keyboard as ASCII, no spaces, upper case. */
function normalised(value: string | undefined): string {
  return (value ?? '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212\u30fc]/g, '-')
    .replace(/\s+/g, '')
    .toUpperCase();
}

async function onlineItem(deps: ModuleDeps, code: string): Promise<ApplyItem> {
  const item = await findCaseItem(deps.db, { code });
  if (!item || item.status !== 'active' || !item.online) {
    throw new AppError(
      'not_found',
      'approvals_item_not_found',
      `没有可网上申请的事项 ${code} / no such item`,
    );
  }
  return {
    code: item.code,
    name: item.name,
    promisedDays: item.promisedDays,
    materials: item.materials,
  };
}

export function trackRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  app.get('/services/apply/:itemCode', async (request, reply) => {
    const item = await onlineItem(deps, itemParams.parse(request.params).itemCode);
    return reply.page(<ApplyPage item={item} state={{ values: {}, errors: [] }} />);
  });

  app.post(
    '/services/apply/:itemCode',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const item = await onlineItem(deps, itemParams.parse(request.params).itemCode);
      const values = formValues(request.body);
      try {
        const receipt = await applyOnline(db, clock, contextOf(request), {
          itemCode: item.code,
          applicant: applicantOf(values),
          provided: providedOf(values),
        });
        return reply
          .header('cache-control', 'no-store')
          .page(<ApplyReceiptPage {...receipt} />, 201);
      } catch (error) {
        if (isAppError(error) && error.kind === 'validation') {
          const fields = error.details.fields ?? [{ field: 'name', message: error.message }];
          const errors = fields.map((f) => ({ ...f, field: formFieldOf(f.field) }));
          return reply.page(<ApplyPage item={item} state={{ values, errors }} />, 422);
        }
        throw error;
      }
    },
  );

  app.get('/services/track', (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const given = typeof query.trackingNumber === 'string' ? query.trackingNumber.slice(0, 40) : '';
    return reply.page(<TrackFormPage state={{ values: { trackingNumber: given }, errors: [] }} />);
  });

  app.post(
    '/services/track',
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const values = formValues(request.body);
      const trackingNumber = normalised(values.trackingNumber).slice(0, 40);
      const accessCode = normalised(values.accessCode).slice(0, 40);
      const kept = { trackingNumber: values.trackingNumber?.trim() ?? '' };
      const missing: FieldError[] = [
        ...(trackingNumber
          ? []
          : [{ field: 'trackingNumber', message: 'approvals.track.error.trackingNumber' }]),
        ...(accessCode
          ? []
          : [{ field: 'accessCode', message: 'approvals.track.error.accessCode' }]),
      ];
      if (missing.length > 0) {
        return reply.page(<TrackFormPage state={{ values: kept, errors: missing }} />, 422);
      }
      try {
        const status = await readTrackStatus(db, clock, trackingNumber, accessCode);
        return reply.header('cache-control', 'no-store').page(<TrackStatusPage status={status} />);
      } catch (error) {
        if (isAppError(error) && error.code === 'approvals_case_not_found') {
          const errors = [{ field: 'trackingNumber', message: 'approvals.track.notFound' }];
          return reply.page(<TrackFormPage state={{ values: kept, errors }} />, 404);
        }
        throw error;
      }
    },
  );
}
