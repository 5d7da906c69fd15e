/**
 * /staff/supervision/video: the service halls' cameras per center, played in the page where the
 * browser can, linked otherwise; supervisors (and the admin) add and remove cameras. Sunshine
 * links to video; it records nothing.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError, isAppError, type FieldError } from '../../platform/errors/index.ts';
import { contextOf, formValues } from '../../platform/http/index.ts';
import { emptyForm, type FormState } from '../../platform/views/index.ts';
import { can } from '../accounts/index.ts';
import { isPlayable } from './cameras.model.ts';
import { cameraRule } from './cameras.policy.ts';
import { camerasDb, listCameras, listCenters, type CameraRow } from './cameras.queries.ts';
import { addCamera, removeCamera } from './cameras.service.ts';
import { CamerasPage, type CenterCameras } from './views/cameras.page.tsx';

const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

function forbidden(): never {
  throw new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
}

/**
 * The page's CSP with `media-src` opened to the origins of the streams it plays, and nothing
 * else: the app's policy (platform/http/security.ts) has `default-src 'none'`, which blocks video.
 */
export function allowMediaFrom(reply: FastifyReply, cameras: readonly CameraRow[]): void {
  const origins = [
    ...new Set(cameras.filter((c) => isPlayable(c.format)).map((c) => new URL(c.streamUrl).origin)),
  ];
  const policy =
    reply.getHeader('content-security-policy') ?? reply.raw.getHeader('content-security-policy');
  if (typeof policy !== 'string' || origins.length === 0) return;
  const others = policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !d.startsWith('media-src'));
  reply.header('content-security-policy', [...others, `media-src ${origins.join(' ')}`].join(';'));
}

export function camerasRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;
  const handle = camerasDb(db);

  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    state: FormState,
    status = 200,
  ) => {
    const centers = (await listCenters(handle)).filter((c) =>
      can(request.actor, 'read', c.path, cameraRule),
    );
    if (centers.length === 0) forbidden();
    const cameras = await listCameras(
      handle,
      centers.map((c) => c.id),
    );
    const views: CenterCameras[] = centers.map((c) => ({
      code: c.code,
      name: c.name,
      canChange: can(request.actor, 'change', c.path, cameraRule),
      cameras: cameras
        .filter((camera) => camera.centerOrgId === c.id)
        .map(({ id, name, streamUrl, format }) => ({ id, name, streamUrl, format })),
    }));
    allowMediaFrom(reply, cameras);
    return reply.page(
      <CamerasPage
        centers={views}
        addable={views.filter((c) => c.canChange).map(({ code, name }) => ({ code, name }))}
        state={state}
      />,
      status,
    );
  };

  const ensureCanChangeSome = async (request: FastifyRequest) => {
    const centers = await listCenters(handle);
    if (!centers.some((c) => can(request.actor, 'change', c.path, cameraRule))) forbidden();
  };

  app.get('/staff/supervision/video', (request, reply) => page(request, reply, emptyForm));

  app.post('/staff/supervision/video', async (request, reply) => {
    await ensureCanChangeSome(request);
    const values = formValues(request.body);
    try {
      await addCamera(db, clock, contextOf(request), {
        center: values.center ?? '',
        name: values.name ?? '',
        streamUrl: values.streamUrl ?? '',
      });
      return reply.redirect('/staff/supervision/video', 303);
    } catch (error) {
      if (!isAppError(error) || error.kind !== 'validation') throw error;
      const errors: FieldError[] = error.details.fields ?? [
        { field: 'form', message: error.message },
      ];
      return page(request, reply, { values, errors }, 422);
    }
  });

  app.post('/staff/supervision/video/:id/remove', async (request, reply) => {
    await removeCamera(db, clock, contextOf(request), idParams.parse(request.params).id);
    return reply.redirect('/staff/supervision/video', 303);
  });
}
