/** Open-day records: staff list and form, photo upload, the public page and its photos. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { AppError, isAppError, type FieldError } from '../../../platform/errors/index.ts';
import { readStoredFile } from '../../../platform/files/index.ts';
import { contextOf, formValues } from '../../../platform/http/index.ts';
import type { FormState } from '../../../platform/views/index.ts';
import { ensureCanReadHealth } from '../health/health.access.ts';
import { findOpenDay, findPhoto, listOpenDays, type OpenDay } from './open-days.queries.ts';
import {
  addOpenDayPhoto,
  canEditOpenDay,
  createOpenDay,
  recordableOrgs,
  removeOpenDayPhoto,
  updateOpenDay,
} from './open-days.service.ts';
import { OpenDayFormPage } from './views/open-day-form.page.tsx';
import { OpenDaysPublicPage, OpenDaysStaffPage } from './views/open-days.pages.tsx';

const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const photoParams = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  photoId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

function notFound(): AppError {
  return new AppError('not_found', 'open_day_not_found', '没有此活动记录 / no such open day');
}

function selectedOf(body: unknown): number[] {
  const raw = (body as Record<string, unknown> | undefined)?.['orgIds'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

function valuesOf(day: OpenDay): Record<string, string> {
  return {
    heldOn: day.heldOn,
    place: day.place,
    theme: day.theme,
    consultationsAnswered: String(day.consultationsAnswered),
    materialsHandedOut: String(day.materialsHandedOut),
    summary: day.summary,
  };
}

/** The photo form's fields and file (one file of at most 5 MB: the multipart limits). */
async function readPhotoUpload(request: FastifyRequest) {
  const missing = () =>
    new AppError('validation', 'file_missing', '请选择照片 / choose a photo', {
      fields: [{ field: 'file', message: 'openDays.error.file' }],
    });
  if (!request.isMultipart()) throw missing();
  let caption = '';
  let file: { bytes: Buffer; name: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file' && bytes.length > 0) file = { bytes, name: part.filename };
      } else if (part.fieldname === 'caption') {
        caption = String(part.value ?? '');
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('validation', 'file_too_large', '照片超过 5 MB / larger than 5 MB', {
        fields: [{ field: 'file', message: 'openDays.error.file' }],
      });
    }
    throw error;
  }
  if (!file) throw missing();
  return { ...file, caption };
}

export function openDaysRoutes(app: FastifyInstance, { db, clock, config }: ModuleDeps): void {
  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      form: FormState;
      selected: number[];
      day?: OpenDay;
      saved?: boolean;
      photoForm?: FormState;
    },
    status = 200,
  ) => {
    const orgs = await recordableOrgs(db, request.actor);
    return reply.page(<OpenDayFormPage {...options} orgs={orgs} />, status);
  };
  const editable = async (request: FastifyRequest, id: number) => {
    ensureCanReadHealth(request.actor);
    const day = await findOpenDay(db, id);
    if (!day) throw notFound();
    if (!canEditOpenDay(request.actor, day)) {
      throw new AppError('forbidden', 'not_allowed', '无权修改此活动记录 / not allowed');
    }
    return day;
  };
  const validationOf = (error: unknown): FieldError[] | undefined =>
    isAppError(error) && error.kind === 'validation'
      ? (error.details.fields ?? [{ field: 'form', message: error.message }])
      : undefined;

  app.get('/staff/publishing/open-days', async (request, reply) => {
    ensureCanReadHealth(request.actor);
    const days = await listOpenDays(db);
    const canCreate = (await recordableOrgs(db, request.actor)).length > 0;
    const editable = new Set(days.filter((d) => canEditOpenDay(request.actor, d)).map((d) => d.id));
    return reply.page(<OpenDaysStaffPage days={days} canCreate={canCreate} editable={editable} />);
  });

  app.get('/staff/publishing/open-days/new', async (request, reply) => {
    ensureCanReadHealth(request.actor);
    if ((await recordableOrgs(db, request.actor)).length === 0) {
      throw new AppError('forbidden', 'not_allowed', '无权新增活动记录 / not allowed');
    }
    return formPage(request, reply, { form: { values: {}, errors: [] }, selected: [] });
  });

  app.post('/staff/publishing/open-days', async (request, reply) => {
    ensureCanReadHealth(request.actor);
    try {
      const day = await createOpenDay(db, clock, contextOf(request), request.body);
      return reply.redirect(`/staff/publishing/open-days/${day.id}?saved=1`, 303);
    } catch (error) {
      const errors = validationOf(error);
      if (!errors) throw error;
      const form = { values: formValues(request.body), errors };
      return formPage(request, reply, { form, selected: selectedOf(request.body) }, 422);
    }
  });

  app.get('/staff/publishing/open-days/:id', async (request, reply) => {
    const day = await editable(request, idParams.parse(request.params).id);
    const saved = (request.query as Record<string, string>)['saved'] === '1';
    const form = { values: valuesOf(day), errors: [] };
    return formPage(request, reply, { form, selected: day.orgs.map((o) => o.id), day, saved });
  });

  app.post('/staff/publishing/open-days/:id', async (request, reply) => {
    const day = await editable(request, idParams.parse(request.params).id);
    try {
      await updateOpenDay(db, clock, contextOf(request), day.id, request.body);
      return reply.redirect(`/staff/publishing/open-days/${day.id}?saved=1`, 303);
    } catch (error) {
      const errors = validationOf(error);
      if (!errors) throw error;
      const form = { values: formValues(request.body), errors };
      return formPage(request, reply, { form, selected: selectedOf(request.body), day }, 422);
    }
  });

  app.post('/staff/publishing/open-days/:id/photos', async (request, reply) => {
    const day = await editable(request, idParams.parse(request.params).id);
    let caption = '';
    try {
      const upload = await readPhotoUpload(request);
      caption = upload.caption;
      await addOpenDayPhoto(db, clock, contextOf(request), config.dataDir, day.id, upload);
      return reply.redirect(`/staff/publishing/open-days/${day.id}?saved=1`, 303);
    } catch (error) {
      const errors = validationOf(error);
      if (!errors) throw error;
      const form = { values: valuesOf(day), errors: [] };
      const photoForm = { values: { caption }, errors };
      const selected = day.orgs.map((o) => o.id);
      return formPage(request, reply, { form, selected, day, photoForm }, 422);
    }
  });

  app.post('/staff/publishing/open-days/:id/photos/:photoId/delete', async (request, reply) => {
    const { id, photoId } = photoParams.parse(request.params);
    await editable(request, id);
    await removeOpenDayPhoto(db, clock, contextOf(request), id, photoId);
    return reply.redirect(`/staff/publishing/open-days/${id}?saved=1`, 303);
  });

  app.get('/openness/open-days', async (_request, reply) => {
    return reply.page(<OpenDaysPublicPage days={await listOpenDays(db)} />);
  });

  // Only photos attached to a record are served here: no other stored file is reachable.
  app.get('/openness/open-days/photos/:photoId', async (request, reply) => {
    const { photoId } = z
      .object({ photoId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) })
      .parse(request.params);
    const photo = await findPhoto(db, photoId);
    if (!photo) throw new AppError('not_found', 'photo_not_found', '没有此照片 / no such photo');
    const { row, bytes } = await readStoredFile(db, config.dataDir, photo.fileId);
    return reply
      .type(row.mediaType)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'public, max-age=86400')
      .send(bytes);
  });
}
